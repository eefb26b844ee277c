"""The channel a write comes through, recorded on its change-log row (`audit.ObjectChange.channel`).

One name per channel, defined here and nowhere else: the services compare against them
(an import may register a workflow record past its first state) and the history page labels them.
"""
UI_CHANNEL = "ui"
API_CHANNEL = "api"
ADMIN_CHANNEL = "admin"
IMPORT_CHANNEL = "import"
INGEST_CHANNEL = "ingest"
DEMO_CHANNEL = "demo"
JOB_CHANNEL = "job"

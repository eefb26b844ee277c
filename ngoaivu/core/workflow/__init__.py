"""The one workflow mechanism of province records (ADR 0013): a declaration per record type
(steps.py), one executor through the ordinary write path (services.py), one history shape
(models.StepRecord), one step page and one API shape (views.py, api.py).

Nothing in here names a domain app: each app declares its steps in its own workflow.py.
"""

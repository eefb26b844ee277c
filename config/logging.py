"""Log lines as JSON objects, each carrying the id of the request (or job) that wrote it.

The id is the one the change log stores (ngoaivu.audit.context), so a log line and the
changes of the same action can be put side by side.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

from ngoaivu.audit.context import current_request_id

# Attributes every LogRecord has; anything else was passed with `extra=` and is logged too.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "request_id", "request"}


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            # django.request logs after the middleware returned: its record carries the request.
            request_id = current_request_id() or getattr(getattr(record, "request", None), "id", None)
            record.request_id = str(request_id) if request_id else None
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None),
        }
        line.update({key: value for key, value in vars(record).items() if key not in _STANDARD})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)

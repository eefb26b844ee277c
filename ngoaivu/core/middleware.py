import logging
import time
import uuid

from django.conf import settings

from ngoaivu.audit.context import reset_request_id, set_request_id

request_log = logging.getLogger("ngoaivu.requests")


class RequestContextMiddleware:
    """Give each request an id so the change log and the log lines can group what one action did."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = uuid.uuid4()
        token = set_request_id(request.id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            request_log.info("%s %s %s", request.method, request.path, response.status_code, extra={
                "method": request.method, "path": request.path, "status": response.status_code,
                "duration_ms": round((time.monotonic() - started) * 1000, 1),
                "user_id": getattr(getattr(request, "user", None), "pk", None),
            })
            return response
        finally:
            reset_request_id(token)


class ContentSecurityPolicyMiddleware:
    """Send settings.NGOAIVU_CSP with every response that does not set its own policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "NGOAIVU_CSP", "")
        if policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = policy
        return response

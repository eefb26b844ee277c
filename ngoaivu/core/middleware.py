import uuid

from ngoaivu.core.context import reset_request_id, set_request_id


class RequestContextMiddleware:
    """Give each request an id so the change log can group what one action changed."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = uuid.uuid4()
        token = set_request_id(request.id)
        try:
            return self.get_response(request)
        finally:
            reset_request_id(token)

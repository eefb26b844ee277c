"""The pages' forms are throttled as the API is, by the same classes, rates and counters
(ngoaivu.api.throttles, settings.NGOAIVU_API_THROTTLE_RATES): a signed-in user's POSTs
count against "write" per user — one budget for the pages and the API — and a POST
without a login (signing in, asking for a password reset) against "form" per address.
Past the rate the form is not processed: a 429 page in Vietnamese with Retry-After.
The API's own requests are left to DRF, which counts them itself."""
from math import ceil

from django.shortcuts import render

from ngoaivu.api.errors import API_PREFIX
from ngoaivu.api.throttles import AnonymousFormThrottle, WriteThrottle

_READS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class FormThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in _READS or request.path.startswith(API_PREFIX):
            return self.get_response(request)
        user = getattr(request, "user", None)
        throttle = WriteThrottle() if user is not None and user.is_authenticated else AnonymousFormThrottle()
        if throttle.allow_request(request, None):
            return self.get_response(request)
        seconds = max(1, ceil(throttle.wait() or 1))
        response = render(request, "429.html", {"seconds": seconds}, status=429)
        response["Retry-After"] = str(seconds)
        return response

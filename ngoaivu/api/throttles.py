"""Request rates of the API, from settings.NGOAIVU_API_THROTTLE_RATES (read on each request,
so a deployment or a test changes them without a restart of DRF's settings)."""
from django.conf import settings
from rest_framework.permissions import SAFE_METHODS
from rest_framework.throttling import SimpleRateThrottle


class SettingsRateThrottle(SimpleRateThrottle):
    def get_rate(self):
        return settings.NGOAIVU_API_THROTTLE_RATES.get(self.scope)


class TokenRequestThrottle(SettingsRateThrottle):
    """Asking for a key: per client address, whoever the user name claims to be."""

    scope = "token"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class WriteThrottle(SettingsRateThrottle):
    """Writes (POST, PUT, PATCH, DELETE): per user; reads are not counted."""

    scope = "write"

    def allow_request(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        ident = request.user.pk if request.user and request.user.is_authenticated else self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}


class AnonymousFormThrottle(SettingsRateThrottle):
    """A page's form sent without a login (signing in, asking for a password reset): per address."""

    scope = "form"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

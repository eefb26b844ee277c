"""The interface language: Vietnamese unless the user chose English.

Django's LocaleMiddleware would follow the browser's Accept-Language, so an en-US
browser got English on the first visit. Here the choice is, in order: the signed-in
user's saved preference, the language cookie set by the switch (before signing in),
then settings.LANGUAGE_CODE ("vi"). The browser's header is never read.

An API key's owner is known only when DRF authenticates, after this middleware has
chosen: the key's authentication switches to the owner's preference (`use_language`).
"""
from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


def _available() -> set[str]:
    return {code for code, _ in settings.LANGUAGES}


def saved_language(user) -> str:
    """The user's saved preference, or "" when they chose none (or are anonymous)."""
    preference = getattr(user, "language", "") if user is not None and user.is_authenticated else ""
    return preference if preference in _available() else ""


def chosen_language(request) -> str:
    preference = saved_language(getattr(request, "user", None))
    if preference:
        return preference
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return cookie if cookie in _available() else settings.LANGUAGE_CODE


def use_language(request, language: str) -> None:
    translation.activate(language)
    request.LANGUAGE_CODE = language


class LanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        use_language(request, chosen_language(request))
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        translation.deactivate()
        return response

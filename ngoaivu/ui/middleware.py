"""The interface language: Vietnamese unless the user chose English.

Django's LocaleMiddleware would follow the browser's Accept-Language, so an en-US
browser got English on the first visit. Here the choice is, in order: the signed-in
user's saved preference, the language cookie set by the switch (before signing in),
then settings.LANGUAGE_CODE ("vi"). The browser's header is never read.
"""
from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


def chosen_language(request) -> str:
    available = {code for code, _ in settings.LANGUAGES}
    user = getattr(request, "user", None)
    preference = getattr(user, "language", "") if user is not None and user.is_authenticated else ""
    if preference in available:
        return preference
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return cookie if cookie in available else settings.LANGUAGE_CODE


class LanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = chosen_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        translation.deactivate()
        return response

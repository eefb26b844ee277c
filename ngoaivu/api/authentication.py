"""`Authorization: Token <key>`: the owner's expiring, revocable key (ngoaivu.accounts.tokens)."""
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication

from ngoaivu.ui.middleware import saved_language, use_language


class ExpiringTokenAuthentication(TokenAuthentication):
    def authenticate(self, request):
        answer = super().authenticate(request)
        # The language middleware ran before the key was read: the owner's saved choice
        # now applies to the labels and messages of this answer, as it does on the pages.
        if answer is not None and (language := saved_language(answer[0])):
            use_language(request._request, language)
        return answer

    def authenticate_credentials(self, key):
        from ngoaivu.accounts.tokens import token_check, token_touch

        token, refusal = token_check(key)
        if token is None:
            raise exceptions.AuthenticationFailed(refusal)
        token_touch(token)
        return token.user, token

"""`Authorization: Token <key>`: the owner's expiring, revocable key (ngoaivu.accounts.tokens)."""
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication


class ExpiringTokenAuthentication(TokenAuthentication):
    def authenticate_credentials(self, key):
        from ngoaivu.accounts.tokens import token_check, token_touch

        token, refusal = token_check(key)
        if token is None:
            raise exceptions.AuthenticationFailed(refusal)
        token_touch(token)
        return token.user, token

"""The session and its user in one statement (issue 13).

Django reads a signed-in request's session row, then its user by the id the session holds:
two statements, each built and compiled by the ORM, on every request. Here the session's row
names its user (`accounts.Session.user`, written from the session's data whenever it is saved),
the session is read with its user joined, and the authentication middleware takes that user
instead of reading it again — only where Django's `ModelBackend` would have read it, and after
the same checks Django makes: the same id, an active user, the session's hash of the password
(a password changed elsewhere ends the session). Anything else (another backend, a hash made
with an older secret key, no user) is Django's own `get_user`, unchanged. The statement itself
is compiled once per process (core.statements.kept_rows); the row is read every request.

Logging out deletes the row; a password change or a deactivation shows in the user read with
the session on the next request: access ends at once, as before.
"""
from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, load_backend
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.middleware import AuthenticationMiddleware as DjangoAuthenticationMiddleware
from django.contrib.sessions.backends.db import SessionStore as DatabaseStore
from django.core.exceptions import SuspiciousOperation, ValidationError
from django.db import connections, router
from django.db.models.query import MAX_GET_RESULTS
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

from ngoaivu.core.statements import kept_rows


class SessionStore(DatabaseStore):
    """Django's database sessions, whose row names its user and is read with it. (Its name is
    Django's store's: the name salts the session's signature, so sessions carry over.)"""

    joined_user = None   # the user read with the session's row (None: no row, or it names none)

    @classmethod
    def get_model_class(cls):
        from ngoaivu.accounts.models import Session

        return Session

    def _get_session_from_db(self):
        # Django's SessionStore._get_session_from_db, with the user joined and its statement
        # kept (core.statements): the same SQL every request, but for the key and the time.
        try:
            rows = _session_rows(self.model, self.session_key, timezone.now())
            if not rows:
                raise self.model.DoesNotExist
            return rows[0]   # the key is the table's primary key: one row at most
        except (self.model.DoesNotExist, SuspiciousOperation) as error:
            if isinstance(error, SuspiciousOperation):
                logging.getLogger(f"django.security.{error.__class__.__name__}").warning(str(error))
            self._session_key = None
            return None

    def load(self):
        row = self._get_session_from_db()
        self.joined_user = row.user if row is not None else None
        return self.decode(row.session_data) if row is not None else {}

    def create_model_instance(self, data):
        row = super().create_model_instance(data)
        row.user_id = user_id_of(data)
        return row

    async def acreate_model_instance(self, data):
        row = await super().acreate_model_instance(data)
        row.user_id = user_id_of(data)
        return row


# Stand-ins for the session's key and the time while its statement is compiled (never sent).
_STAND_INS = ("\x00kept-session-key", datetime.datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=datetime.UTC))


def _session_rows(model, session_key, now) -> list:
    """`model.objects.select_related("user").get(session_key=…, expire_date__gt=now)`'s
    statement (Django's get() drops the order and reads at most 21 rows), compiled once per
    database and model; the rows as a list."""
    alias = router.db_for_read(model)
    connection = connections[alias]
    key_field, expiry_field = model._meta.get_field("session_key"), model._meta.get_field("expire_date")

    def build(slots):
        return model.objects.using(alias).select_related("user").filter(
            session_key=slots[0], expire_date__gt=slots[1]).order_by()[:MAX_GET_RESULTS]

    def prepare(values):
        return [key_field.get_db_prep_value(values[0], connection),
                expiry_field.get_db_prep_value(values[1], connection)]

    return kept_rows(("session with its user", alias, model), build, [session_key, now],
                     stand_ins=list(_STAND_INS), prepare=prepare)


def user_id_of(data) -> int | None:
    try:
        return int(data[SESSION_KEY])
    except (KeyError, TypeError, ValueError):
        return None


def session_user(request):
    """`django.contrib.auth.get_user(request)`, with the user the session's row brought along
    when it is the one Django's ModelBackend would read and it passes Django's checks."""
    session = request.session
    try:
        user_id = auth.get_user_model()._meta.pk.to_python(session[SESSION_KEY])
        backend_path = session[BACKEND_SESSION_KEY]
    except (KeyError, ValidationError):
        return auth.get_user(request)
    user = getattr(session, "joined_user", None)
    if user is not None and user.pk == user_id and backend_path in settings.AUTHENTICATION_BACKENDS:
        backend = load_backend(backend_path)
        session_hash = session.get(HASH_SESSION_KEY)
        if isinstance(backend, ModelBackend) and type(backend).get_user is ModelBackend.get_user \
                and backend.user_can_authenticate(user) and session_hash \
                and constant_time_compare(session_hash, user.get_session_auth_hash()):
            return user
    return auth.get_user(request)


def _cached_user(request):
    if not hasattr(request, "_cached_user"):
        request._cached_user = session_user(request)
    return request._cached_user


class AuthenticationMiddleware(DjangoAuthenticationMiddleware):
    """Django's, with `request.user` from `session_user`."""

    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: _cached_user(request))

"""Fixtures shared by every app's tests: provinces, users per role, API clients."""

from ngoaivu.testing.fixtures import *  # noqa: F401,F403

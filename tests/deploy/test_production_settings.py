"""The production settings, booted as a server would boot them: in a fresh process."""
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NGOAIVU = [sys.executable, "-m", "ngoaivu.cli"]


def run(*args, **env) -> subprocess.CompletedProcess:
    # The browser journeys' conftest relaxes Django's async guard for the whole test process;
    # a production process never has it, so the child does not inherit it.
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("NGOAIVU_") and key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment.update({"DJANGO_SETTINGS_MODULE": "config.django.production",
                        "NGOAIVU_ALLOWED_HOSTS": "ngoaivu.example.vn", **env})
    return subprocess.run([*NGOAIVU, *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)


def test_check_deploy_gives_no_warning_with_a_real_secret():
    result = run("check", "--deploy", "--fail-level", "WARNING", NGOAIVU_SECRET_KEY=secrets.token_urlsafe(64))
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize("secret", ["", "dev-only-insecure-key-change-me", "too-short-a-secret"])
def test_production_refuses_to_start_without_a_real_secret(secret):
    result = run("check", NGOAIVU_SECRET_KEY=secret)
    assert result.returncode != 0
    assert "NGOAIVU_SECRET_KEY must be set to a random secret" in result.stderr


def test_production_refuses_debug_and_missing_hosts():
    secret = secrets.token_urlsafe(64)
    debug = run("check", NGOAIVU_SECRET_KEY=secret, NGOAIVU_DEBUG="1")
    assert debug.returncode != 0 and "NGOAIVU_DEBUG must be off" in debug.stderr
    no_hosts = run("check", NGOAIVU_SECRET_KEY=secret, NGOAIVU_ALLOWED_HOSTS="")
    assert no_hosts.returncode != 0 and "NGOAIVU_ALLOWED_HOSTS must name" in no_hosts.stderr


def test_https_settings_come_from_the_environment():
    probe = ("from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, "
             "s.CSRF_TRUSTED_ORIGINS, s.SECURE_PROXY_SSL_HEADER, s.CELERY_BROKER_URL)")
    result = run("shell", "-c", probe, NGOAIVU_SECRET_KEY=secrets.token_urlsafe(64), NGOAIVU_HSTS_SECONDS="600",
                 NGOAIVU_CSRF_TRUSTED_ORIGINS="https://ngoaivu.hatinh.gov.vn", NGOAIVU_BEHIND_PROXY="0",
                 NGOAIVU_BROKER_URL="redis://10.0.0.5:6379/1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "600 True ['https://ngoaivu.hatinh.gov.vn'] None redis://10.0.0.5:6379/1"

"""docs/operations.md followed on this machine by deploy/smoke.sh (PostgreSQL, Redis, gunicorn, worker)."""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not os.environ.get("DATABASE_URL", "").startswith("postgres"),
                       reason="the production install is checked on the PostgreSQL pass (.ci/run)"),
    pytest.mark.skipif(not shutil.which("createdb"), reason="the PostgreSQL pass has PostgreSQL's client programs"),
]


def test_the_operations_guide_runs_here():
    assert shutil.which("redis-server") and shutil.which("redis-cli"), "Redis is missing: run `make browser`"
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("NGOAIVU_", "DJANGO_", "DATABASE_URL"))}
    result = subprocess.run([str(ROOT / "deploy" / "smoke.sh")], cwd=ROOT, env=environment, capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert result.stdout.rstrip().endswith("SMOKE OK")
    assert '"queue": {"ok": true, "detail": "redis"}' in result.stdout

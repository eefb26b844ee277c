#!/usr/bin/env bash
# Follows docs/operations.md on this machine: PostgreSQL + Redis + gunicorn + the worker on
# 127.0.0.1, with the production settings; checks /healthz, the login page (HTTPS headers,
# CSP), a fingerprinted static file, the HTTPS redirect and a job done by the worker
# through Redis; then stops everything and drops what it created.
#   deploy/smoke.sh            (run from anywhere; needs PostgreSQL and Redis on 127.0.0.1)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=${VENV:-$ROOT/.venv}
PGHOST=${PGHOST:-127.0.0.1}; PGUSER=${PGUSER:-postgres}
PORT=${SMOKE_PORT:-$((20000 + RANDOM % 20000))}
DB=ngoaivu_smoke_$$
WORK=$(mktemp -d /tmp/ngoaivu-smoke.XXXXXX)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  dropdb -h "$PGHOST" -U "$PGUSER" --if-exists "$DB" 2>/dev/null || true
  redis-cli -h 127.0.0.1 -p "${REDIS_PORT:-6379}" -n 15 flushdb >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Redis as docs/operations.md installs it (port 6379, or SMOKE_REDIS_PORT); when none answers, a private one
# for this run (no persistence), stopped with the rest.
REDIS_PORT=${SMOKE_REDIS_PORT:-6379}
if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  command -v redis-server >/dev/null || { echo "SMOKE FAIL: no Redis on 127.0.0.1:6379 and no redis-server" >&2; exit 1; }
  REDIS_PORT=$((PORT + 1))
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no >"$WORK/redis.log" 2>&1 & PIDS+=($!)
  for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "== a private Redis on port $REDIS_PORT"
fi
fail() { echo "SMOKE FAIL: $*" >&2; echo "--- web log" >&2; tail -20 "$WORK/web.log" >&2 || true
         echo "--- worker log" >&2; tail -20 "$WORK/worker.log" >&2 || true; exit 1; }
step() { echo "== $*"; }

# The environment file of docs/operations.md, with this run's values.
export DJANGO_SETTINGS_MODULE=config.django.production
export NGOAIVU_SECRET_KEY=$("$VENV/bin/python" -c 'import secrets; print(secrets.token_urlsafe(64))')
export NGOAIVU_ALLOWED_HOSTS=127.0.0.1,localhost
export DATABASE_URL="postgres://$PGUSER@$PGHOST:5432/$DB"
export NGOAIVU_BROKER_URL=redis://127.0.0.1:$REDIS_PORT/15 NGOAIVU_CACHE_URL=redis://127.0.0.1:$REDIS_PORT/15
export NGOAIVU_MEDIA_DIR=$WORK/media NGOAIVU_STATIC_ROOT=$WORK/static NGOAIVU_QUEUE_DIR=$WORK/queue
export GUNICORN_BIND=127.0.0.1:$PORT GUNICORN_WORKERS=2
URL=http://127.0.0.1:$PORT
HTTPS=(-H "X-Forwarded-Proto: https")  # what nginx adds in front of gunicorn

step "database $DB"
createdb -h "$PGHOST" -U "$PGUSER" "$DB"
step "migrate, collectstatic, first national administrator"
"$VENV/bin/ngoaivu" migrate --no-input -v 0
"$VENV/bin/ngoaivu" collectstatic --no-input -v 0
ADMIN_PASSWORD=$("$VENV/bin/python" -c 'import secrets; print(secrets.token_urlsafe(16))')
DJANGO_SUPERUSER_PASSWORD=$ADMIN_PASSWORD \
  "$VENV/bin/ngoaivu" createsuperuser --no-input --username quantri.bo --email quantri@example.gov.vn

step "gunicorn on $URL and the worker"
"$VENV/bin/gunicorn" --config config/gunicorn.conf.py >"$WORK/web.log" 2>&1 & PIDS+=($!)
"$VENV/bin/ngoaivu" worker --concurrency 1 >"$WORK/worker.log" 2>&1 & PIDS+=($!)

step "/healthz"
for _ in $(seq 60); do curl -fsS "$URL/healthz" -o "$WORK/health.json" 2>/dev/null && break; sleep 1; done
grep -q '"status": "ok"' "$WORK/health.json" || fail "healthz: $(cat "$WORK/health.json" 2>/dev/null)"
grep -q '"detail": "redis"' "$WORK/health.json" || fail "healthz does not use Redis: $(cat "$WORK/health.json")"
cat "$WORK/health.json"; echo

step "login page through the proxy header"
curl -fsS "${HTTPS[@]}" -D "$WORK/login.headers" "$URL/tai-khoan/dang-nhap/" -o "$WORK/login.html" || fail "login page"
grep -q "Đăng nhập" "$WORK/login.html" || fail "login page has no 'Đăng nhập'"
grep -qi "^strict-transport-security: max-age=31536000" "$WORK/login.headers" || fail "no HSTS header"
grep -qi "^content-security-policy: default-src 'self'" "$WORK/login.headers" || fail "no CSP header"
grep -qi "^set-cookie: csrftoken=.*secure" "$WORK/login.headers" || fail "CSRF cookie not Secure"

step "static files: fingerprinted, served by WhiteNoise"
css=$(grep -o '/static/vendor/bootstrap\.min\.[0-9a-f]*\.css' "$WORK/login.html" | head -1)
[ -n "$css" ] || fail "no fingerprinted stylesheet in the page"
curl -fsS "${HTTPS[@]}" -D "$WORK/css.headers" -o /dev/null "$URL$css" || fail "static $css"
grep -qi "^cache-control: max-age=315360000" "$WORK/css.headers" || fail "static file without far-future cache"

step "plain HTTP is redirected to HTTPS"
code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$URL/tai-khoan/dang-nhap/")
[[ $code == "301 https://127.0.0.1:$PORT/tai-khoan/dang-nhap/" ]] || fail "redirect: $code"

step "a job done by the worker through Redis"
"$VENV/bin/ngoaivu" shell -c "
import time
from ngoaivu.jobs.services import start_job
job = start_job('report_pdf', params={'report': 0})
for _ in range(60):
    job.refresh_from_db()
    if job.is_finished:
        break
    time.sleep(0.5)
assert job.status == 'failed' and job.attempts == 1 and 'Không tìm thấy báo cáo' in job.error, (job.status, job.error)
print('job', job.pk, job.status, '-', job.error)
" || fail "job not done by the worker"

step "API keys: made, used, throttled per address across the gunicorn workers (Redis cache)"
token_request() { curl -s "${HTTPS[@]}" -o "$WORK/token.json" -w '%{http_code}' "$URL/api/auth/token/" \
                    -d username=quantri.bo --data-urlencode "password=$1"; }
[[ $(token_request wrong) == 400 ]] || fail "wrong password: $(cat "$WORK/token.json")"
[[ $(token_request "$ADMIN_PASSWORD") == 201 ]] || fail "token: $(cat "$WORK/token.json")"
key=$("$VENV/bin/python" -c "import json,sys; print(json.load(open(sys.argv[1]))['token'])" "$WORK/token.json")
code=$(curl -s "${HTTPS[@]}" -o /dev/null -w '%{http_code}' -H "Authorization: Token $key" "$URL/api/partners/")
[[ $code == 200 ]] || fail "API with the key: $code"
codes=$(for _ in $(seq 10); do token_request "$ADMIN_PASSWORD"; echo; done | sort | uniq -c | tr -s ' ' | tr '\n' ' ')
[[ $codes == *"429"* && $codes == *"201"* ]] || fail "no throttle past 10 key requests a minute: $codes"
grep -q "Quá nhiều yêu cầu" "$WORK/token.json" || fail "429 without the Vietnamese message: $(cat "$WORK/token.json")"
echo "10 more key requests (2 made before): $codes"

echo "SMOKE OK"

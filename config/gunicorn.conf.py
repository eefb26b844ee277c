"""gunicorn's settings for ngoaivu (deploy/ngoaivu-web.service starts it with this file).

Every value can be changed through the environment (GUNICORN_* names below) without
editing the file.
"""
import gc
import multiprocessing
import os

wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two workers per core is gunicorn's usual advice; threads let a worker wait on the
# database while another request runs.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
# Long work runs in the job worker: a request that takes a minute is a fault, not a PDF.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow forever.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = 200
# Import the application once in the master and fork the workers from it: a worker then
# starts in milliseconds instead of re-importing Django and the apps (seconds, more on a
# busy machine, which once passed the timeout), and the workers share that memory. A code
# update needs a restart (systemctl restart), not HUP.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") != "0"
limit_request_line = 8190
# The application writes one JSON line per request (ngoaivu.requests); gunicorn only its errors.
accesslog = os.environ.get("GUNICORN_ACCESSLOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = "ngoaivu"


# The loaded application (Django, the apps, the catalogues: some 270.000 objects) never
# becomes garbage, yet every full collection walked it: 6–10 ms of CPU per API request on
# average (docs/benchmarks.md). Frozen objects are skipped by the collector; frozen in the
# master before the fork, their pages also stay shared between the workers.
def pre_fork(server, worker):
    gc.freeze()


#
# A request leaves its objects in reference cycles (DRF's view, request and response point at each
# other, and the page's rows hang from them: some 740 container objects an API page), so they wait
# for a collection. With the first generation's default of 700 allocations the collector ran about
# once a request and walked the young objects still alive each time; at 10.000 it runs every dozen
# requests: −0,36 M machine instructions an API page, its one-client p50 −5 % interleaved, workers'
# memory up 1–2 MB and flat (docs/benchmarks.md, session 26). The older generations keep theirs.
GC_FIRST_GENERATION = int(os.environ.get("GUNICORN_GC_FIRST_GENERATION", 10_000))


def post_worker_init(worker):
    gc.freeze()  # without preload_app the worker loaded the application itself
    _, second, third = gc.get_threshold()
    gc.set_threshold(GC_FIRST_GENERATION, second, third)


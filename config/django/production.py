"""Production settings: base plus what a server needs, all from the environment.

Refuses to start without a real secret key or with debug pages on. HTTPS is assumed to
end at a reverse proxy (nginx, deploy/nginx.conf) that sets X-Forwarded-Proto.
Variables: docs/operations.md.
"""
from django.core.exceptions import ImproperlyConfigured

from config.django.base import *  # noqa: F401,F403
from config.django.base import DEVELOPMENT_SECRET_KEY, MIDDLEWARE, SECRET_KEY
from config.env import env_bool, env_int, env_list, env_str

_MIN_SECRET_LENGTH = 50

if not SECRET_KEY or SECRET_KEY == DEVELOPMENT_SECRET_KEY or len(set(SECRET_KEY)) < 5 \
        or len(SECRET_KEY) < _MIN_SECRET_LENGTH:
    raise ImproperlyConfigured(
        "NGOAIVU_SECRET_KEY must be set to a random secret of at least 50 characters, not the development key: "
        "python3 -c 'import secrets; print(secrets.token_urlsafe(64))'")
if env_bool("NGOAIVU_DEBUG", False):
    raise ImproperlyConfigured("NGOAIVU_DEBUG must be off in production (debug pages show settings and code).")
DEBUG = False

ALLOWED_HOSTS = env_list("NGOAIVU_ALLOWED_HOSTS", [])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("NGOAIVU_ALLOWED_HOSTS must name the server's host names (comma-separated).")
CSRF_TRUSTED_ORIGINS = env_list(
    "NGOAIVU_CSRF_TRUSTED_ORIGINS", [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if host != "*"])

# HTTPS: the proxy terminates TLS and says so in X-Forwarded-Proto.
if env_bool("NGOAIVU_BEHIND_PROXY", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # The login lockout counts per client address: nginx's X-Real-IP, which it overwrites.
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_REAL_IP", "REMOTE_ADDR")
    REST_FRAMEWORK = {**REST_FRAMEWORK, "NUM_PROXIES": 1}  # noqa: F405 - the API's throttles: nginx's entry
SECURE_SSL_REDIRECT = env_bool("NGOAIVU_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = env_int("NGOAIVU_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("NGOAIVU_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("NGOAIVU_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = env_bool("NGOAIVU_SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("NGOAIVU_SESSION_SECONDS", 8 * 3600)  # a working day

# Static files: collected (`ngoaivu collectstatic`), fingerprinted and compressed,
# served by WhiteNoise from the application with far-future cache headers.
MIDDLEWARE = [*MIDDLEWARE]
MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
                  "whitenoise.middleware.WhiteNoiseMiddleware")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
STATIC_ROOT = env_str("NGOAIVU_STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405

# The queue: Redis on the same machine unless told otherwise.
CELERY_BROKER_URL = env_str("NGOAIVU_BROKER_URL", "redis://127.0.0.1:6379/0")
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}  # longer than any job's time limit

# Shared by every gunicorn worker: the API's request counts (throttles) hold across them.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                      "LOCATION": env_str("NGOAIVU_CACHE_URL", "redis://127.0.0.1:6379/1")},
          # The figures' kept grouped reads (ADR 0026), shared by the workers.
          "figures": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                      "LOCATION": env_str("NGOAIVU_CACHE_URL", "redis://127.0.0.1:6379/1"),
                      "KEY_PREFIX": "figures", "TIMEOUT": 24 * 3600}}

# Request lines (method, path, status, duration, user) go to the log in production.
LOGGING["loggers"]["ngoaivu.requests"]["level"] = env_str("NGOAIVU_REQUEST_LOG_LEVEL", "INFO")  # noqa: F405

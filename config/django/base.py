"""Base settings: everything lives here; test and production only override (ADR 0001)."""
from datetime import timedelta

import dj_database_url
from django.utils.translation import gettext_lazy as _

from config.env import BASE_DIR, env_bool, env_int, env_list, env_str

# The production settings refuse to start with this key (config/django/production.py).
DEVELOPMENT_SECRET_KEY = "dev-only-insecure-key-change-me"
SECRET_KEY = env_str("NGOAIVU_SECRET_KEY", DEVELOPMENT_SECRET_KEY)
DEBUG = env_bool("NGOAIVU_DEBUG", False)
ALLOWED_HOSTS = env_list("NGOAIVU_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "django_filters",
    "django_tables2",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "ngoaivu.core",
    "ngoaivu.accounts",
    "ngoaivu.geo",
    "ngoaivu.audit",
    "ngoaivu.ui",
    "ngoaivu.jobs",
    "ngoaivu.people",  # the users' pages and API (above ui and api; the users are accounts')
    "axes",  # login lockout per account and per address (below)
]

# Domain apps, in dependency order. Appended here (not in INSTALLED_APPS above) so the
# list reads as the map of the domain.
DOMAIN_APPS = [
    "ngoaivu.legal",
    "ngoaivu.partners",
    "ngoaivu.agreements",
    "ngoaivu.delegations",
    "ngoaivu.conferences",
    "ngoaivu.investment",
    "ngoaivu.aid",
    "ngoaivu.trade",
    "ngoaivu.consular",
    "ngoaivu.culture",
    "ngoaivu.indicators",
    "ngoaivu.plans",
    "ngoaivu.reports",
    "ngoaivu.rounds",
    "ngoaivu.ingest",
    "ngoaivu.exchange",  # import, export, backup of every type above (not a domain: last)
    "ngoaivu.agenda",  # the calendar of every type's deadlines, iCal feed, reminders (not a domain)
]
INSTALLED_APPS += DOMAIN_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, taking the user read with the session's row (ngoaivu.accounts.sessions).
    "ngoaivu.accounts.sessions.AuthenticationMiddleware",
    # Vietnamese unless the user chose English; never the browser's language (ngoaivu.ui.middleware).
    "ngoaivu.ui.middleware.LanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "ngoaivu.core.middleware.RequestContextMiddleware",
    "ngoaivu.core.middleware.ContentSecurityPolicyMiddleware",
    # The pages' forms counted as the API's writes are (ngoaivu.api.throttling); a 429 past the rate.
    "ngoaivu.api.throttling.FormThrottleMiddleware",
    # Last: turns a refused login (too many wrong passwords) into the lockout page or JSON.
    "axes.middleware.AxesMiddleware",
]

# A session's row names its user: the session and the user are one statement (ngoaivu.accounts.sessions).
SESSION_ENGINE = "ngoaivu.accounts.sessions"

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "ngoaivu.ui.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'ngoaivu.sqlite3'}"),
        conn_max_age=env_int("NGOAIVU_DB_CONN_MAX_AGE", 60),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "ui:home"
LOGOUT_REDIRECT_URL = "accounts:login"

# Login throttling (django-axes): after NGOAIVU_LOGIN_FAILURE_LIMIT wrong passwords for one
# user name, or from one address, every login there is refused, the right password too,
# until NGOAIVU_LOGIN_LOCKOUT_MINUTES have passed without a new attempt. A national
# administrator lifts a lockout early with `ngoaivu axes_reset_username <name>`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("NGOAIVU_LOGIN_FAILURE_LIMIT", 20)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("NGOAIVU_LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one locks
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "ngoaivu.people.lockout.lockout_response"
# The client's address is the connection's: a header the client writes cannot unlock it
# (production behind nginx reads X-Real-IP, which nginx sets; config/django/production.py).
AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese first: vi is the default language, English comes through the catalogue in
# locale/en. Formats (1.234,5 and dd/mm/yyyy) come from config/formats/vi.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True
FORMAT_MODULE_PATH = ["config.formats"]

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = BASE_DIR / env_str("NGOAIVU_MEDIA_DIR", "var/media")

# Uploads: checked by type and size in ngoaivu.core.uploads; Django's own cap is the
# outer fence so an oversized body is refused before it is read into memory.
# The figures' grouped reads kept under the record stamps (ADR 0026) have a cache of their own,
# so that the throttles' counts and the figures do not push each other out.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "figures": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ngoaivu-figures",
                "TIMEOUT": 24 * 3600, "OPTIONS": {"MAX_ENTRIES": 4096}},
}
NGOAIVU_FIGURES_CACHE = env_str("NGOAIVU_FIGURES_CACHE", "figures")  # "" reads every time

NGOAIVU_MAX_UPLOAD_BYTES = env_int("NGOAIVU_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = NGOAIVU_MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "ngoaivu.api.authentication.ExpiringTokenAuthentication",
    ],
    # Writes are counted per user; asking for a token per address (ngoaivu.api.throttles).
    "DEFAULT_THROTTLE_CLASSES": ["ngoaivu.api.throttles.WriteThrottle"],
    # The client's address is the connection's (production behind nginx: the last X-Forwarded-For).
    "NUM_PROXIES": 0,
    "DEFAULT_PERMISSION_CLASSES": ["ngoaivu.api.permissions.RolePermission"],
    "DEFAULT_FILTER_BACKENDS": [
        "ngoaivu.api.filters.RecordFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    # DRF's JSON bytes, written by orjson (ngoaivu.api.renderers).
    "DEFAULT_RENDERER_CLASSES": [
        "ngoaivu.api.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_PAGINATION_CLASS": "ngoaivu.api.pagination.StandardPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "ngoaivu.api.errors.exception_handler",
    "COERCE_DECIMAL_TO_STRING": False,
    # JSON nested deeper than a record needs is a 400, not a RecursionError (ngoaivu.api.parsers).
    "DEFAULT_PARSER_CLASSES": [
        "ngoaivu.api.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
}
# Requests per user (writes) or per address (token requests); a 429 in Vietnamese past them.
NGOAIVU_API_THROTTLE_RATES = {
    "token": env_str("NGOAIVU_API_TOKEN_RATE", "10/min"),
    "write": env_str("NGOAIVU_API_WRITE_RATE", "120/min"),
    # A page's form sent without a login (sign-in, password reset), per address.
    "form": env_str("NGOAIVU_FORM_RATE", "30/min"),
}
# API keys (ngoaivu.accounts.tokens): valid this many days unless the request asks fewer;
# a user keeps at most NGOAIVU_API_TOKEN_MAX_ACTIVE active keys (older ones are revoked).
NGOAIVU_API_TOKEN_DAYS = env_int("NGOAIVU_API_TOKEN_DAYS", 90)
NGOAIVU_API_TOKEN_MAX_DAYS = env_int("NGOAIVU_API_TOKEN_MAX_DAYS", 365)
NGOAIVU_API_TOKEN_MAX_ACTIVE = env_int("NGOAIVU_API_TOKEN_MAX_ACTIVE", 10)
# /api/schema/ and /api/docs/ need a login unless this opens them to everyone.
NGOAIVU_API_DOCS_PUBLIC = env_bool("NGOAIVU_API_DOCS_PUBLIC", False)

SPECTACULAR_SETTINGS = {
    "TITLE": "ngoaivu API",
    "DESCRIPTION": "REST API của hệ thống thông tin công tác đối ngoại (ngoaivu).",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Every operation also documents its JSON 4XX errors (ngoaivu.api.schema).
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "ngoaivu.api.schema.add_error_responses",
    ],
    # One name per choice set shared by several fields (else `check --deploy` warns).
    "ENUM_NAME_OVERRIDES": {
        "CurrencyEnum": "ngoaivu.core.choices.Currency",
        "GateStatusEnum": "ngoaivu.trade.choices.GateStatus",
        "AgreementStatusEnum": "ngoaivu.agreements.choices.AgreementStatus",
        "DelegationStatusEnum": "ngoaivu.delegations.choices.DelegationStatus",
        "ConferenceStatusEnum": "ngoaivu.conferences.choices.ConferenceStatus",
        "ConsularCaseStatusEnum": "ngoaivu.consular.choices.CaseStatus",
        "EconomicSectorEnum": "ngoaivu.investment.choices.EconomicSector",
        "IatiSectorEnum": "ngoaivu.aid.iati.sector_choices",
        "UserRoleEnum": "ngoaivu.core.roles.Role",
    },
}

DJANGO_TABLES2_TEMPLATE = "ui/table.html"
# List filters say "Tất cả" where Django would print "---------".
FILTERS_EMPTY_CHOICE_LABEL = _("Tất cả")
FILTERS_NULL_CHOICE_LABEL = _("(Không có)")

# Days after return within which a delegation's result report is due, unless the
# province sets its own (accounts.ProvinceSettings).
NGOAIVU_DEFAULT_DELEGATION_REPORT_DAYS = 15

# Reminder mails (ngoaivu send_reminders, daily): the console prints them unless an
# SMTP server is configured (e.g. NGOAIVU_EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend
# with EMAIL_HOST…). Links in mails and the iCal feed start with NGOAIVU_SITE_URL.
EMAIL_BACKEND = env_str("NGOAIVU_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("NGOAIVU_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("NGOAIVU_EMAIL_PORT", 25)
DEFAULT_FROM_EMAIL = env_str("NGOAIVU_FROM_EMAIL", "ngoaivu <khong-tra-loi@ngoaivu.local>")
NGOAIVU_SITE_URL = env_str("NGOAIVU_SITE_URL", "http://127.0.0.1:8000")
NGOAIVU_REMINDER_DAYS = env_int("NGOAIVU_REMINDER_DAYS", 7)

# Content-Security-Policy of every page: scripts and styles only from our own static
# files (no inline script or style attribute), nothing framed, forms post to ourselves.
NGOAIVU_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)

# Background work (ADR 0006, ngoaivu/jobs). Without NGOAIVU_BROKER_URL the queue is a
# folder (kombu's filesystem transport): `make demo` starts a worker beside runserver.
CELERY_BROKER_URL = env_str("NGOAIVU_BROKER_URL", "filesystem://")
_QUEUE_DIR = BASE_DIR / env_str("NGOAIVU_QUEUE_DIR", "var/queue")
if CELERY_BROKER_URL.startswith("filesystem"):
    for _folder in ("messages", "control"):  # kombu expects its folders to exist
        (_QUEUE_DIR / _folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_QUEUE_DIR / "messages"), "data_folder_out": str(_QUEUE_DIR / "messages"),
        "control_folder": str(_QUEUE_DIR / "control"), "store_processed": False,
    }
CELERY_TASK_IGNORE_RESULT = True  # a job's state lives in its Job row, not in a result backend
CELERY_TASK_ACKS_LATE = True  # a task whose worker died is delivered again
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "Asia/Ho_Chi_Minh"
CELERY_BEAT_SCHEDULE_FILENAME = str(_QUEUE_DIR / "beat-schedule")
# Limits of one job (a kind may lower its time limit): seconds, then the memory a worker
# process may take before it is refused more (MB) and after which it is replaced (MB).
NGOAIVU_JOB_TIME_LIMIT = env_int("NGOAIVU_JOB_TIME_LIMIT", 300)
NGOAIVU_JOB_MEMORY_LIMIT_MB = env_int("NGOAIVU_JOB_MEMORY_LIMIT_MB", 2048)
NGOAIVU_WORKER_MAX_MEMORY_MB = env_int("NGOAIVU_WORKER_MAX_MEMORY_MB", 400)
NGOAIVU_WORKER_CONCURRENCY = env_int("NGOAIVU_WORKER_CONCURRENCY", 2)

# One JSON object per line on stderr, with the request id the change log records.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "config.logging.RequestIdFilter"}},
    "formatters": {"json": {"()": "config.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_id"]}},
    "root": {"handlers": ["console"], "level": env_str("NGOAIVU_LOG_LEVEL", "WARNING")},
    "loggers": {"ngoaivu.requests": {"level": env_str("NGOAIVU_REQUEST_LOG_LEVEL", "WARNING")}},
}

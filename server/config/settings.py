"""Django settings for the Origyne SAV server, read from the environment (12-factor).

Embedded defaults (no variable set) run everything on one machine: SQLite, in-memory
channel layer, file e-mail backend. Production sets SAV_DEBUG=false and must then
provide a secret key, allowed hosts and a database; `manage.py check --deploy` is clean.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.data_dirs import ensure_private_dirs
from config.env import _load_dotenv, envbool, envint, envlist, envsecret, envstr
from config.secret_key import installation_secret_key
from shared_schemas.enums import OrderStatus, TicketStatus

SERVER_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = SERVER_DIR.parent
_load_dotenv(REPO_DIR / ".env")

DEBUG = envbool("SAV_DEBUG", True)
DATA_DIR = Path(envstr("SAV_DATA_DIR", str(REPO_DIR / "var")))
# The embedded mode signs with a key made at its first start and kept in DATA_DIR (config/secret_key.py).
SECRET_KEY = envsecret("SAV_SECRET_KEY", debug_default=lambda: installation_secret_key(DATA_DIR), debug=DEBUG)
ALLOWED_HOSTS = envlist("SAV_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = envlist("SAV_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # the docs pages' scripts and styles, served from here (no CDN)
    "axes",
    "core.apps.CoreConfig",
    "accounts",
    "crm",
    "tickets",
    "notifications",
    "attachments",
    "demo",
    "jobs",
    "audit",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.cache_control.NoStoreApiAnswers",
    "audit.context.ClientAddressMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
ASGI_APPLICATION = "config.asgi.application"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ],
        },
    },
]

# Database: SQLite file by default; DATABASE_URL (e.g. postgres://user@host:5432/sav?sslmode=verify-full)
# selects PostgreSQL at scale.
# Under ASGI every request runs its database work in a thread of its own, so Django's persistent
# connections are never reused there: PostgreSQL connections come from a pool instead
# (SAV_DB_POOL_SIZE connections per process; 0 turns the pool off).
DATABASES = {
    "default": dj_database_url.parse(
        envstr("DATABASE_URL", f"sqlite:///{DATA_DIR / 'sav.sqlite3'}"),
        conn_max_age=0,
    )
}
SAV_DB_POOL_SIZE = envint("SAV_DB_POOL_SIZE", 8, minimum=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and SAV_DB_POOL_SIZE:
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": SAV_DB_POOL_SIZE,
        "timeout": envint("SAV_DB_POOL_TIMEOUT", 10, minimum=1),
    }
# Parameters bound by the server, so that psycopg prepares the queries a connection runs often: the
# ticket list is then planned once per pooled connection instead of at every request (~2 ms).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and envbool("SAV_DB_SERVER_SIDE_BINDING", True):
    DATABASES["default"].setdefault("OPTIONS", {})["server_side_binding"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = envstr("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Push to connected desktops (notifications/consumers.py, notifications/push.py) -----------------
# In-memory layer: one process (the embedded default). channels-redis when REDIS_URL is set, so a
# notification committed by any process reaches a desktop connected to any other.
SAV_CHANNEL_LAYER = envstr("SAV_CHANNEL_LAYER", "redis" if REDIS_URL else "memory")
if SAV_CHANNEL_LAYER not in {"redis", "memory"}:
    raise ImproperlyConfigured("SAV_CHANNEL_LAYER must be 'redis' or 'memory'.")
if SAV_CHANNEL_LAYER == "redis":
    if not REDIS_URL:
        raise ImproperlyConfigured("SAV_CHANNEL_LAYER=redis needs REDIS_URL.")
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                "hosts": [REDIS_URL],
                "prefix": envstr("SAV_CHANNEL_PREFIX", "sav"),
                # Every connection of one server process shares one Redis list: above this many
                # waiting messages, channels-redis drops group messages silently (default 100).
                "capacity": envint("SAV_CHANNEL_CAPACITY", 10_000, minimum=100),
            },
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
# On reconnection a desktop also receives the notifications of the last few seconds below its last
# id: ids are given at insert, so one committed a moment after a higher one must not be skipped.
SAV_PUSH_CATCH_UP_OVERLAP_SECONDS = envint("SAV_PUSH_CATCH_UP_OVERLAP_SECONDS", 60, minimum=0)
SAV_PUSH_CATCH_UP_LIMIT = envint("SAV_PUSH_CATCH_UP_LIMIT", 500, minimum=1)
# A connection closes as soon as a service ends its session (a `session.check` message); it also checks
# its session this often on its own, in case that message was lost.
SAV_PUSH_SESSION_CHECK_SECONDS = envint("SAV_PUSH_SESSION_CHECK_SECONDS", 5, minimum=1)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = envlist(
    "SAV_PASSWORD_HASHERS",
    [
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
        "django.contrib.auth.hashers.ScryptPasswordHasher",
    ],
)

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"

# --- REST API -----------------------------------------------------------------------------
# Reverse proxies in front of the server: the client address is read from X-Forwarded-For
# only that deep, so a client cannot forge its address to dodge throttles and lockouts.
SAV_PROXY_COUNT = envint("SAV_PROXY_COUNT", 0, minimum=0)
REST_FRAMEWORK = {
    "NUM_PROXIES": SAV_PROXY_COUNT,
    "DEFAULT_AUTHENTICATION_CLASSES": ["core.authentication.UserJWTAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["core.parsers.StrictJSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "core.exception_handler.problem_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [],
    "DEFAULT_THROTTLE_RATES": {
        "auth_login": envstr("SAV_THROTTLE_LOGIN", "30/min"),
        "auth_refresh": envstr("SAV_THROTTLE_REFRESH", "60/min"),
        "password_reset": envstr("SAV_THROTTLE_PASSWORD_RESET", "5/hour"),
        "password_change": envstr("SAV_THROTTLE_PASSWORD_CHANGE", "10/hour"),
        "attachment_upload": envstr("SAV_THROTTLE_ATTACHMENT_UPLOAD", "300/hour"),
        "ticket_create": envstr("SAV_THROTTLE_TICKET_CREATE", "30/hour"),
        "message_create": envstr("SAV_THROTTLE_MESSAGE_CREATE", "120/hour"),
    },
    "UNAUTHENTICATED_USER": None,
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
if DEBUG:
    REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"].append("rest_framework.renderers.BrowsableAPIRenderer")

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=envint("SAV_ACCESS_TOKEN_MINUTES", 5, minimum=1)),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=envint("SAV_REFRESH_TOKEN_DAYS", 7, minimum=1)),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": False,
    "CHECK_REVOKE_TOKEN": True,
    "USER_ID_FIELD": "id",
    "USER_ID_CLAIM": "user_id",
    "SIGNING_KEY": SECRET_KEY,
}
# Rotation renews a refresh token's expiry: this caps a session however often it refreshes.
SAV_SESSION_MAX_DAYS = envint("SAV_SESSION_MAX_DAYS", 30, minimum=1)
SAV_PASSWORD_RESET_MINUTES = envint("SAV_PASSWORD_RESET_MINUTES", 15, minimum=1)
SAV_INVITATION_HOURS = envint("SAV_INVITATION_HOURS", 72, minimum=1)
SAV_MAX_TEXT_LENGTH = envint("SAV_MAX_TEXT_LENGTH", 20000, minimum=100)
SAV_PAGE_SIZE = envint("SAV_PAGE_SIZE", 50, minimum=1)
SAV_MAX_PAGE_SIZE = envint("SAV_MAX_PAGE_SIZE", 200, minimum=1)

# --- Attachments (attachments/) -----------------------------------------------------------------
SAV_ATTACHMENT_MAX_BYTES = envint("SAV_ATTACHMENT_MAX_BYTES", 25 * 1024 * 1024, minimum=1)
SAV_ATTACHMENT_MAX_PER_MESSAGE = envint("SAV_ATTACHMENT_MAX_PER_MESSAGE", 10, minimum=1)
# Uploaded files never sent with a ticket or a message are deleted after this long.
SAV_ATTACHMENT_STAGED_HOURS = envint("SAV_ATTACHMENT_STAGED_HOURS", 24, minimum=1)
# Uploads above this go to a temporary file while they arrive (attachments/uploads.py always does).
FILE_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700
SAV_ATTACHMENTS_DIR = Path(envstr("SAV_ATTACHMENTS_DIR", str(DATA_DIR / "attachments")))
SAV_ATTACHMENTS_S3_BUCKET = envstr("SAV_ATTACHMENTS_S3_BUCKET", "")
if SAV_ATTACHMENTS_S3_BUCKET:
    # S3-compatible object storage (optional dependency: `pip install .[s3]`, django-storages).
    ATTACHMENTS_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": SAV_ATTACHMENTS_S3_BUCKET,
            "endpoint_url": envstr("SAV_ATTACHMENTS_S3_ENDPOINT_URL", "") or None,
            "region_name": envstr("SAV_ATTACHMENTS_S3_REGION", "") or None,
            "access_key": envstr("SAV_ATTACHMENTS_S3_ACCESS_KEY", "") or None,
            "secret_key": envstr("SAV_ATTACHMENTS_S3_SECRET_KEY", "") or None,
            "location": envstr("SAV_ATTACHMENTS_S3_PREFIX", "attachments"),
            "default_acl": "private",
            "file_overwrite": False,
            "querystring_auth": True,
        },
    }
else:
    # Outside any directory a web server serves; only the server's user can read the files.
    ATTACHMENTS_STORAGE = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": str(SAV_ATTACHMENTS_DIR),
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    }
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "attachments": ATTACHMENTS_STORAGE,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Origyne SAV API",
    "DESCRIPTION": "After-sales helpdesk of Origyne: tickets, discussions, customers and users.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Tickets and orders both have a `status`: each set of values gets its own name.
    "ENUM_NAME_OVERRIDES": {
        "TicketStatusEnum": [status.value for status in TicketStatus],
        "OrderStatusEnum": [status.value for status in OrderStatus],
    },
    # `<id:…>` in URLs (core/ids.py): a database id, 404 past the signed 64-bit range.
    "PATH_CONVERTER_OVERRIDES": {"id": {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}},
    # /api/docs/ and /api/redoc/ load their assets from this server (drf-spectacular-sidecar), never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Swagger UI would otherwise send the schema's address to swagger.io's online validator.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
}

# --- Brute-force protection (django-axes): lock on username + IP, never on IP alone ----------
AXES_FAILURE_LIMIT = envint("SAV_AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=envint("SAV_AXES_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "accounts.auth_backends.axes_username"
AXES_LOCKOUT_CALLABLE = "core.exception_handler.axes_lockout_response"
AXES_IPWARE_PROXY_COUNT = SAV_PROXY_COUNT
AXES_CLIENT_IP_CALLABLE = "accounts.auth_backends.client_ip"
AXES_VERBOSE = False

# --- E-mail ------------------------------------------------------------------------------------
EMAIL_MODE = envstr("SAV_EMAIL_BACKEND", "file")
EMAIL_BACKEND = {
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "memory": "django.core.mail.backends.locmem.EmailBackend",
}[EMAIL_MODE]
EMAIL_FILE_PATH = DATA_DIR / "mail"
EMAIL_HOST = envstr("SAV_EMAIL_HOST", "localhost")
EMAIL_PORT = envint("SAV_EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = envstr("SAV_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = envstr("SAV_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = envbool("SAV_EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = envint("SAV_EMAIL_TIMEOUT", 10, minimum=1)
DEFAULT_FROM_EMAIL = envstr("SAV_DEFAULT_FROM_EMAIL", "SAV Origyne <sav@origyne.fr>")

# --- Notification e-mails: the outbox sender (notifications/services/email_sender.py) -----------
# Tests must not get a background sender (pytest sets PYTEST_VERSION, as django-debug-toolbar documents).
TESTING = "PYTEST_VERSION" in os.environ
# Embedded mode: the server process runs the sender in a thread. At scale: false, and Celery runs it.
SAV_EMBEDDED_WORKERS = envbool("SAV_EMBEDDED_WORKERS", not TESTING)
SAV_EMAIL_BATCH = envint("SAV_EMAIL_BATCH", 20, minimum=1)
SAV_EMAIL_LEASE_SECONDS = envint("SAV_EMAIL_LEASE_SECONDS", 300, minimum=1)
SAV_EMAIL_POLL_SECONDS = envint("SAV_EMAIL_POLL_SECONDS", 5, minimum=1)
SAV_EMAIL_MAX_ATTEMPTS = envint("SAV_EMAIL_MAX_ATTEMPTS", 5, minimum=1)

# --- Scheduled jobs (jobs/registry.py) --------------------------------------------------------
# SAV_EMBEDDED_WORKERS (above) also runs the jobs in a thread of the ASGI server process (config/asgi.py).
# At scale, turn it off and run Celery (config/celery.py); both at once is harmless, every sweep claims
# its work.
# Resolved or waiting tickets close themselves after this many days without a client reply.
SAV_AUTO_CLOSE_DAYS = envint("SAV_AUTO_CLOSE_DAYS", 5, minimum=1)
# How long before its GTR/SLA deadline a ticket is "at risk", per priority.
SAV_SLA_WARNING_MINUTES = {
    "high": envint("SAV_SLA_WARNING_MINUTES_HIGH", 60, minimum=1),
    "normal": envint("SAV_SLA_WARNING_MINUTES_NORMAL", 240, minimum=1),
    "low": envint("SAV_SLA_WARNING_MINUTES_LOW", 480, minimum=1),
}

# --- The CRM link, pull side (crm/sync/pull/; docs/crm.md) ------------------------------------
# The company's customer database: a libpq URL, TLS verify-full (anything weaker is refused), e.g.
# postgresql://sav_reader@crm.origyne.fr:5432/crm?sslrootcert=/etc/origyne-sav/crm-ca.pem
# Empty: no pull connector (the push API still works).
SAV_CRM_DATABASE_URL = envstr("SAV_CRM_DATABASE_URL", "")
SAV_CRM_DATABASE_PASSWORD = envstr("SAV_CRM_DATABASE_PASSWORD", "")
# The mapping file (TOML): which table, view or query and which column gives each field.
SAV_CRM_MAPPING = envstr("SAV_CRM_MAPPING", "")
SAV_CRM_SYNC_MINUTES = envint("SAV_CRM_SYNC_MINUTES", 5, minimum=1)  # incremental pass
SAV_CRM_FULL_SYNC_HOURS = envint("SAV_CRM_FULL_SYNC_HOURS", 24, minimum=1)  # full pass: finds removed rows
SAV_CRM_SYNC_BATCH = envint("SAV_CRM_SYNC_BATCH", 2000, minimum=1)  # rows per transaction
SAV_CRM_SYNC_LEASE_MINUTES = envint("SAV_CRM_SYNC_LEASE_MINUTES", 30, minimum=1)  # renewed per batch
# An incremental pull re-reads rows changed this long before the last one it saw (late commits).
SAV_CRM_WATERMARK_OVERLAP_SECONDS = envint("SAV_CRM_WATERMARK_OVERLAP_SECONDS", 300, minimum=0)

CELERY_BROKER_URL = envstr("SAV_CELERY_BROKER_URL", REDIS_URL or "redis://127.0.0.1:6379/0")
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE_FILENAME = str(DATA_DIR / "celerybeat-schedule")

# --- Security (production: SAV_DEBUG=false) ---------------------------------------------------
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = envbool("SAV_SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = envint("SAV_HSTS_SECONDS", 31536000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("SAV_LOG_LEVEL", "WARNING")},
}

# --- Local directories: created at start (a fresh clone has none), readable by the server's user only
_DB = DATABASES["default"]
_SQLITE_FILE = (
    Path(_DB["NAME"]) if _DB["ENGINE"] == "django.db.backends.sqlite3" and str(_DB["NAME"]) != ":memory:" else None
)
ensure_private_dirs(
    DATA_DIR,
    _SQLITE_FILE.parent if _SQLITE_FILE else None,
    EMAIL_FILE_PATH if EMAIL_MODE == "file" else None,
    None if SAV_ATTACHMENTS_S3_BUCKET else SAV_ATTACHMENTS_DIR,
    STATIC_ROOT if DEBUG else None,
)

"""Settings shared by every environment.

Every value that differs between machines is read from the environment here,
and only here; ``dev``, ``test`` and ``production`` change behaviour, never
read variables of their own. The README lists every variable.
"""

import os
from pathlib import Path

import dj_database_url

from lms import error_reports, logs, queues, sentinel
from webinars import servers as webinar_servers

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env(name, default=None):
    """Return a variable from the environment; empty counts as unset."""
    value = os.environ.get(name, "")
    return value if value != "" else default


def env_bool(name, default=False):
    value = env(name)
    if value is None:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = env(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


# --- Core -------------------------------------------------------------------
SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env_bool("DJANGO_DEBUG", False)
ENVIRONMENT = "development"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "lms.errors.csrf_failure"  # our page, in the URL's language
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = SITE_URL

INSTALLED_APPS = [
    "users",
    "directory",
    "content",
    "courses",
    "literacy",
    "academy",
    "webinars",
    "privacy",
    "messaging",
    "audit",
    "reports",
    "certificates",
    "csp",
    "exports",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "users.apps.CustomWagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "lms.logs.RequestIdMiddleware",  # first: every log line of the request carries its id
    "lms.metrics.MetricsMiddleware",  # counts every answer, the heartbeat's too
    "django.middleware.security.SecurityMiddleware",
    "lms.replica.PrimaryAfterWriteMiddleware",  # your own writes read back from the primary
    "lms.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "courses.middleware.HeartbeatMiddleware",  # answers the heartbeat before the rest
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages from the cache (lms/anon_cache.py): a hit skips everything below.
    "lms.anon_cache.AnonymousCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",  # compresses what the cache keeps
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "users.middleware.AdminLanguageMiddleware",  # after the user is known
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "privacy.middleware.ConsentMiddleware",  # a changed notice asks again
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A database restarting: a GET once more, else 503 (lms/db_unavailable.py).
    "lms.db_unavailable.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
# SQLite under var/ by default; DATABASE_URL (PostgreSQL) for anything shared.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        # Off by default: a check is one more round trip on every request. After a
        # database restart, a process's first query then fails once and Django
        # reconnects on the next request.
        conn_health_checks=env_bool("DATABASE_CONN_HEALTH_CHECKS", False),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Wait for a lock instead of failing at once when the worker also writes.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
# A streaming replica for reports, exports and public verification (lms/replica.py).
if env("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        env("DATABASE_REPLICA_URL"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,  # a replica restarted is found at the next request
    )
    if DATABASES["replica"]["ENGINE"] == "django.db.backends.postgresql":
        # A replica that is gone is given up on quickly: reads go to the primary.
        DATABASES["replica"].setdefault("OPTIONS", {})["connect_timeout"] = 2
DATABASE_ROUTERS = ["lms.replica.ReplicaRouter"]
DATABASE_REPLICA_READS = True
DATABASE_REPLICA_PIN_SECONDS = int(env("DATABASE_REPLICA_PIN_SECONDS", "15"))
DATABASE_REPLICA_MAX_LAG = float(env("DATABASE_REPLICA_MAX_LAG", "30"))
DATABASE_REPLICA_CHECK_SECONDS = float(env("DATABASE_REPLICA_CHECK_SECONDS", "5"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache (allauth's rate limits count here) --------------------------------
CACHE_URL = env("CACHE_URL")
if CACHE_URL:
    CACHES = {"default": sentinel.redis_cache(CACHE_URL)}
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Redis with failover (lms/sentinel.py): the cache and the broker find the current
# primary through these Sentinels.
REDIS_SENTINELS = sentinel.sentinels(env("REDIS_SENTINELS"))
REDIS_SENTINEL_MASTER = env("REDIS_SENTINEL_MASTER", "lms")
if CACHE_URL and REDIS_SENTINELS:
    CACHES["default"] = sentinel.cache_config(CACHE_URL, REDIS_SENTINELS)

# Whole pages for visitors who are not signed in, kept in the cache above for this
# many seconds (0: never); dropped at once when a page, setting, snippet, academy
# session or school changes. See lms/anon_cache.py and docs/operations.md.
ANON_CACHE_SECONDS = int(env("ANON_CACHE_SECONDS", "300"))
# Cookies that do not change what an anonymous page shows: with any other cookie
# (a session, messages, a guest's link) the request goes past the cache.
ANON_CACHE_IGNORED_COOKIES = frozenset(
    ["csrftoken", "lms_language", "lms_primary", *env_list("ANON_CACHE_IGNORED_COOKIES")]
)
# App labels or model labels whose rows public pages show, besides pages, sites,
# locales, images, documents, settings and snippets (always).
ANON_CACHE_INVALIDATING_MODELS = ["academy", "directory", "wagtailredirects.Redirect"]
# A caching proxy or CDN in front: the URL Wagtail's frontend cache sends PURGE
# requests to on publish (wagtail.contrib.frontend_cache, HTTPBackend, e.g.
# Varnish or nginx with a purge module). Anonymous pages then say
# "public, s-maxage=ANON_CACHE_SECONDS" and "Vary: Cookie".
FRONTEND_CACHE_PURGE_URL = env("FRONTEND_CACHE_PURGE_URL")
if FRONTEND_CACHE_PURGE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

# --- Accounts ---------------------------------------------------------------
AUTH_USER_MODEL = "users.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
# Each role lands where its work is (users.landing); allauth's ?next= wins.
LOGIN_REDIRECT_URL = "users:landing"

# django-allauth: e-mail is the login, confirmed before first sign-in.
# https://docs.allauth.org/en/latest/account/configuration.html
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SIGNUP_FORM_CLASS = "users.forms.SignupDetailsForm"
# "Forgotten password" also reaches the accounts made to hold a guest's certificate.
ACCOUNT_FORMS = {"reset_password": "users.account_forms.ResetPasswordForm"}
ACCOUNT_ADAPTER = "users.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_URL.startswith("https") else "http"
# Rate limits stay at allauth's defaults (on); see ACCOUNT_RATE_LIMITS.
# Every rate limit (allauth's and the academy's) counts per client address.
# Behind a load balancer or reverse proxy, REMOTE_ADDR is the proxy's: set
# TRUSTED_PROXY_COUNT to the number of proxies in front of the application
# that append to X-Forwarded-For, and the client's address is read from that
# header, counting that many entries from its end (entries further left can be
# forged by the client). 0 (the default) ignores the header. A proxy that sets
# one header with the client's address instead (e.g. X-Real-IP) can be named in
# TRUSTED_CLIENT_IP_HEADER; it is then read and X-Forwarded-For is not.
ALLAUTH_TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("TRUSTED_CLIENT_IP_HEADER")

# Sessions are read on every heartbeat: from the cache, written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Courses ------------------------------------------------------------------
# How often an open lesson reports active time (seconds).
COURSES_HEARTBEAT_SECONDS = int(env("COURSES_HEARTBEAT_SECONDS", "15"))
# An attention check opens after a random stretch of active study between
# these two lengths (seconds), counted from the lesson's first opening and from
# each answer ("0,0": no checks). See courses/attention.py and docs/hours.md.
COURSES_ATTENTION_CHECK_SECONDS = tuple(
    int(value) for value in env_list("COURSES_ATTENTION_CHECK_SECONDS", ["300", "900"])[:2]
)
# Heartbeats written behind through the cache's Redis (courses/services/writebehind.py):
# one Lua script per beat instead of one UPDATE, flushed to PostgreSQL in batches
# every HEARTBEAT_FLUSH_SECONDS by the beat below. Off by default: it needs
# CACHE_URL (django-redis, a Redis that does not evict keys with a timeout) or
# HEARTBEAT_REDIS_URL, and the beat; on without them, or with Redis unreachable, beats go straight to
# PostgreSQL. docs/performance.md, "Heartbeats at national concurrency".
# HEARTBEAT_REDIS_URL: a Redis of their own (redis://host:6379/2, no Sentinels), else the cache's.
HEARTBEAT_REDIS_URL = env("HEARTBEAT_REDIS_URL")
HEARTBEAT_REDIS_PREFIX = "lms:hb:"
HEARTBEAT_WRITE_BEHIND = env_bool("HEARTBEAT_WRITE_BEHIND", False) and bool(
    CACHE_URL or HEARTBEAT_REDIS_URL
)
HEARTBEAT_FLUSH_SECONDS = float(env("HEARTBEAT_FLUSH_SECONDS", "10"))

# --- Parents' Academy --------------------------------------------------------------
# Guest registrations (no account) allowed per client address and per e-mail:
# "count/period" with s, m, h or d, several separated by commas. Above them the
# form answers 429 with the person's input kept. Generous for a school whose
# parents share one network at a meeting; a script cannot fill a session's
# seats or flood a mailbox. Counted in the cache; {} turns the limits off.
# The client address is the one allauth uses (TRUSTED_PROXY_COUNT above).
ACADEMY_REGISTRATION_RATE_LIMITS = {
    "ip": env("ACADEMY_REGISTRATION_RATE_LIMIT_IP", "30/10m,300/d"),
    "email": env("ACADEMY_REGISTRATION_RATE_LIMIT_EMAIL", "10/h,30/d"),
}
# Wrong check-in codes allowed per registration and per client address, in the
# same notation. At a limit every code is refused, the right one too, until the
# window ends: a six-digit code cannot be found by trying them all. Right codes
# are not counted, so a hall of parents on one network is never locked out.
ACADEMY_CHECKIN_RATE_LIMITS = {
    "registration": env("ACADEMY_CHECKIN_RATE_LIMIT_REGISTRATION", "5/10m,20/d"),
    "ip": env("ACADEMY_CHECKIN_RATE_LIMIT_IP", "60/10m,600/d"),
}

# --- Webinars on BigBlueButton (webinars/, docs/webinars.md) ----------------------
# The BigBlueButton servers coordinators may hold academy sessions on, one per
# region if need be: "key=URL|shared secret", several separated by ";", e.g.
# "almaty=https://bbb1.example.kz/bigbluebutton/|s3cret;astana=https://bbb2.example.kz/bigbluebutton/|other".
# URL and secret are what `bbb-conf --secret` prints. Unset: no BigBlueButton
# choice anywhere, and sessions use external meeting links only.
BBB_SERVERS = webinar_servers.parse(env("BBB_SERVERS", ""))
# The checksum of API calls: sha1 (BigBlueButton's default) or sha256.
BBB_CHECKSUM = webinar_servers.algorithm(env("BBB_CHECKSUM", "sha1"))
# How often beat asks the servers who is in each running meeting (seconds): a
# stay is counted to about this precision.
BBB_POLL_SECONDS = int(env("BBB_POLL_SECONDS", "60"))
# How long one API call may take before the server counts as down (seconds).
BBB_TIMEOUT_SECONDS = float(env("BBB_TIMEOUT_SECONDS", "5"))
# How long after a meeting ends its recording is looked for (hours).
BBB_RECORDINGS_HOURS = int(env("BBB_RECORDINGS_HOURS", "6"))

# --- Internationalisation -------------------------------------------------------
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", "Қазақша"),
    ("ru", "Русский"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Our own strings first; then our Kazakh catalogue of the django-allauth and
# Django strings that learners see, which those projects do not (fully) ship;
# last, built by compile_catalogues, Russian for the Kazakh that Wagtail and
# the other packages lack (users.admin_language; docs/architecture.md).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_vendor", BASE_DIR / "locale_fallback"]
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
FORMAT_MODULE_PATH = ["lms.formats"]  # Kazakh numbers; one date format per language
USE_TZ = True
LANGUAGE_COOKIE_NAME = "lms_language"

# --- Static and media -------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))

AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    # S3-compatible storage (MinIO, Yandex, AWS) through django-storages.
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME")
    AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID")
    AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY")
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False
    DEFAULT_FILE_BACKEND = "storages.backends.s3.S3Storage"
else:
    DEFAULT_FILE_BACKEND = "django.core.files.storage.FileSystemStorage"

# Private files (certificate PDFs, export files: personal data), served only by
# permission-checked views (lms/private_files.py). On disk under PRIVATE_ROOT,
# which no URL serves; with S3, a private bucket, or a prefix of the media
# bucket, handed out through presigned addresses valid PRIVATE_URL_SECONDS.
PRIVATE_ROOT = Path(env("PRIVATE_ROOT", str(VAR_DIR / "private")))
PRIVATE_URL_SECONDS = int(env("PRIVATE_URL_SECONDS", "300"))
if AWS_STORAGE_BUCKET_NAME:
    AWS_PRIVATE_BUCKET_NAME = env("AWS_PRIVATE_BUCKET_NAME", AWS_STORAGE_BUCKET_NAME)
    PRIVATE_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_PRIVATE_BUCKET_NAME,
            "location": env(
                "AWS_PRIVATE_LOCATION",
                "private" if AWS_PRIVATE_BUCKET_NAME == AWS_STORAGE_BUCKET_NAME else "",
            ),
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": PRIVATE_URL_SECONDS,
            "file_overwrite": False,
        },
    }
else:
    PRIVATE_STORAGE = {"BACKEND": "lms.private_files.PrivateFileSystemStorage"}
STORAGES = {
    "default": {"BACKEND": DEFAULT_FILE_BACKEND},
    "private": PRIVATE_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- E-mail -----------------------------------------------------------------
EMAIL_HOST = env("EMAIL_HOST")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH")
if EMAIL_FILE_PATH:
    # Letters written to files: for staging, and for tests with a real worker.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
elif EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(env("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Bilim LMS <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- SMS (messaging/sms) ------------------------------------------------------
# Reminders by SMS for parents who asked for them. "console" (the default)
# prints each message and keeps the last ones in memory, so a bare machine
# needs no account; "smsc" sends through SMSC.kz's HTTP API with a login and
# password, or an API key instead of both. SMS_SENDER is a sender name
# registered with the gateway (empty: the gateway's default). The rate limit is
# Celery's notation, per worker, for the task that sends; SMS_TIMEOUT seconds
# per request, after which the message is tried again (messaging.errors.Transient).
SMS_PROVIDER = env("SMS_PROVIDER", "console")
SMS_API_URL = env("SMS_API_URL", "https://smsc.kz/sys/send.php")
SMS_LOGIN = env("SMS_LOGIN", "")
SMS_PASSWORD = env("SMS_PASSWORD", "")
SMS_API_KEY = env("SMS_API_KEY", "")
SMS_SENDER = env("SMS_SENDER", "")
SMS_RATE_LIMIT = env("SMS_RATE_LIMIT", "5/s")
SMS_TIMEOUT = float(env("SMS_TIMEOUT", "10"))

# --- Celery -----------------------------------------------------------------
# Without a broker, tasks run in-process so that one machine needs nothing else.
CELERY_BROKER_URL = env("CELERY_BROKER_URL")
CELERY_BROKER_TRANSPORT_OPTIONS = (
    sentinel.broker_options(REDIS_SENTINEL_MASTER)
    if (CELERY_BROKER_URL or "").startswith("sentinel://")
    else {}
)
if (CELERY_BROKER_URL or "").startswith(("redis", "sentinel")):
    # Tasks are acknowledged when done (below): on Redis, a task whose worker was
    # killed outright (SIGKILL, the machine lost) comes back to the queue after
    # this many seconds (kombu's default is an hour). Longer than any task runs
    # and than the longest retry countdown (600 s), so a live task is never
    # handed out twice; the tasks are safe to run twice anyway (docs/operations.md).
    CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] = int(
        env("CELERY_VISIBILITY_TIMEOUT", "900")
    )
# Sweeps leave work younger than this to the task queued for it (lms/enqueue.py).
TASK_SWEEP_GRACE_SECONDS = int(env("TASK_SWEEP_GRACE_SECONDS", "300"))
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL is None
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
# Four queues (certificates, mail, reports, default); which task goes where is
# set in lms/queues.py alone. A worker started without -Q consumes them all.
CELERY_TASK_ROUTES = queues.TASK_ROUTES
CELERY_TASK_QUEUES = queues.TASK_QUEUES
CELERY_TASK_DEFAULT_QUEUE = queues.DEFAULT
# Periodic tasks, run by ``celery -A lms beat``.
# https://docs.celeryq.dev/en/stable/userguide/periodic-tasks.html
CELERY_BEAT_SCHEDULE = {
    # Parents' Academy reminders, 24 hours and 1 hour before a session.
    "academy-send-due-reminders": {
        "task": "academy.tasks.send_due_reminders",
        "schedule": 300.0,
    },
    # Completions whose certificate task the broker did not take (lms/enqueue.py).
    "certificates-issue-missing": {
        "task": "certificates.tasks.issue_missing_certificates",
        "schedule": 600.0,
    },
    # Report summaries by school, region and week.
    "reports-refresh-stats": {"task": "reports.tasks.refresh_stats", "schedule": 600.0},
    # Background exports: delete expired files, fail runs that died unseen.
    "exports-clean-up": {"task": "exports.tasks.clean_up", "schedule": 3600.0},
    # People's copies of their own data: delete expired files.
    "privacy-remove-expired-exports": {
        "task": "privacy.tasks.remove_expired_exports",
        "schedule": 3600.0,
    },
}
# Who is in each BigBlueButton meeting, for attendance by minutes (webinars.tasks);
# a no-op without BBB_SERVERS.
CELERY_BEAT_SCHEDULE["webinars-follow-meetings"] = {
    "task": "webinars.tasks.follow_meetings",
    "schedule": float(BBB_POLL_SECONDS),
    "options": {"expires": float(BBB_POLL_SECONDS)},
}
# Heartbeats kept in Redis (HEARTBEAT_WRITE_BEHIND) copied to PostgreSQL; a no-op when off.
CELERY_BEAT_SCHEDULE["courses-flush-heartbeats"] = {
    "task": "courses.tasks.flush_heartbeats",
    "schedule": HEARTBEAT_FLUSH_SECONDS,
    "options": {"expires": HEARTBEAT_FLUSH_SECONDS},
}
# Accounts asked to be closed, once their cooling-off period has ended.
CELERY_BEAT_SCHEDULE["privacy-close-due-accounts"] = {
    "task": "privacy.tasks.close_due_accounts",
    "schedule": 3600.0,
}
# --- Messages by Telegram and SMS (messaging/, README "Telegram") ------------------
# The bot from @BotFather: its token and username (without "@"). With no token,
# Telegram is not offered anywhere. The webhook's secret (1-256 of A-Z a-z 0-9 _ -)
# is what Telegram sends back in X-Telegram-Bot-Api-Secret-Token.
TELEGRAM_BOT_TOKEN = env("TELEGRAM_BOT_TOKEN", "")
TELEGRAM_BOT_USERNAME = env("TELEGRAM_BOT_USERNAME", "").lstrip("@")
TELEGRAM_WEBHOOK_SECRET = env("TELEGRAM_WEBHOOK_SECRET", "")
TELEGRAM_API_URL = env("TELEGRAM_API_URL", "https://api.telegram.org")
TELEGRAM_TIMEOUT_SECONDS = float(env("TELEGRAM_TIMEOUT_SECONDS", "10"))
# Celery's rate limit of the sending task, per worker process (Telegram allows about 30/s a bot).
TELEGRAM_RATE_LIMIT = env("TELEGRAM_RATE_LIMIT", "25/s")
# How long the deep link of a letter or of "My academy" can link a chat.
TELEGRAM_LINK_TTL_HOURS = int(env("TELEGRAM_LINK_TTL_HOURS", "168"))
# Nothing goes by Telegram or SMS in these local hours (TIME_ZONE); reminders due
# then go before they start, by MESSAGING_QUIET_MARGIN_MINUTES.
MESSAGING_QUIET_HOURS = env("MESSAGING_QUIET_HOURS", "22:00-08:00")
MESSAGING_QUIET_MARGIN_MINUTES = int(env("MESSAGING_QUIET_MARGIN_MINUTES", "30"))
# Tries of a message that failed for a passing reason, before it is marked failed.
MESSAGING_MAX_ATTEMPTS = int(env("MESSAGING_MAX_ATTEMPTS", "5"))
# A phone number is proved by a code sent to it by SMS before any message goes
# there: how long a code lives, how many tries it takes, and how many codes go
# in an hour to one person and to one number (the SMS budget).
PHONE_CODE_TTL_MINUTES = int(env("PHONE_CODE_TTL_MINUTES", "15"))
PHONE_CODE_ATTEMPTS = int(env("PHONE_CODE_ATTEMPTS", "5"))
PHONE_CODE_SENDS_PER_HOUR = int(env("PHONE_CODE_SENDS_PER_HOUR", "3"))
# Held messages whose time has come, and queued ones whose task was lost.
CELERY_BEAT_SCHEDULE["messaging-send-due"] = {
    "task": "messaging.tasks.send_due",
    "schedule": 60.0,
    "options": {"expires": 60.0},
}
CELERY_BEAT_SCHEDULE["messaging-remove-old-link-tokens"] = {
    "task": "messaging.tasks.remove_old_link_tokens",
    "schedule": 86400.0,
}
CELERY_BEAT_SCHEDULE["messaging-remove-old-phone-checks"] = {
    "task": "messaging.tasks.remove_old_phone_checks",
    "schedule": 86400.0,
}

# Days between asking to close an account and its closing (to change one's mind).
PRIVACY_CLOSING_DAYS = int(env("PRIVACY_CLOSING_DAYS", "7"))
# How long personal data is kept, in days (privacy.retention, docs/privacy.md);
# each can be set as PRIVACY_RETAIN_<NAME>_DAYS.
PRIVACY_RETENTION_DAYS = {
    name: int(env(f"PRIVACY_RETAIN_{name.upper()}_DAYS", str(days)))
    for name, days in {
        "guest_registrations": 3 * 365,  # a parent's certificate needs the sessions attended
        "reflections": 365,
        "attempt_answers": 365,
        "exports": 90,
        "unconfirmed_accounts": 30,
        "audit_records": 5 * 365,  # staff access: long enough for a complaint and an inspection
        "admin_logs": 5 * 365,  # Wagtail's log of revokes, reissues, regenerations
        "wave_lists": 7,  # an uploaded certificate list never confirmed, or stopped
    }.items()
}
CELERY_BEAT_SCHEDULE["privacy-enforce-retention"] = {
    "task": "privacy.tasks.enforce_retention",
    "schedule": 86400.0,
}
# How many copies of their data one person may ask for in 24 hours.
PRIVACY_EXPORTS_PER_DAY = int(env("PRIVACY_EXPORTS_PER_DAY", "3"))

# Certificates are signed by the issuing organisation (certificates/signing.py):
# a PKCS#12 file with its RSA key and chain, as Kazakhstan's national
# certifying centre issues them to legal entities. seed_demo writes a
# self-signed demo key at the default path; with no file there, certificates
# are stored unsigned. A time stamp authority (RFC 3161) makes them PAdES B-T.
CERTIFICATE_SIGNING_KEY = env("CERTIFICATE_SIGNING_KEY", str(VAR_DIR / "signing" / "demo.p12"))
CERTIFICATE_SIGNING_PASSWORD = env("CERTIFICATE_SIGNING_PASSWORD", "")
CERTIFICATE_TSA_URL = env("CERTIFICATE_TSA_URL", "")
CERTIFICATE_SIGNER_NAME = env("CERTIFICATE_SIGNER_NAME", "")
CERTIFICATE_SIGNER_LOCATION = env("CERTIFICATE_SIGNER_LOCATION", "Kazakhstan")
CERTIFICATE_SIGNING_REASON = env("CERTIFICATE_SIGNING_REASON", "Certificate of completion")
# Open Badges 3.0 credentials (certificates/credentials.py): the issuer's
# Ed25519 key (PEM, PKCS#8) and name; seed_demo writes a demo key.
CERTIFICATE_CREDENTIAL_KEY = env(
    "CERTIFICATE_CREDENTIAL_KEY", str(VAR_DIR / "signing" / "credential-ed25519.pem")
)
CERTIFICATE_ISSUER_NAME = env("CERTIFICATE_ISSUER_NAME", "Bilim LMS")
# The verification API's limits per client address (certificates/api.py).
CERTIFICATE_API_RATE_LIMITS = {"ip": env("CERTIFICATE_API_RATE_LIMIT", "60/m,5000/d")}
# Files checked on the verify page per client address (certificates/views.py).
CERTIFICATE_UPLOAD_RATE_LIMITS = {"ip": env("CERTIFICATE_UPLOAD_RATE_LIMIT", "10/m,200/d")}

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Bilim LMS"
WAGTAILIMAGES_IMAGE_MODEL = "content.CustomImage"
# SVG too, for the organisation's emblem (content.OrganisationSettings). Only
# staff upload images; media are served as files, never inline in our pages.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "svg"]
# Videos and their WebVTT captions are uploaded as documents (courses.blocks.VideoFileBlock).
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "doc",
    "pptx",
    "xlsx",
    "odt",
    "txt",
    "zip",
    "mp4",
    "webm",
    "vtt",
]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The admin's language: the one chosen in the admin's account settings, else the
# person's own (users.middleware.AdminLanguageMiddleware). In Kazakh, Wagtail's
# strings read in Russian (users.admin_language).
# https://docs.wagtail.org/en/stable/reference/settings.html#wagtailadmin-permitted-languages
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Security defaults that hold everywhere -----------------------------------
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy (django-csp): the site runs no inline script or style
# and loads nothing from elsewhere but the videos a methodologist embeds. The
# Wagtail admin still needs inline scripts and styles (wagtail#7053), so it
# alone gets ADMIN_CSP (lms.middleware.ContentSecurityPolicyMiddleware).
_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS")  # e.g. the S3 endpoint serving media
_VIDEO_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_MEDIA_ORIGINS],
        "media-src": ["'self'", *_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": _VIDEO_ORIGINS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
ADMIN_CSP = {
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *_MEDIA_ORIGINS],
    "frame-src": ["'self'", *_VIDEO_ORIGINS],
    "frame-ancestors": ["'self'"],
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatars fetched from a third party
# Permissions-Policy (django-permissions-policy): no page asks for these.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
        "serial",
        "hid",
        "midi",
        "display-capture",
        "browsing-topics",
        "interest-cohort",
    )
}

# --- Logs, errors, health and metrics (docs/operations.md) ----------------------
# LOG_FORMAT=json: one JSON object per line, with the request id (lms/logs.py);
# unset, plain lines.
LOG_FORMAT = env("LOG_FORMAT", "plain").lower()
LOGGING = logs.logging_config(LOG_FORMAT, env("LOG_LEVEL", "INFO"))
# /metrics answers only a request with "Authorization: Bearer <METRICS_TOKEN>";
# without a token set it does not exist (404).
METRICS_TOKEN = env("METRICS_TOKEN", "")
# prometheus-client's multiprocess mode (gunicorn's workers, Celery's prefork
# pool): an empty folder the processes of one machine write their figures to.
PROMETHEUS_MULTIPROC_DIR = env("PROMETHEUS_MULTIPROC_DIR")
# Errors to Sentry (or a compatible service) when set; never personal data.
SENTRY_DSN = env("SENTRY_DSN")
if SENTRY_DSN:
    error_reports.report_to_sentry(
        SENTRY_DSN,
        env("SENTRY_ENVIRONMENT", os.environ.get("DJANGO_SETTINGS_MODULE", "").rpartition(".")[2]),
    )

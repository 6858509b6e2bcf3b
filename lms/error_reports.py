"""Errors reported to Sentry (or a service speaking its protocol) when
``SENTRY_DSN`` is set: unhandled exceptions and ERROR log lines of the web
processes (Django) and of the workers (Celery), without personal data."""


def report_to_sentry(dsn, environment):
    """Called by the settings, so that every process (gunicorn, a Celery
    worker, a management command) reports."""
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment or None,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        # No cookies, user ids or e-mails, client addresses or request bodies.
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=0,  # errors only: performance is measured with /metrics
    )

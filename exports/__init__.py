"""Long exports in the background: a job per request, a Celery task that writes
the file in constant memory, a page with progress and a download link.

Apps offer an export by registering an exporter (``exports.registry``); a view
sends the person on with ``exports.start(request, kind, data)``.
"""


def start(request, kind, data):
    """Start the export ``kind`` for ``request.user`` from ``data`` (a POST) and
    return the redirect to its page. Imported lazily: this package loads before
    the app registry is ready."""
    from .views import start as _start

    return _start(request, kind, data)

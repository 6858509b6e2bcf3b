"""What can be exported: each app registers an exporter under a name.

An exporter turns request data into JSON parameters (``clean``), says whether a
person may have the export (``allowed``: asked when the job is created, again
in the task, since rights change, and again at download), and gives the header,
a row count and the rows. Rows come from ``queryset(...).iterator()`` in chunks,
so memory stays flat however many rows there are.
"""

from django.utils.translation import gettext_lazy as _

CHUNK = 2000

_exporters = {}


class Exporter:
    title = _("Export")
    # The file kinds offered (``writers.CONTENT_TYPES``), the first by default.
    formats = ("csv", "xlsx")
    # The audit record of the prepared file (``AccessRecord.What``); None:
    # "export prepared in the background".
    audit_what = None

    def clean(self, user, data):
        """JSON-safe parameters from request data, or None if they name nothing
        (404). May raise PermissionDenied. ``format`` is handled by the caller."""
        return {}

    def allowed(self, user, params):
        return user.is_active and user.is_superuser

    def describe(self, params):
        """A line for the job page saying what is exported."""
        return ""

    def header(self, params):
        raise NotImplementedError

    def queryset(self, user, params):
        raise NotImplementedError

    def row(self, obj):
        raise NotImplementedError

    def count(self, user, params):
        """Rows expected, for the progress bar; None where counting is dear."""
        return self.queryset(user, params).count()

    def subject(self, obj):
        """Whose data a row holds, for the audit trail: (user id, guest
        registration id), either None."""
        return (None, None)

    def rows(self, user, params, seen=None):
        """The rows; each row's subject is added to ``seen`` (``audit.trail.Subjects``)."""
        for obj in self.queryset(user, params).iterator(chunk_size=CHUNK):
            if seen is not None:
                seen.add(self.subject(obj))
            yield self.row(obj)

    def filename(self, params):
        """The file's name without extension."""
        return "export"


def register(name, exporter):
    if name in _exporters and type(_exporters[name]) is not type(exporter):
        raise ValueError(f"An exporter named {name!r} is already registered")
    _exporters[name] = exporter
    return exporter


def get(name):
    """The exporter registered under ``name``, or None."""
    return _exporters.get(name)

"""The certificate registry as CSV or XLSX, for any number of rows.

Rows are read in chunks with ``.iterator()``, so memory stays flat however
many certificates a filter matches. CSV streams straight to the client; XLSX
is written by openpyxl's write-only workbook to a temporary file (an XLSX is a
zip, which cannot be streamed before it is complete) and then sent.
Both are written by ``exports.writers``, as the background exports are: the
CSV starts with a byte-order mark so that Excel reads it as UTF-8 and shows
the Kazakh letters, and text that looks like a formula stays text.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from exports.responses import download

from .pdf import verification_url

CHUNK = 2000

HEADINGS = [
    _("Number"),
    _("Version"),
    _("Status"),
    _("Holder"),
    _("Course"),
    _("Hours"),
    _("Started"),
    pgettext_lazy("date column", "Completed"),
    _("Issued"),
    _("Region"),
    _("School"),
    _("Revoked"),
    _("Reason"),
    _("Verification URL"),
]


def row(certificate):
    """One certificate as a list of plain values, in the order of HEADINGS."""
    revoked_at = certificate.revoked_at
    return [
        certificate.number,
        certificate.version,
        certificate.get_status_display(),
        certificate.holder_name,
        certificate.text().get("course", ""),
        certificate.hours,
        certificate.started_on,
        certificate.completed_on,
        timezone.localtime(certificate.issued_at).replace(tzinfo=None, microsecond=0),
        str(certificate.region) if certificate.region_id else "",
        str(certificate.school) if certificate.school_id else "",
        timezone.localtime(revoked_at).replace(tzinfo=None, microsecond=0) if revoked_at else None,
        certificate.revoked_reason,
        verification_url(certificate),
    ]


def holder(certificate):
    return (certificate.holder_id, None)


def filename():
    return f"certificates-{timezone.localdate():%Y%m%d}"


def response(kind, queryset, reading):
    """The registry as a download: CSV streamed, XLSX sent once written; the
    rows go through ``reading`` (``audit.trail.Reading``), which records them."""
    title = str(_("Certificates"))
    queryset = queryset.select_related("region", "school").iterator(chunk_size=CHUNK)
    return download(kind, filename(), HEADINGS, reading.rows(queryset, row, holder), title=title)

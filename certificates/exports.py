"""The certificate registry as CSV or XLSX, for any number of rows.

Rows are read in chunks with ``.iterator()``, so memory stays flat however
many certificates a filter matches. CSV streams straight to the client; XLSX
is written by openpyxl's write-only workbook to a temporary file (an XLSX is a
zip, which cannot be streamed before it is complete) and then sent.
CSV starts with a byte-order mark so that Excel reads it as UTF-8 and shows
the Kazakh letters.
"""

import csv
import tempfile
from decimal import Decimal

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pdf import verification_url

CHUNK = 2000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

HEADINGS = [
    _("Number"),
    _("Version"),
    _("Status"),
    _("Holder"),
    _("Course"),
    _("Hours"),
    _("Started"),
    _("Completed"),
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


def rows(queryset):
    queryset = queryset.select_related("region", "school")
    for certificate in queryset.iterator(chunk_size=CHUNK):
        yield row(certificate)


def filename(extension):
    return f"certificates-{timezone.localdate():%Y%m%d}.{extension}"


def _csv_text(value):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"  # 80, not 80.00 or 8E+1
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    text = str(value)
    # A cell starting like a formula is text, not something for Excel to run.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


class _Echo:
    def write(self, value):
        return value


def csv_lines(queryset, headings=None):
    writer = csv.writer(_Echo())
    headings = headings or [str(heading) for heading in HEADINGS]
    yield "\ufeff" + writer.writerow(headings)
    for values in rows(queryset):
        yield writer.writerow([_csv_text(value) for value in values])


def csv_response(queryset):
    # Headings in the language of the request: the body streams after it ends.
    headings = [str(heading) for heading in HEADINGS]
    response = StreamingHttpResponse(
        csv_lines(queryset, headings), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename("csv")}"'
    return response


def write_xlsx(queryset, handle):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=str(_("Certificates"))[:31])
    sheet.append([str(heading) for heading in HEADINGS])
    for values in rows(queryset):
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value)
            if cell.data_type == "f":  # text that looks like a formula stays text
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(handle)


def xlsx_response(queryset):
    # No context manager: FileResponse closes the file when sent, which removes it.
    handle = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115
    write_xlsx(queryset, handle)
    handle.seek(0)
    return FileResponse(
        handle, as_attachment=True, filename=filename("xlsx"), content_type=XLSX_TYPE
    )

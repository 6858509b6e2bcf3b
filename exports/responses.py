"""A header and rows as a download in the request: CSV streamed line by line,
XLSX written to a temporary file first (an XLSX is a zip, which cannot be sent
before it is complete), both through ``exports.writers``. For lists too long
for one request, ``exports`` prepares the file in the background instead."""

import tempfile

from django.http import FileResponse, StreamingHttpResponse

from . import writers


def download(kind, filename, header, rows, title=""):
    """``filename`` without its extension; ``kind`` "xlsx", otherwise CSV."""
    header = [str(name) for name in header]  # in the request's language: CSV streams after it
    if kind == "xlsx":
        # No context manager: FileResponse closes the file when sent, which removes it.
        handle = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115
        writers.write_xlsx(handle, header, rows, title=title)
        handle.seek(0)
        return FileResponse(
            handle, as_attachment=True, filename=f"{filename}.xlsx", content_type=writers.XLSX_TYPE
        )
    response = StreamingHttpResponse(
        writers.csv_lines(header, rows), content_type=writers.CONTENT_TYPES["csv"]
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response

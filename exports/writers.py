"""Write a header and rows to an open binary file as CSV or XLSX, in constant
memory (or, for CSV, yield the lines to stream). They know nothing of jobs,
storage or responses; the background exports and the certificate registry's
direct downloads both write through them.

CSV is UTF-8 with a byte-order mark, so that spreadsheet programs read the
Kazakh letters; XLSX is openpyxl's write-only workbook, which keeps no rows in
memory. In both, text that looks like a formula stays text.
"""

import csv
import io
import re
from decimal import Decimal

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "xlsx": XLSX_TYPE, "zip": "application/zip"}
# What a spreadsheet may run as a formula when a CSV cell starts with it (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"  # 80, not 80.00 or 8E+1
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    if not isinstance(value, str):
        return value
    return "'" + value if value[:1] in FORMULA_STARTS else value


class _Echo:
    """A file for csv.writer that hands each line back instead of keeping it."""

    def write(self, value):
        return value


def csv_lines(header, rows):
    """The CSV as lines of text, the byte-order mark first: for streaming a
    response, or for ``write_csv``."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(header)
    for row in rows:
        yield writer.writerow([csv_text(value) for value in row])


def write_csv(handle, header, rows):
    """Returns the number of rows written (the header not counted)."""
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="")  # the BOM is in the lines
    count = -1  # the header line is not a row
    for line in csv_lines(header, rows):
        text.write(line)
        count += 1
    text.flush()
    text.detach()  # leave the binary file open for the caller
    return count


def write_xlsx(handle, header, rows, title=""):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=re.sub(r"[\\/?*\[\]:]", " ", title)[:31] or None)
    sheet.append(list(header))
    count = 0
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value)
            if cell.data_type == "f":  # text that looks like a formula stays text
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(handle)
    return count


def write_zip(handle, rows):
    """Rows are files: (name in the archive, stored file, its time)."""
    from . import zips

    count = 0

    def counted():
        nonlocal count
        for row in rows:
            count += 1
            yield row

    zips.write(handle, counted())
    return count


def write(kind, handle, header, rows, title=""):
    if kind == "zip":
        return write_zip(handle, rows)
    if kind == "xlsx":
        return write_xlsx(handle, header, rows, title)
    return write_csv(handle, header, rows)

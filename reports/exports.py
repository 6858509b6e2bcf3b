"""Exports: CSV streamed row by row, XLSX written in constant memory."""

import csv
import tempfile

from django.http import FileResponse, StreamingHttpResponse


class _Echo:
    def write(self, value):
        return value


def stream_csv(filename, header, rows):
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff"  # so spreadsheet programs read the Kazakh letters as UTF-8
        yield writer.writerow(header)
        for row in rows:
            yield writer.writerow(row)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx(filename, header, rows):
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - closed by FileResponse
    book.save(handle)
    handle.seek(0)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def export(kind, filename, header, rows):
    return xlsx(filename, header, rows) if kind == "xlsx" else stream_csv(filename, header, rows)

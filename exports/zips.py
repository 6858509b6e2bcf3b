"""Stored files (certificates' PDFs) as one ZIP, written as it goes.

``stream`` yields the archive in pieces while the files are added, so a
school's few thousand certificates go to the browser without the archive
ever being whole in memory or on disk: ``zipfile`` writes to a sink that
cannot seek, and then puts each file's sizes after its data (a data
descriptor), which every unzip tool reads. ``write`` sends the same pieces to
an open file, for a ZIP prepared in the background (``writers.write``).
Files are stored, not compressed again: PDFs are compressed already.
"""

import io
import zipfile

from django.utils import timezone


class _Sink(io.RawIOBase):
    """A file that only collects what is written, until it is taken."""

    def __init__(self):
        self.pieces = []

    def writable(self):
        return True

    def write(self, data):
        self.pieces.append(bytes(data))
        return len(data)

    def take(self):
        data = b"".join(self.pieces)
        self.pieces.clear()
        return data


def stream(entries):
    """The ZIP of ``entries`` ((name in the archive, stored file, its time)) in pieces.
    A file missing from storage is left out rather than failing the rest."""
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        for name, stored, when in entries:
            try:
                with stored.open("rb") as handle:
                    data = handle.read()
            except FileNotFoundError:
                continue
            info = zipfile.ZipInfo(name, timezone.localtime(when).timetuple()[:6])
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
            yield sink.take()
    yield sink.take()  # the central directory


def write(handle, entries):
    """The ZIP of ``entries`` into the open binary file ``handle``."""
    for piece in stream(entries):
        handle.write(piece)

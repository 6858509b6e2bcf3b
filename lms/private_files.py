"""Private files: certificate PDFs and export files, which carry personal data.

They are kept in the storage named ``"private"`` in ``STORAGES``: on disk under
``PRIVATE_ROOT`` (``var/private/``), a folder no URL serves, since ``MEDIA_URL``
serves ``MEDIA_ROOT`` only; with S3, in a private bucket or prefix. Nobody
reaches them by address: a permission-checked view answers with
``file_response``, which streams a file from disk or redirects to a presigned
S3 address that expires within minutes.

File fields point at the storage with ``storage=private_storage`` (a callable),
so migrations name the callable and stay the same whatever the environment.
"""

import logging
from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.utils.functional import LazyObject, cached_property, empty
from django.utils.http import content_disposition_header

ALIAS = "private"

logger = logging.getLogger(__name__)


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on disk under ``settings.PRIVATE_ROOT`` (read when first used, and
    again when a test changes it). They have no URL: asking for one is a
    mistake that would otherwise point at ``MEDIA_URL``, where they are not."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise NotImplementedError("Private files have no URL; serve them through a view.")


class _PrivateStorage(LazyObject):
    """``storages["private"]``, looked up when first used and again after
    ``STORAGES`` changes (as Django does for ``default_storage``)."""

    def _setup(self):
        self._wrapped = storages[ALIAS]


_private = _PrivateStorage()


def private_storage():
    """The private storage, for ``FileField(storage=private_storage)``."""
    return _private


@receiver(setting_changed, dispatch_uid="lms.private_files.storages_changed")
def _storages_changed(*, setting, **kwargs):
    if setting == "STORAGES":
        _private._wrapped = empty


def file_response(field_file, filename, content_type):
    """Hand ``field_file`` to the person a view has already let through.

    On disk the file is streamed. In object storage the person is redirected
    to a presigned address, valid for the storage's ``querystring_expire``
    seconds, so the bytes do not pass through a web process. A file missing on
    disk is a 404, not a 500.
    """
    storage, name = field_file.storage, field_file.name
    try:
        storage.path(name)
    except NotImplementedError:  # object storage: no local path
        return HttpResponseRedirect(
            storage.url(
                name,
                parameters={
                    "ResponseContentDisposition": content_disposition_header(True, filename),
                    "ResponseContentType": content_type,
                },
            )
        )
    try:
        handle = storage.open(name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(handle, as_attachment=True, filename=filename, content_type=content_type)


def move_files(folder, source="default", target=ALIAS):
    """Move every file under ``folder`` from storage ``source`` to ``target``,
    keeping its name, so the rows that name it need no change. For the data
    migrations that took certificates and exports out of public media (and, in
    reverse, back). Safe to run again, or after a run that stopped half-way: a
    file already in ``target`` is not copied again, only its ``source`` copy
    removed. Returns the number of files moved or cleared."""
    origin, destination = storages[source], storages[target]
    if _place(origin) == _place(destination):
        logger.warning("Storages %r and %r are one place; nothing to move.", source, target)
        return 0
    moved = 0
    for name in _walk(origin, folder):
        if not destination.exists(name):
            with origin.open(name, "rb") as handle:
                stored = destination.save(name, handle)
            if stored != name:  # never expected: the name was free a moment ago
                raise RuntimeError(f"{name} was stored as {stored}")
        origin.delete(name)
        moved += 1
    if moved:
        logger.info("Moved %s files under %s/ from %r to %r.", moved, folder, source, target)
    return moved


def _place(storage):
    return getattr(storage, "bucket_name", None), str(getattr(storage, "location", ""))


def _walk(storage, folder):
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}"
    for name in folders:
        yield from _walk(storage, f"{folder}/{name}")


@register(Tags.security)
def check_private_root(app_configs, **kwargs):
    """Private files on disk must not sit where ``MEDIA_URL`` or the static
    files are served from."""
    backend = settings.STORAGES.get(ALIAS, {}).get("BACKEND", "")
    if not backend:
        return [Error("STORAGES has no 'private' storage.", id="lms.E001")]
    if backend != "lms.private_files.PrivateFileSystemStorage":
        return []
    private = Path(settings.PRIVATE_ROOT).resolve()
    for name in ("MEDIA_ROOT", "STATIC_ROOT"):
        served = Path(getattr(settings, name)).resolve()
        if private == served or served in private.parents:
            return [
                Error(
                    f"PRIVATE_ROOT ({private}) is inside {name} ({served}), which is served "
                    "to anyone.",
                    hint="Set PRIVATE_ROOT to a folder outside it, e.g. var/private.",
                    id="lms.E002",
                )
            ]
    return []

"""A school's or a region's certificates as one ZIP of their PDFs, from the
registry (its filters carried over). Up to ``STREAM_LIMIT`` files the ZIP is
streamed at once (``exports.zips``); above that, a page offers to prepare it
in the background (``exports``, kind ``certificates-zip``), where the same
exporter chooses the same certificates. Either way the ZIP leaves one audit
record, with the number of files, and names whose certificates it held.
"""

from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from wagtail.admin import messages

from audit import trail
from audit.models import AccessRecord
from exports import registry, zips

STREAM_LIMIT = 3000
KIND = "certificates-zip"


def entry_name(certificate):
    """``<number>-v<version>_<holder's name>.pdf``: unique, and readable in a school."""
    name = get_valid_filename(
        f"{certificate.number}-v{certificate.version} {certificate.holder_name}"
    )
    return f"{name[:150]}.pdf"


def entry(certificate):
    """What ``exports.zips`` adds for a certificate."""
    return (entry_name(certificate), certificate.pdf, certificate.issued_at)


def download(request):
    exporter = registry.get(KIND)
    if not exporter.allowed(request.user, {}):
        raise PermissionDenied
    params = exporter.clean(request.user, request.GET)
    if params is None:
        messages.error(request, _("Choose a region or a school first: the ZIP holds one place."))
        return redirect(reverse("certificate_registry:index") + "?" + request.GET.urlencode())
    certificates = exporter.queryset(request.user, params)
    count = certificates.count()
    if count > STREAM_LIMIT:
        return render(
            request,
            "certificates/admin/zip_background.html",
            {
                "count": count,
                "limit": STREAM_LIMIT,
                "place": exporter.describe(params),
                "params": [(key, value) for key, value in params.items() if key != "format"],
                "kind": KIND,
            },
        )
    reading = trail.Reading(request, AccessRecord.What.CERTIFICATES_ZIP)
    files = reading.rows(
        certificates.select_related(None).iterator(chunk_size=500),
        entry,
        lambda certificate: trail.subject(user_id=certificate.holder_id),
    )
    response = StreamingHttpResponse(zips.stream(files), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{exporter.filename(params)}.zip"'
    return response

"""Public verification and the holder's download."""

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from academy.ratelimit import client_address, count, limits
from audit import trail
from audit.models import AccessRecord
from lms.private_files import file_response

from . import uploads, verification
from .lookup import by_code, find

# Checks of uploaded files per client address (``CERTIFICATE_UPLOAD_RATE_LIMITS``).
UPLOAD_LIMITS = {"ip": "10/m,200/d"}


def verify(request, code):
    """Anyone, without an account: valid, revoked, superseded or not found."""
    certificate = by_code(code)
    status = 404 if certificate is None else 200
    context = {"certificate": certificate, "upload_form": uploads.VerifyFileForm()}
    return render(request, "certificates/verify.html", context, status=status)


class LookupForm(forms.Form):
    number = forms.CharField(label=_("Certificate number"), max_length=64)
    surname = forms.CharField(label=_("Holder's surname"), max_length=100)


@csrf_exempt  # checked in _check_file, once the upload handler is in place
@never_cache
def lookup(request):
    if request.method == "POST":
        return check_file(request)
    form = LookupForm(request.GET or None)
    certificate, searched = None, False
    if form.is_valid():
        searched = True
        certificate = find(form.cleaned_data["number"], form.cleaned_data["surname"])
    return _lookup_page(request, form=form, certificate=certificate, searched=searched)


def _lookup_page(request, status=200, **context):
    context = {"form": LookupForm(), "upload_form": uploads.VerifyFileForm(), **context}
    return render(request, "certificates/lookup.html", context, status=status)


def check_file(request):
    """An uploaded PDF or credential (``verification``), rate-limited per
    address like the API; kept in memory only (``uploads.InMemory``)."""
    configured = limits("CERTIFICATE_UPLOAD_RATE_LIMITS", UPLOAD_LIMITS)
    wait = count("certificate-upload", {"ip": client_address(request)}, configured)
    if wait:
        minutes = -(-wait // 60)
        response = _lookup_page(request, status=429, upload_wait_minutes=minutes)
        response["Retry-After"] = str(wait)
        return response
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > uploads.BODY_LIMIT:  # refused unread
        return _lookup_page(request, status=400, upload_form=uploads.refused(uploads.TOO_LARGE))
    request.upload_handlers = [uploads.InMemory(request)]
    try:
        request.POST  # noqa: B018 - read the body now, through the handler
    except MultiPartParserError:  # a broken body: Django would answer 500
        return _lookup_page(request, status=400, upload_form=uploads.refused(uploads.NOT_RECEIVED))
    return _check_file(request)


@csrf_protect
def _check_file(request):
    form = uploads.VerifyFileForm(request.POST, request.FILES)
    if not form.is_valid():
        return _lookup_page(request, status=400, upload_form=form)
    result = uploads.described(verification.check(form.cleaned_data["file"]))
    return _lookup_page(request, result=result)


def can_download(user, certificate):
    """The holder, or staff who may see certificates of the certificate's region."""
    from .filters import sees_every_region

    if not user.is_authenticated:
        return False
    if user.pk == certificate.holder_id:
        return True
    if not user.has_perm("certificates.view_certificate"):
        return False
    return sees_every_region(user) or (
        user.region_id is not None and user.region_id == certificate.region_id
    )


@never_cache
def download(request, code):
    """The PDF, for the holder and staff in scope; everyone else gets 404.
    The file is in private storage (lms/private_files.py): this is its only way out."""
    certificate = by_code(code)
    if certificate is None or not certificate.pdf:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can_download(request.user, certificate):
        raise Http404
    if request.user.pk != certificate.holder_id:  # staff opening someone's certificate
        trail.record(
            request,
            AccessRecord.What.CERTIFICATE_PDF,
            [trail.subject(user_id=certificate.holder_id)],
        )
    return file_response(
        certificate.pdf,
        filename=f"{certificate.number}-v{certificate.version}.pdf",
        content_type="application/pdf",
    )

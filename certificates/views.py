"""Public verification and the holder's download."""

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from audit import trail
from audit.models import AccessRecord
from lms.private_files import file_response

from .lookup import by_code, find


def verify(request, code):
    """Anyone, without an account: valid, revoked, superseded or not found."""
    certificate = by_code(code)
    status = 404 if certificate is None else 200
    return render(request, "certificates/verify.html", {"certificate": certificate}, status=status)


class LookupForm(forms.Form):
    number = forms.CharField(label=_("Certificate number"), max_length=64)
    surname = forms.CharField(label=_("Holder's surname"), max_length=100)


def lookup(request):
    form = LookupForm(request.GET or None)
    certificate, searched = None, False
    if form.is_valid():
        searched = True
        certificate = find(form.cleaned_data["number"], form.cleaned_data["surname"])
    return render(
        request,
        "certificates/lookup.html",
        {"form": form, "certificate": certificate, "searched": searched},
    )


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

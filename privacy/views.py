"""Agreeing again when the privacy notice has changed."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from . import consents
from .forms import AgreeForm
from .notice import current_version, notice_url


def _next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("users:landing")


@never_cache
@login_required
def agree(request):
    form = AgreeForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        consents.record(request, user=request.user)
        return redirect(_next(request))
    return render(
        request,
        "privacy/agree.html",
        {
            "form": form,
            "next": _next(request),
            "notice_url": notice_url(request),
            "version": current_version(request),
            "agreed": consents.agreed_version(request.user),
        },
        status=400 if form.is_bound else 200,
    )

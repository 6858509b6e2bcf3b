"""Agreeing again when the privacy notice has changed; downloading one's
data; giving and withdrawing the optional consents."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from academy import tokens
from lms.dates import show_datetime
from lms.private_files import file_response

from . import closing, consents, exports
from .forms import AgreeForm, ChoiceForm, CloseAccountForm
from .models import Consent, DataExport
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


def _ask(request, user=None, email=""):
    """Queue an export unless the day's limit is reached; say which."""
    wait_until = exports.next_allowed(user, email)
    if wait_until is not None:
        messages.error(
            request,
            ngettext(
                "You have asked for your data %(count)s time today. "
                "You can ask again after %(time)s.",
                "You have asked for your data %(count)s times today. "
                "You can ask again after %(time)s.",
                exports.per_day(),
            )
            % {"count": exports.per_day(), "time": show_datetime(wait_until)},
        )
        return False
    exports.ask(user, email)
    messages.success(
        request,
        _(
            "We are preparing your data. A letter with the link is on its way to %(email)s; "
            "it usually takes a few minutes."
        )
        % {"email": user.email if user else email},
    )
    return True


@never_cache
@login_required
def my_data(request):
    """What the platform holds about me: ask for a copy, see earlier ones;
    close my account, or keep it while it waits to be closed."""
    if request.method == "POST":
        _ask(request, user=request.user)
        return redirect("privacy:my_data")
    return _my_data_page(request)


def _my_data_page(request, close_form=None):
    """The page; with ``close_form``, sent back with its errors."""
    return render(
        request,
        "privacy/my_data.html",
        {
            "exports": exports.mine(request.user)[:10],
            "notice_url": notice_url(request),
            "closure": closing.pending(request.user),
            "close_form": close_form or CloseAccountForm(user=request.user),
            "closing_days": closing.cooling_off().days,
            "choices": consents.choices(user=request.user),
        },
        status=400 if close_form is not None else 200,
    )


def _choose(request, user=None, email=""):
    """Give or withdraw the optional consent the form names, for the account
    ``user`` or the guest ``email`` only; a message says what changed.
    False for a form that was tampered with."""
    form = ChoiceForm(request.POST)
    if not form.is_valid():
        return False
    purpose = Consent.Purpose(form.cleaned_data["purpose"])
    if form.cleaned_data["action"] == "give":
        consents.give(request, purpose, user=user, email=email)
        messages.success(
            request, _("Your consent is recorded: %(purpose)s.") % {"purpose": purpose.label}
        )
    else:
        consents.withdraw(purpose, user=user, email=email)
        messages.success(
            request,
            _("Your consent is withdrawn: %(purpose)s. It is no longer used.")
            % {"purpose": purpose.label},
        )
    return True


@require_POST
@login_required
def choose(request):
    """My data's "Your choices", for the signed-in person's own consents."""
    if not _choose(request, user=request.user):
        return HttpResponseBadRequest()
    return redirect(reverse("privacy:my_data") + "#choices")


@require_POST
def guest_choose(request, token):
    """The same for a guest, from the signed manage link in their letters."""
    email = tokens.email_from_manage_token(token)
    if not email:
        return render(request, "academy/bad_link.html", status=404)
    if not _choose(request, email=email):
        return HttpResponseBadRequest()
    return redirect(reverse("academy:registrations", args=[token]) + "#choices")


@require_POST
@login_required
def close_account(request):
    form = CloseAccountForm(request.POST, user=request.user)
    if not form.is_valid():
        return _my_data_page(request, close_form=form)
    closure = closing.ask(request.user)
    messages.warning(
        request,
        _(
            "Your account will be closed on %(date)s. Until then you can keep it here; "
            "a letter with the details is on its way."
        )
        % {"date": show_datetime(closure.due_at)},
    )
    return redirect("privacy:my_data")


@require_POST
@login_required
def keep_account(request):
    if closing.keep(request.user):
        messages.success(request, _("Your account stays open."))
    return redirect("privacy:my_data")


@never_cache
def guest_forget(request, token):
    """A guest deletes their registrations from the signed manage link,
    after a page that says what goes and asks again."""
    email = tokens.email_from_manage_token(token)
    if not email:
        return render(request, "academy/bad_link.html", status=404)
    if request.method == "POST":
        deleted = closing.forget_guest(email)
        return render(request, "privacy/guest_forgotten.html", {"deleted": deleted})
    return render(request, "privacy/guest_forget.html", {"email": email, "token": token})


@require_POST
def guest_data(request, token):
    """A guest asks from the signed manage link in their letters."""
    email = tokens.email_from_manage_token(token)
    if not email:
        return render(request, "academy/bad_link.html", status=404)
    _ask(request, email=email)
    return redirect("academy:registrations", token=token)


@never_cache
def download(request, token):
    """The link from the letter. An account's export needs that account
    signed in; a guest's is reached by the secret link alone."""
    export = get_object_or_404(DataExport, token=token)
    if export.user_id is not None:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if request.user.pk != export.user_id:
            raise Http404
    if not export.is_ready or not export.file:
        return render(request, "privacy/export_gone.html", {"export": export}, status=410)
    return file_response(export.file, f"bilim-my-data-{export.pk}.zip", "application/zip")

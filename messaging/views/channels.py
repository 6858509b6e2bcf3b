"""A person changes their own channels from My academy: every action a POST,
for the signed-in person's own rows, or a guest's through the signed link of
their letters. Someone else's contact is not found (404)."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy import tokens

from .. import contacts, links, overview, phone_codes, phones
from ..channels import Channel, sms_offered, telegram_offered
from ..forms import FirstChannelForm, PhoneForm
from ..people import Person


def for_person(view):
    """Calls ``view(request, person, back, token)`` for the signed-in
    person, or the guest of a genuine signed link."""

    @require_POST
    @wraps(view)
    def wrapped(request, *args, token=None, **kwargs):
        if token is not None:
            email = tokens.email_from_manage_token(token)
            if not email:
                return render(request, "academy/bad_link.html", status=404)
            person, back = Person(email=email), reverse("academy:registrations", args=[token])
        elif request.user.is_authenticated:
            person, back = Person(user=request.user), reverse("academy:my")
        else:
            return redirect_to_login(reverse("academy:my"))
        return view(request, person, back + "#channels", token, *args, **kwargs)

    return wrapped


@for_person
def telegram_link(request, person, back, token):
    """A fresh one-time token, and on to the bot: pressing Start there links."""
    if not telegram_offered():
        raise Http404
    language = getattr(person.user, "preferred_language", "") or get_language()
    return redirect(links.deep_link(links.new_token(person, language)))


def _page(request, token, **forms):
    from academy.views import parents

    return parents.page(request, token=token, status=400, **forms)


@for_person
def phone(request, person, back, token):
    """A number and the tick: a code goes to it by SMS (the number is used once it comes back)."""
    if not sms_offered():
        raise Http404
    form = PhoneForm(request.POST)
    if not form.is_valid():
        return _page(request, token, phone_form=form)
    language = getattr(person.user, "preferred_language", "") or get_language()
    try:
        check = contacts.set_phone(request, person, form.cleaned_data["phone"], language)
    except phone_codes.CodeError as error:
        form.add_error("phone", str(error))
        return _page(request, token, phone_form=form)
    if check is None:
        messages.success(request, _("This number is already confirmed: messages come by SMS."))
    else:
        messages.success(request, sent(check))
    return redirect(back)


def sent(check):
    return _("We sent a code by SMS to %(phone)s. Enter it below to start the messages there.") % {
        "phone": phones.mask(check.phone)
    }


@for_person
def phone_code(request, person, back, token):
    """The code from the SMS: right, and the number is the person's SMS contact."""
    if not sms_offered():
        raise Http404
    check = phone_codes.pending(person)
    form = overview.code_form(check, request.POST)
    if check is None:
        messages.error(
            request, _("There is no number waiting for a code. Enter your number again.")
        )
        return redirect(back)
    if not form.is_valid():
        return _page(request, token, code_form=form)
    try:
        contacts.confirm_phone(request, person, form.cleaned_data["code"])
    except phone_codes.CodeError as error:
        form.add_error("code", str(error))
        return _page(request, token, code_form=form)
    messages.success(request, _("Your number is confirmed: messages will come by SMS."))
    return redirect(back)


@for_person
def phone_resend(request, person, back, token):
    """Send the code again: a new code to the number waiting for one."""
    if not sms_offered():
        raise Http404
    try:
        check = phone_codes.resend(person)
    except phone_codes.CodeError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, sent(check))
    return redirect(back)


@for_person
def first(request, person, back, token):
    form = FirstChannelForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest()
    contacts.set_first(person, form.cleaned_data["first"])
    messages.success(
        request,
        _("Saved: messages go to %(channel)s first.")
        % {"channel": Channel(form.cleaned_data["first"]).label},
    )
    return redirect(back)


@for_person
def unlink(request, person, back, token, pk):
    if not contacts.unlink(person, pk):
        raise Http404
    messages.success(request, _("Done: nothing more will be sent there."))
    return redirect(back)

""" "My academy" for parents with an account, and the same overview through
the signed link for parents who registered with only a name and e-mail."""

from csp.decorators import csp_update
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from privacy import consents

from .. import attendance, codes, programme, services, tokens
from ..models import ProgrammePage, Registration
from . import identity


def overview(user=None, email=None):
    """Sessions (upcoming and past), attendance, recordings and progress
    towards each programme's certificate."""
    now = timezone.now()
    registrations = list(
        services.registrations_of(user, email)
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("session__school", "attendance")
        .order_by("session__starts_at")
    )
    programme.label_sessions([r.session for r in registrations])
    for registration in registrations:
        registration.checkin_open = registration.is_confirmed and codes.is_open(
            registration.session, now
        )
        registration.position = services.waitlist_position(registration)
        # The way in while the room is open, as on the session page.
        session = registration.session
        registration.join_url = (
            reverse("academy:join", args=[tokens.join_token(registration)])
            if registration.checkin_open and session.on_webinar and not session.is_cancelled
            else ""
        )
    person_email = (user.email if user else email or "").lower()
    keys = {r.session.programme_key for r in registrations}
    names = programme.titles(ProgrammePage, keys)
    progress = [
        {"title": names.get(key, ""), **attendance.progress(person_email, key)} for key in keys
    ]
    for item in progress:
        required = item["required"] or 0
        item["percent"] = min(100, item["attended"] * 100 // required) if required else 0
    return {
        "upcoming": [r for r in registrations if r.session.ends_at >= now],
        "past": [r for r in registrations if r.session.ends_at < now],
        "progress": progress,
    }


def page(request, token=None, phone_form=None, code_form=None, status=200):
    """My academy: the signed-in person's, or with ``token`` the guest's of
    the signed link; ``phone_form`` or ``code_form`` sent back with its errors."""
    from messaging.people import Person

    if token is None:
        context = overview(user=request.user)
        # With nothing booked, the next step is a session at the parent's school.
        own_school = request.user.school if not context["upcoming"] else None
        context.update(has_account=True, own_school=own_school)
        person = Person(user=request.user)
    else:
        email = tokens.email_from_manage_token(token)
        if not email:
            return render(request, "academy/bad_link.html", status=404)
        identity.remember(request, email)
        context = overview(email=email)
        context.update(
            has_account=False, email=email, token=token, choices=consents.choices(email=email)
        )
        person = Person(email=email)
    context["channels"] = overview_channels(
        person, token=token, phone_form=phone_form, code_form=code_form
    )
    return telegram_allowed(render(request, "academy/my_academy.html", context, status=status))


# "Link Telegram" posts to us and is sent on to the bot (t.me/<bot>?start=…):
# browsers hold a form's redirect to the page's form-action too. Only this page
# widens the site's policy, and only by Telegram's address.
telegram_allowed = csp_update({"form-action": ["https://t.me"]})(lambda response: response)


def overview_channels(person, token=None, phone_form=None, code_form=None):
    from messaging.overview import channels

    return channels(person, token=token, phone_form=phone_form, code_form=code_form)


@login_required
@never_cache
def my_academy(request):
    return page(request)


@never_cache
def registrations(request, token):
    """The signed link from every letter: no password needed."""
    return page(request, token=token)

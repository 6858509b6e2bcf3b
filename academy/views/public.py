"""Pages anyone can open: find a school's academy, its sessions, a session
with the registration form, the join link and a public calendar file."""

import math

from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from directory.models import School
from privacy import consents
from privacy.forms import optional_purposes
from webinars import meetings
from webinars import recordings as webinar_recordings

from .. import attendance, codes, emails, ics, programme, ratelimit, services, tokens
from ..forms import CheckInForm, FindSchoolForm, RegistrationForm
from ..models import ProgrammePage, Registration, Session, with_marks
from . import identity
from .manage import manages

CONFIRMED = Q(registrations__status=Registration.Status.CONFIRMED)


def index(request):
    """Find a school's academy: region → district → school."""
    form = FindSchoolForm(request.GET or None)
    if form.is_bound and form.is_valid() and form.cleaned_data.get("school"):
        return redirect("academy:school", code=form.cleaned_data["school"].code)
    programmes = ProgrammePage.objects.live().filter(locale=Locale.get_active())
    own_school = request.user.school if request.user.is_authenticated else None
    return render(
        request,
        "academy/index.html",
        {"form": form, "programmes": programmes, "own_school": own_school},
    )


def with_seats(sessions):
    return sessions.select_related("topic").annotate(taken=Count("registrations", filter=CONFIRMED))


def labelled(sessions):
    """Titles in the page's language and the seats left."""
    sessions = programme.label_sessions(sessions)
    for session in sessions:
        session.seats_left = max(0, session.capacity - session.taken)
    return sessions


def school(request, code):
    # PostgreSQL refuses a NUL byte in a query outright; no code has one, or is that long.
    if "\x00" in code or len(code) > School._meta.get_field("code").max_length:
        raise Http404
    school = get_object_or_404(School.objects.select_related("district", "region"), code=code)
    now = timezone.now()
    sessions = with_marks(with_seats(Session.objects.filter(school=school)))
    upcoming = labelled(sessions.filter(ends_at__gte=now).order_by("starts_at")[:50])
    past = labelled(
        sessions.filter(ends_at__lt=now, status=Session.Status.SCHEDULED).order_by("-starts_at")[
            :20
        ]
    )
    return render(
        request,
        "academy/school.html",
        {"school": school, "upcoming": upcoming, "past": past},
    )


@never_cache
def session_detail(request, pk):
    session = get_object_or_404(with_seats(Session.objects.select_related("school")), pk=pk)
    user, email = identity.person(request)
    registration = services.registration_in(session, user, email)
    form = RegistrationForm(user=request.user)
    wait = 0
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "register":
            form = RegistrationForm(request.POST, user=request.user)
            if form.is_valid():
                wait = _too_many(request, session, form)
                if not wait:
                    _register(request, session, form)
                    return redirect("academy:session", pk=session.pk)
        elif registration is not None and action == "checkin":
            wait = _check_in(request, registration)
            if not wait:
                return redirect("academy:session", pk=session.pk)
        elif registration is not None and action == "cancel":
            _cancel(request, registration)
            return redirect("academy:session", pk=session.pk)
        else:
            messages.error(request, _("Open the link from your e-mail, or sign in, first."))
            return redirect("academy:session", pk=session.pk)
    labelled([session])
    now = timezone.now()
    # The code from the QR link prefills the form; anything but its digits is dropped.
    code_in_link = "".join(c for c in request.GET.get("code", "")[:20] if c in "0123456789")
    context = {
        "session": session,
        "registration": registration,
        "position": services.waitlist_position(registration) if registration else None,
        "form": form,
        "checkin_form": CheckInForm(initial={"code": code_in_link}),
        "checkin_open": codes.is_open(session, now),
        "checkin_opens": codes.window(session)[0],
        "can_register": not session.is_cancelled and now < session.ends_at,
        "can_cancel": registration is not None
        and not session.is_cancelled
        and now < session.starts_at,
        "ended": now > session.ends_at,
        "topic": programme.topic_page(session.topic_key),
        "code_in_link": code_in_link,
        **_webinar_context(request, session, registration, now),
    }
    if wait:
        response = render(request, "academy/session.html", context, status=429)
        response["Retry-After"] = str(wait)
        return response
    return render(request, "academy/session.html", context)


def _webinar_context(request, session, registration, now):
    """The way into the webinar room and its recordings: for the registrant
    with a seat and for whoever manages the session, no one else."""
    if not session.on_webinar:
        return {}
    seated = registration is not None and registration.is_confirmed
    staff = manages(request.user, session)
    room_open = not session.is_cancelled and codes.is_open(session, now)
    return {
        "webinar_join_url": reverse("academy:join", args=[tokens.join_token(registration)])
        if seated and room_open
        else "",
        "webinar_start_url": reverse("webinars:start", args=[session.pk])
        if staff and room_open
        else "",
        "webinar_opens": codes.window(session)[0] if seated and now < session.starts_at else None,
        "webinar_recordings": webinar_recordings.for_session(session)
        if (seated or staff) and now > session.ends_at
        else [],
    }


def _too_many(request, session, form):
    """Guests only: count the attempt; over a limit, say when to try again
    (the form keeps what was typed). Registering again for the same session
    takes no seat and sends no letter, so it is not counted. Returns the
    seconds to wait, or 0."""
    email = form.cleaned_data["email"]
    if request.user.is_authenticated or services.registration_in(session, email=email):
        return 0
    wait = ratelimit.hit(request, email)
    if wait:
        minutes = max(1, math.ceil(wait / 60))
        form.add_error(
            None,
            ngettext(
                "Too many registrations from this network or with this e-mail address. "
                "Please try again in %(count)d minute.",
                "Too many registrations from this network or with this e-mail address. "
                "Please try again in %(count)d minutes.",
                minutes,
            )
            % {"count": minutes},
        )
    return wait


def _register(request, session, form):
    language = programme.current_language()
    try:
        registration, created = services.register(
            session,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            user=request.user,
            language=language,
        )
    except services.AcademyError as error:
        messages.error(request, str(error))
        return
    if "consent" in form.fields:
        consents.record(request, email=registration.email, registration=registration)
        for purpose in optional_purposes(form.cleaned_data):
            consents.give(request, purpose, email=registration.email, registration=registration)
    if not created:
        messages.info(request, _("You are already registered for this session with this e-mail."))
    elif registration.is_confirmed:
        messages.success(
            request,
            _(
                "You are registered. A confirmation with a calendar file is on its way to "
                "%(email)s; it also has a link to manage your registration."
            )
            % {"email": registration.email},
        )
    else:
        messages.warning(
            request,
            _(
                "The session is full: you are number %(position)s on the waiting list. "
                "We will write to %(email)s if a seat frees up."
            )
            % {"position": services.waitlist_position(registration), "email": registration.email},
        )


def _cancel(request, registration):
    try:
        services.cancel_registration(registration)
    except services.AcademyError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your registration is cancelled."))


def _check_in(request, registration):
    """Check in with the code typed. Wrong codes are limited per registration
    and per address (``ratelimit``): once locked, even the right code is
    refused until the window ends. Returns the seconds to wait, or 0."""
    wait = ratelimit.checkin_locked(request, registration)
    if not wait:
        form = CheckInForm(request.POST)
        code = form.cleaned_data["code"] if form.is_valid() else ""
        try:
            attendance.check_in(registration, code)
        except attendance.WrongCode as error:
            wait = ratelimit.checkin_failed(request, registration)
            if not wait:
                messages.error(request, str(error))
                return 0
        except services.AcademyError as error:
            messages.error(request, str(error))
            return 0
        else:
            messages.success(request, _("You are checked in. Thank you for coming!"))
            return 0
    minutes = max(1, math.ceil(wait / 60))
    messages.error(
        request,
        ngettext(
            "Too many wrong codes. Please try again in %(count)d minute, "
            "or ask the facilitator to mark you present.",
            "Too many wrong codes. Please try again in %(count)d minutes, "
            "or ask the facilitator to mark you present.",
            minutes,
        )
        % {"count": minutes},
    )
    return wait


@never_cache
def join(request, token):
    """The platform's join link: record the join, then on to the meeting."""
    registration_id = tokens.registration_id_from_join_token(token)
    registration = (
        Registration.objects.select_related("session").filter(pk=registration_id).first()
        if isinstance(registration_id, int)
        else None
    )
    if registration is None:
        raise Http404
    # The link is also in the calendar file, which may be shared: it records
    # the join and nothing more (only the manage link identifies the visitor).
    session = registration.session
    now = timezone.now()
    has_meeting = session.meeting_url or session.on_webinar
    if session.is_cancelled or not registration.is_confirmed or not has_meeting:
        messages.error(request, _("This link does not lead to a meeting now."))
        return redirect("academy:session", pk=session.pk)
    if now > session.ends_at:
        messages.info(request, _("The session is over."))
        return redirect("academy:session", pk=session.pk)
    if session.on_webinar:
        return _join_webinar(request, registration, now)
    attendance.record_join(registration, now)
    return redirect(session.meeting_url)


def _join_webinar(request, registration, now):
    """Into the session's room on our BigBlueButton server, as the registrant:
    presence there is the time stayed, so the click itself marks nothing."""
    try:
        url = meetings.join_url(registration, now)
    except meetings.WebinarUnavailable as error:
        messages.error(request, str(error))
        return redirect("academy:session", pk=registration.session_id)
    attendance.record_join(registration, now, by_rule=False)
    return redirect(url)


def calendar(request, pk):
    session = get_object_or_404(Session.objects.select_related("school"), pk=pk)
    programme.label_sessions([session])
    body = ics.calendar(
        uid=emails.event_uid(session),
        start=session.starts_at,
        end=session.ends_at,
        summary=session.title,
        location=", ".join(p for p in (session.room, session.school.name) if p)
        if session.is_in_person
        else "",
        url=emails.absolute(reverse("academy:session", args=[session.pk])),
        sequence=session.sequence,
        cancelled=session.is_cancelled,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response

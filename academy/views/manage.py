"""The school coordinator's pages: schedule, edit and cancel sessions, the
register with marks and walk-ins, the check-in code, exports and attendance
rates.

Scope is checked on the server in every view: a coordinator sees only the
sessions of their own school (``user.school``), and any other session is a
404, as if it did not exist; superusers see every school.
"""

from functools import wraps

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from audit import trail
from audit.models import AccessRecord
from users.roles import SCHOOL_COORDINATORS

from .. import attendance, codes, emails, exports, programme, services, stats, tokens
from ..forms import MarkForm, RecordingForm, SessionForm, WalkInForm
from ..models import Attendance, Registration, Session, with_marks

# The four marks as the register's buttons: short words for a phone.
DOOR_MARKS = [
    (Attendance.Mark.PRESENT, pgettext_lazy("attendance button", "Present")),
    (Attendance.Mark.LATE, pgettext_lazy("attendance button", "Late")),
    (Attendance.Mark.EXCUSED, pgettext_lazy("attendance button", "Excused")),
    (Attendance.Mark.ABSENT, pgettext_lazy("attendance button", "Absent")),
]


def is_coordinator(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return bool(user.school_id) and user.groups.filter(name=SCHOOL_COORDINATORS).exists()


def manages(user, session):
    """Whether ``user`` may manage ``session`` (the scope of ``in_scope``)."""
    if not is_coordinator(user):
        return False
    return user.is_superuser or user.school_id == session.school_id


def coordinator_required(view):
    @wraps(view)
    @login_required
    @never_cache
    def wrapper(request, *args, **kwargs):
        if not is_coordinator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def in_scope(user):
    sessions = with_marks(Session.objects.select_related("school", "topic"))
    return sessions if user.is_superuser else sessions.filter(school_id=user.school_id)


def scoped(request, pk):
    return get_object_or_404(in_scope(request.user), pk=pk)


@coordinator_required
def dashboard(request):
    now = timezone.now()
    sessions = in_scope(request.user).annotate(
        taken=Count("registrations", filter=Q(registrations__status="confirmed")),
        waiting=Count("registrations", filter=Q(registrations__status="waitlisted")),
    )
    return render(
        request,
        "academy/manage/dashboard.html",
        {
            "upcoming": programme.label_sessions(
                sessions.filter(ends_at__gte=now).order_by("starts_at")[:100]
            ),
            "past": programme.label_sessions(
                sessions.filter(ends_at__lt=now).order_by("-starts_at")[:50]
            ),
            "school": request.user.school,
        },
    )


@coordinator_required
def create(request):
    superuser = request.user.is_superuser
    form = SessionForm(request.POST or None, choose_school=superuser)
    if form.is_valid():
        school = form.cleaned_data["school_code"] if superuser else request.user.school
        try:
            session = services.schedule(
                school,
                topic_key=form.cleaned_data["topic"],
                by=request.user,
                **form.session_fields(),
            )
        except services.AcademyError as error:
            form.add_error("topic", str(error))
        else:
            messages.success(request, _("The session is scheduled."))
            return redirect("academy:manage_register", pk=session.pk)
    return render(request, "academy/manage/session_form.html", {"form": form, "session": None})


@coordinator_required
def edit(request, pk):
    session = scoped(request, pk)
    form = SessionForm(request.POST or None, instance=session)
    if form.is_valid():
        try:
            services.update(session, topic_key=form.cleaned_data["topic"], **form.session_fields())
        except services.AcademyError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The session is saved."))
        return redirect("academy:manage_register", pk=session.pk)
    programme.label_sessions([session])
    return render(request, "academy/manage/session_form.html", {"form": form, "session": session})


@coordinator_required
@require_http_methods(["GET", "POST"])
def cancel(request, pk):
    session = scoped(request, pk)
    if request.method == "POST":
        services.cancel_session(session)
        messages.success(request, _("The session is cancelled; everyone registered is told."))
        return redirect("academy:manage")
    programme.label_sessions([session])
    return render(request, "academy/manage/cancel.html", {"session": session})


@coordinator_required
def register(request, pk):
    """The register at the door: one card per person with a seat and four
    marks that save at once (``mark``), undo for the last change, walk-ins,
    the recording; marks for everyone at once stay for the end of a session."""
    session = scoped(request, pk)
    confirmed = list(
        session.registrations.filter(status=Registration.Status.CONFIRMED)
        .select_related("attendance")
        .order_by("name", "pk")
    )
    mark_form = MarkForm(registrations=confirmed)
    recording_form = RecordingForm(initial={"recording_url": session.recording_url})
    walk_in_form = WalkInForm()
    if request.method == "POST":
        if request.POST.get("action") == "walk_in":
            walk_in_form = WalkInForm(request.POST)
            if _add_walk_in(request, session, walk_in_form):
                return redirect("academy:manage_register", pk=session.pk)
        elif request.POST.get("action") == "recording":
            recording_form = RecordingForm(request.POST)
            if recording_form.is_valid():
                services.attach_recording(session, recording_form.cleaned_data["recording_url"])
                messages.success(request, _("The recording is attached."))
                return redirect("academy:manage_register", pk=session.pk)
        else:
            mark_form = MarkForm(request.POST, registrations=confirmed)
            if mark_form.is_valid():
                marked = attendance.mark(
                    session, mark_form.chosen_ids(), mark_form.cleaned_data["mark"], request.user
                )
                messages.success(request, _("Marked: %(count)d.") % {"count": marked.count})
                _warn_withdrawn(request, marked.withdrawn)
                return redirect("academy:manage_register", pk=session.pk)
    programme.label_sessions([session])
    waiting = list(session.registrations.filter(status=Registration.Status.WAITLISTED))
    trail.record(
        request,
        AccessRecord.What.ACADEMY_REGISTER,
        [trail.subject(r.user_id, r.pk) for r in confirmed + waiting],
    )
    counts = attendance.counts(session)
    walk_ins_from = codes.window(session)[0]
    last = attendance.undoable(session, request.session.get(_undo_key(session)), request.user)
    return render(
        request,
        "academy/manage/register.html",
        {
            "session": session,
            "confirmed": confirmed,
            "door_marks": DOOR_MARKS,
            "waiting": waiting,
            "attended": counts["attended"],
            "counts": counts,
            "count_text": _count_text(counts),
            "marks_open": attendance.marks_open(session),
            "last_change": last,
            "last_change_text": _change_text(last.registration, last.mark) if last else "",
            "undo_token": request.session.get(_undo_key(session)) if last else "",
            "mark_form": mark_form,
            "recording_form": recording_form,
            "walk_in_form": walk_in_form,
            "walk_ins_from": walk_ins_from,
            "walk_ins_open": not session.is_cancelled and timezone.now() >= walk_ins_from,
            "facilitator_url": emails.absolute(
                reverse("academy:facilitator_code", args=[tokens.facilitator_token(session)])
            ),
            "webinar_open": session.on_webinar and codes.is_open(session),
        },
    )


def _undo_key(session):
    return f"academy-undo-{session.pk}"


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _change_text(registration, value):
    label = Attendance.Mark(value).label if value else _("not marked")
    return _("%(name)s: %(mark)s.") % {"name": registration.name, "mark": label}


def _warn_withdrawn(request, withdrawn):
    if withdrawn:
        messages.warning(request, _withdrawn_text(withdrawn))


def _withdrawn_text(withdrawn):
    return _(
        "Revoked, as attendance no longer reaches the requirement: certificates %(numbers)s."
    ) % {"numbers": ", ".join(c.number for c in withdrawn)}


def _change_response(request, session, change, message, undo_token):
    """JSON for the register's script; else a message and the register again."""
    withdrawn = [change.withdrawn] if change.withdrawn else []
    if _wants_json(request):
        counts = attendance.counts(session)
        return JsonResponse(
            {
                "registration": change.registration.pk,
                "mark": change.attendance.mark,
                "message": message,
                "warning": _withdrawn_text(withdrawn) if withdrawn else "",
                "undo": undo_token,
                "counts": counts,
                "count_text": _count_text(counts),
            }
        )
    if not undo_token:  # a mark shows in the register's bar, with its undo
        messages.success(request, message)
    _warn_withdrawn(request, withdrawn)
    url = reverse("academy:manage_register", args=[session.pk])
    return redirect(f"{url}#person-{change.registration.pk}")


def _refusal(request, session, error):
    if _wants_json(request):
        return JsonResponse({"error": str(error)}, status=400)
    messages.error(request, str(error))
    return redirect("academy:manage_register", pk=session.pk)


def _count_text(counts):
    return _("Checked in: %(attended)s of %(seats)s") % counts


@coordinator_required
@require_POST
def mark(request, pk):
    """One mark, from a tap on the register: JSON for the script (400 with
    the reason if refused), a redirect back without it."""
    session = scoped(request, pk)
    registration, value = request.POST.get("registration", ""), request.POST.get("mark", "")
    if "choice" in request.POST:  # the register's buttons without the script: "<id>:<mark>"
        registration, _sep, value = request.POST["choice"].partition(":")
    try:
        if not (registration.isascii() and registration.isdigit() and len(registration) < 10):
            raise services.AcademyError(_("Say whose mark it is."))
        change = attendance.mark_one(session, int(registration), value, request.user)
    except services.AcademyError as error:
        return _refusal(request, session, error)
    token = attendance.undo_token(change, request.user)
    request.session[_undo_key(session)] = token
    message = _change_text(change.registration, change.attendance.mark)
    return _change_response(request, session, change, message, token)


@coordinator_required
@require_POST
def undo(request, pk):
    """Put back what the last tap replaced."""
    session = scoped(request, pk)
    try:
        change = attendance.undo(session, request.POST.get("undo", ""), request.user)
    except services.AcademyError as error:
        return _refusal(request, session, error)
    request.session.pop(_undo_key(session), None)
    message = _("Undone. %(change)s") % {
        "change": _change_text(change.registration, change.attendance.mark)
    }
    return _change_response(request, session, change, message, "")


@coordinator_required
@require_http_methods(["GET", "POST"])
def remove(request, pk, registration_pk):
    """Take someone off the register, after a confirmation page."""
    session = scoped(request, pk)
    registration = get_object_or_404(
        session.registrations.filter(status__in=Registration.ACTIVE), pk=registration_pk
    )
    if request.method == "POST":
        removed, withdrawn = services.remove_registration(registration)
        messages.success(
            request, _("%(name)s is removed from the register.") % {"name": removed.name}
        )
        _warn_withdrawn(request, [withdrawn] if withdrawn else [])
        return redirect("academy:manage_register", pk=session.pk)
    programme.label_sessions([session])
    return render(
        request,
        "academy/manage/remove.html",
        {"session": session, "registration": registration},
    )


def _add_walk_in(request, session, form):
    """Add the walk-in of a valid form; a refusal goes on the form. True if added."""
    if not form.is_valid():
        return False
    try:
        registration, created = attendance.add_walk_in(
            session,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            by=request.user,
            language=programme.current_language(),
        )
    except services.AcademyError as error:
        form.add_error(None, str(error))
        return False
    if created:
        messages.success(
            request, _("%(name)s is added and marked present.") % {"name": registration.name}
        )
    else:
        messages.success(
            request,
            _("%(name)s was already registered with this e-mail and is now marked present.")
            % {"name": registration.name},
        )
    return True


def _code_page(request, session):
    now = timezone.now()
    context = {"session": session, "open": codes.is_open(session, now)}
    if context["open"]:
        code = codes.current_code(session, now)
        url = emails.absolute(reverse("academy:session", args=[session.pk])) + f"?code={code}"
        qr = segno.make(url, error="m").svg_inline(
            scale=8, omitsize=True, title=_("QR code to check in")
        )
        context.update(
            code=code,
            checkin_url=url,
            qr=mark_safe(qr),  # noqa: S308 - SVG made by segno from our own URL
            refresh=codes.seconds_left(now) + 1,
        )
    else:
        context["opens"] = codes.window(session)[0]
    programme.label_sessions([session])
    return render(request, "academy/manage/code.html", context)


@coordinator_required
def code(request, pk):
    return _code_page(request, scoped(request, pk))


@never_cache
def facilitator_code(request, token):
    """The code screen for a facilitator without an account, by a signed link
    the coordinator passes on."""
    session = tokens.session_from_facilitator_token(
        token, Session.objects.select_related("school", "topic")
    )
    if session is None:
        raise Http404
    return _code_page(request, session)


@coordinator_required
def export(request, pk, extension):
    return exports.response(
        scoped(request, pk),
        extension,
        trail.Reading(request, AccessRecord.What.ACADEMY_REGISTER_EXPORT),
    )


@coordinator_required
def rates(request):
    sessions = in_scope(request.user)
    return render(
        request,
        "academy/manage/rates.html",
        {"sessions": stats.per_session(sessions), "topics": stats.per_topic(sessions)},
    )

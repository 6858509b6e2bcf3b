"""The two doors of webinars: staff starting the room, and BigBlueButton
telling us a meeting ended."""

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from academy.views.manage import coordinator_required, scoped

from . import meetings, presence


@coordinator_required
def start(request, pk):
    """ "Start the webinar": the coordinator (or facilitator with the
    coordinator's rights) enters the room as moderator."""
    session = scoped(request, pk)
    if not session.on_webinar:
        raise Http404
    try:
        url = meetings.staff_join_url(session, request.user)
    except meetings.WebinarUnavailable as error:
        messages.error(request, str(error))
        return redirect("academy:manage_register", pk=session.pk)
    return redirect(url)


@never_cache
@require_GET
def ended(request, token):
    """BigBlueButton's ``meta_endCallbackUrl`` (a GET when the meeting ends):
    a genuine token closes its meeting; anything else is refused, 403 (a 404
    outside the language prefix would be redirected into it)."""
    meeting = meetings.meeting_from_end_token(token)
    if meeting is None:
        return HttpResponseForbidden("unknown meeting", content_type="text/plain")
    presence.close_meeting(meeting.pk)
    return HttpResponse("ok", content_type="text/plain")

"""Start an export, follow it, download it, list one's own.

A job is seen only by the person who asked (and superusers); anyone else gets
404. The exporter's ``allowed`` is asked again at download, since rights change.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit import trail
from lms.private_files import file_response

from . import registry, services, writers
from .models import ExportJob

RECENT = 30  # jobs on "My exports"


def start(request, kind, data):
    """Create the job ``kind`` from ``data`` (``format`` = csv|xlsx plus the
    exporter's own fields) and redirect to its page. Call it from a POST: it
    refuses other methods, so a link cannot start work on someone's behalf."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    exporter = registry.get(kind)
    if exporter is None:
        raise Http404
    params = exporter.clean(request.user, data)
    if params is None:
        raise Http404
    asked = data.get("format")
    params["format"] = asked if asked in exporter.formats else exporter.formats[0]
    if not exporter.allowed(request.user, params):
        raise PermissionDenied
    same = services.find_active(request.user, kind, params)
    if same is not None:
        return redirect(same)  # a second click follows the first job
    if services.active_count(request.user) >= services.ACTIVE_LIMIT:
        messages.error(
            request, _("You have several exports in progress. Please wait until one is ready.")
        )
        return redirect("exports:list")
    return redirect(
        services.create(request.user, kind, params, address=trail.client_address(request))
    )


@require_POST
def start_view(request, kind):
    return start(request, kind, request.POST)


def _job(request, pk):
    jobs = ExportJob.objects.filter(expires_at__gt=timezone.now())
    if not request.user.is_superuser:
        jobs = jobs.filter(user=request.user)
    return get_object_or_404(jobs, pk=pk)


@login_required
def job_detail(request, pk):
    job = _job(request, pk)
    exporter = registry.get(job.kind)
    return render(
        request,
        "exports/export_job.html",
        {
            "job": job,
            "title": exporter.title if exporter else job.kind,
            "description": exporter.describe(job.params) if exporter else "",
            "refresh_seconds": 3 if job.is_active else None,
        },
    )


@login_required
def download(request, pk):
    job = _job(request, pk)
    if job.status != ExportJob.Status.DONE or not job.file:
        raise Http404
    exporter = registry.get(job.kind)
    if exporter is None or not exporter.allowed(request.user, job.params):
        raise PermissionDenied
    # The file is in private storage (lms/private_files.py): this is its only way out.
    return file_response(
        job.file,
        filename=job.filename,
        content_type=writers.CONTENT_TYPES.get(job.format, "application/octet-stream"),
    )


@login_required
def job_list(request):
    jobs = list(ExportJob.objects.filter(user=request.user, expires_at__gt=timezone.now())[:RECENT])
    for job in jobs:
        exporter = registry.get(job.kind)
        job.title = exporter.title if exporter else job.kind
    return render(
        request,
        "exports/export_job_list.html",
        {"jobs": jobs, "refresh_seconds": 5 if any(job.is_active for job in jobs) else None},
    )

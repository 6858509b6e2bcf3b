"""Pages of one's own account."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from certificates.models import Certificate
from courses.dashboard import learning_summary
from courses.services import open_courses

from .landing import landing_url
from .models import Role


@login_required
def landing(request):
    """Where sign-in leads (``LOGIN_REDIRECT_URL``) when no ``next`` is given:
    the page where this person's work is."""
    return redirect(landing_url(request.user))


@login_required
def dashboard(request):
    """ "My learning": hours done, each module's progress, where to continue,
    and the certificates earned."""
    courses = learning_summary(request.user, request)
    certificates = {
        certificate.source: certificate
        for certificate in Certificate.objects.filter(
            holder=request.user, status=Certificate.Status.VALID
        )
    }
    for course in courses:
        course["certificate"] = certificates.get(f"course:{course['enrolment'].pk}")
    # Enrolled in nothing: the next step is a course to enrol in (a parent's is My academy).
    offered = [] if courses or request.user.role == Role.PARENT else open_courses()[:10]
    return render(
        request,
        "users/dashboard.html",
        {
            "person": request.user,
            "courses": courses,
            "certificates": certificates.values(),
            "open_courses": offered,
        },
    )

"""Pages of one's own account."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from certificates.models import Certificate
from courses.dashboard import learning_summary


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
    return render(
        request,
        "users/dashboard.html",
        {"person": request.user, "courses": courses, "certificates": certificates.values()},
    )

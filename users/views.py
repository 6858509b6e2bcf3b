"""Pages of one's own account."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from courses.dashboard import learning_summary


@login_required
def dashboard(request):
    """ "My learning": hours done, each module's progress, where to continue."""
    return render(
        request,
        "users/dashboard.html",
        {"person": request.user, "courses": learning_summary(request.user, request)},
    )

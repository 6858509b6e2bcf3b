"""Pages of one's own account."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def dashboard(request):
    """Home of a signed-in person; courses and academy add their panels later."""
    return render(request, "users/dashboard.html", {"person": request.user})

"""Where each person's work is: the page they land on after signing in.

A sign-up role (teacher, parent, ...) decides on its own, as in the header:
staff roles are groups given to accounts without one (``users.roles``), so
learners and parents cost no query. A superuser administers the platform,
so the admin comes before the national reports their scope would give.
"""

from django.urls import reverse

from academy.views.manage import is_coordinator
from reports.scope import scope_for

from .models import Role


def landing_url(user):
    """The URL of the page where ``user``'s work is, in the active language."""
    if user.role == Role.PARENT:
        return reverse("academy:my")
    if user.role:
        return reverse("users:dashboard")
    if user.is_superuser:
        return reverse("wagtailadmin_home")
    if is_coordinator(user):
        return reverse("academy:manage")
    if scope_for(user) is not None:
        return reverse("reports:courses")
    if user.has_perm("audit.view_accessrecord"):
        return reverse("audit:index")  # a national auditor's work is the audit trail
    if user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    return reverse("users:dashboard")

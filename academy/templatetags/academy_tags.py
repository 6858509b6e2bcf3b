from django import template

from academy.views.manage import is_coordinator

register = template.Library()


@register.simple_tag(takes_context=True)
def runs_school_academy(context):
    """Whether the signed-in person runs a school's academy (a coordinator, or
    a superuser), for the header's link to the school's sessions. People with
    a sign-up role (learners, parents) do not, and cost no query."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or user.role:
        return False
    if not hasattr(request, "_runs_school_academy"):
        request._runs_school_academy = is_coordinator(user)
    return request._runs_school_academy

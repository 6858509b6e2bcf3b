from django import template

from reports.scope import scope_for

register = template.Library()


@register.simple_tag(takes_context=True)
def report_scope(context):
    """The signed-in person's report scope, or None. Learners and parents
    (who have a role) have none, and cost no query."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or user.role:
        return None
    if not hasattr(request, "_report_scope"):
        request._report_scope = scope_for(user)
    return request._report_scope

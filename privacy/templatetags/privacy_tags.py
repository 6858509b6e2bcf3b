from django import template

from privacy.notice import notice_url

register = template.Library()


@register.simple_tag(takes_context=True)
def privacy_notice_url(context):
    """The live privacy notice in the current language, or ""; every page's
    footer links to it (read once per version of the page tree)."""
    return notice_url(context.get("request"))

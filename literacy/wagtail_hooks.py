"""Admin for media-literacy topics; the units themselves are pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Media literacy topics")
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    ordering = ["name"]


register_snippet(TopicViewSet)

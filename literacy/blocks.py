"""Blocks only a media-literacy unit needs; its lesson plan uses the shared
``content.blocks.BaseStreamBlock``."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from content.blocks import RICH_TEXT_FEATURES, DocumentBlock


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    duration = blocks.IntegerBlock(
        label=_("Duration (minutes)"), min_value=1, max_value=240, default=10
    )
    description = blocks.RichTextBlock(label=_("Description"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "group"
        template = "literacy/blocks/activity.html"
        label = _("Activity")
        description = _("A classroom activity: what pupils do and for how long.")
        preview_value = {
            "title": "Фейкті тап",
            "duration": 15,
            "description": "<p>Топтар үш жаңалықты салыстырып, қайсысы жалған екенін анықтайды.</p>",
        }


class ObjectivesBlock(blocks.StreamBlock):
    """Learning objectives, one per block; the unit page shows them as one list."""

    objective = blocks.CharBlock(label=_("Objective"), max_length=300, icon="tick")


class ActivitiesBlock(blocks.StreamBlock):
    activity = ActivityBlock()


class WorksheetsBlock(blocks.StreamBlock):
    worksheet = DocumentBlock(label=_("Worksheet"))

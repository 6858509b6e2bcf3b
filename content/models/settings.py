"""Site settings an administrator edits in Settings → Organisation.

The organisation that runs the platform (a ministry, an institute) puts its
name and emblem in the header beside the platform's own; the description is
the meta description of pages that have none of their own. A setting, not a
page field, because it is one per site and every page shows it.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

LANGUAGES = ("kk", "ru", "en")


def _in_language(instance, field):
    # The text in the page's language, falling back to Kazakh, the default.
    language = (get_language() or "kk")[:2]
    return getattr(instance, f"{field}_{language}", "") or getattr(instance, f"{field}_kk")


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    name_kk = models.CharField(_("name (Kazakh)"), max_length=200, blank=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    emblem = models.ForeignKey(
        "content.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("emblem"),
        help_text=_("Shown in the header at 40 px high; an SVG or a square PNG of 160 px."),
    )
    description_kk = models.TextField(_("description (Kazakh)"), blank=True, max_length=300)
    description_ru = models.TextField(_("description (Russian)"), blank=True, max_length=300)
    description_en = models.TextField(_("description (English)"), blank=True, max_length=300)

    panels = [
        MultiFieldPanel(
            [FieldPanel(f"name_{code}") for code in LANGUAGES], heading=_("Organisation name")
        ),
        FieldPanel("emblem"),
        MultiFieldPanel(
            [FieldPanel(f"description_{code}") for code in LANGUAGES],
            heading=_("Site description"),
            help_text=_("The search-engine description of pages that have none of their own."),
        ),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisation")

    @property
    def name(self):
        return _in_language(self, "name")

    @property
    def description(self):
        return _in_language(self, "description")

"""Snippets: small translatable records that pages list."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class CallCentre(TranslatableMixin, models.Model):
    """A help line: a regional call centre, or a national one without a region.

    Translatable so that methodologists keep the name and hours in kk, ru and
    en; phone, link, region and order are the same in every language.
    """

    region = models.ForeignKey(
        "directory.Region",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="call_centres",
        verbose_name=_("region"),
        help_text=_("Leave empty for a national line."),
    )
    name = models.CharField(_("name"), max_length=255)
    phone = models.CharField(_("phone"), max_length=64)
    hours = models.CharField(
        pgettext_lazy("opening hours", "hours"),
        max_length=128,
        blank=True,
        help_text=_("e.g. 24/7"),
    )
    url = models.URLField(_("web site"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("hours"),
        SynchronizedField("region"),
        SynchronizedField("phone"),
        SynchronizedField("url"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("call centre")
        verbose_name_plural = _("call centres")

    def __str__(self):
        return f"{self.name} ({self.phone})"

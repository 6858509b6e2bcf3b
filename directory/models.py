"""The directory of Kazakhstan's regions, districts and schools.

Names are kept in all three languages as plain columns rather than through a
translation layer: the directory is reference data read on every sign-up and
report, and three columns keep those reads to one query with no joins.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class TrilingualName(models.Model):
    name_kk = models.CharField(_("name (Kazakh)"), max_length=255)
    name_ru = models.CharField(_("name (Russian)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The name in the active language, falling back to Kazakh."""
        language = (get_language() or "kk")[:2]
        return getattr(self, f"name_{language}", "") or self.name_kk


class Region(TrilingualName):
    class Kind(models.TextChoices):
        REGION = "region", _("Region")
        CITY = "city", _("City of republican significance")

    code = models.SlugField(_("code"), max_length=32, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.REGION)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order", "name_kk"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class District(TrilingualName):
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="districts", verbose_name=_("region")
    )
    code = models.SlugField(_("code"), max_length=64, unique=True)

    class Meta:
        ordering = ["name_kk"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        constraints = [
            models.UniqueConstraint(
                fields=["region", "name_kk"], name="district_unique_name_in_region"
            ),
        ]


class School(TrilingualName):
    code = models.CharField(_("code"), max_length=32, unique=True)
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="schools", verbose_name=_("district")
    )
    # Denormalised from the district so that reports filter a region in one index.
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="schools", verbose_name=_("region")
    )

    class Meta:
        ordering = ["name_kk"]
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        indexes = [models.Index(fields=["district", "name_kk"])]

    def save(self, *args, **kwargs):
        if self.district_id and not self.region_id:
            self.region_id = self.district.region_id
        super().save(*args, **kwargs)

"""Certificate templates: one per course or programme, designed by methodologists."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

LANGUAGES = ("kk", "ru", "en")


class CertificateTemplate(ClusterableModel):
    class PageSize(models.TextChoices):
        A4 = "A4", "A4"
        A5 = "A5", "A5"
        LETTER = "letter", _("Letter (US)")

    class Orientation(models.TextChoices):
        LANDSCAPE = "landscape", _("Landscape")
        PORTRAIT = "portrait", _("Portrait")

    name = models.CharField(_("name"), max_length=200)
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("course"),
        help_text=_("Certificates of this course use this template (in every language)."),
    )
    programme_key = models.CharField(
        _("programme"),
        max_length=64,
        blank=True,
        help_text=_("For a Parents' Academy programme: its key."),
    )
    title_kk = models.CharField(_("title (Kazakh)"), max_length=200, default="СЕРТИФИКАТ")
    title_ru = models.CharField(_("title (Russian)"), max_length=200, default="СЕРТИФИКАТ")
    title_en = models.CharField(_("title (English)"), max_length=200, default="CERTIFICATE")
    text_kk = models.TextField(
        _("text (Kazakh)"),
        help_text=_(
            "Placeholders: {name}, {course}, {hours}, {start}, {end}. Example: "
            "«{name} {start} – {end} аралығында «{course}» курсын {hours} академиялық сағат "
            "көлемінде оқып бітірді.»"
        ),
    )
    text_ru = models.TextField(_("text (Russian)"))
    text_en = models.TextField(_("text (English)"))
    organisation_kk = models.CharField(_("organisation (Kazakh)"), max_length=255)
    organisation_ru = models.CharField(_("organisation (Russian)"), max_length=255)
    organisation_en = models.CharField(_("organisation (English)"), max_length=255)
    page_size = models.CharField(
        _("page size"), max_length=10, choices=PageSize.choices, default=PageSize.A4
    )
    orientation = models.CharField(
        _("orientation"), max_length=10, choices=Orientation.choices, default=Orientation.LANDSCAPE
    )
    background = models.ForeignKey(
        "content.CustomImage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("background image"),
    )
    number_prefix = models.CharField(
        _("number series"),
        max_length=32,
        default="ПК-{year}-",
        help_text=_("Numbers are this prefix ({year} becomes the year) and six digits."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("course"), FieldPanel("programme_key")]),
        MultiFieldPanel(
            [FieldPanel(f"title_{code}") for code in LANGUAGES]
            + [FieldPanel(f"text_{code}") for code in LANGUAGES],
            heading=_("Text"),
        ),
        MultiFieldPanel(
            [FieldPanel(f"organisation_{code}") for code in LANGUAGES], heading=_("Organisation")
        ),
        FieldRowPanel([FieldPanel("page_size"), FieldPanel("orientation")]),
        FieldPanel("background"),
        FieldPanel("number_prefix"),
        InlinePanel("signatories", max_num=3, heading=_("Signatories")),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self):
        return self.name

    def series(self, year):
        return self.number_prefix.replace("{year}", str(year))

    def texts(self, language):
        return {
            "title": getattr(self, f"title_{language}"),
            "text": getattr(self, f"text_{language}"),
            "organisation": getattr(self, f"organisation_{language}"),
        }


class Signatory(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="signatories"
    )
    name = models.CharField(_("name"), max_length=200)
    position_kk = models.CharField(_("position (Kazakh)"), max_length=200)
    position_ru = models.CharField(_("position (Russian)"), max_length=200)
    position_en = models.CharField(_("position (English)"), max_length=200)
    signature = models.ForeignKey(
        "content.CustomImage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("signature image"),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel(
            [FieldPanel("position_kk"), FieldPanel("position_ru"), FieldPanel("position_en")]
        ),
        FieldPanel("signature"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def __str__(self):
        return self.name

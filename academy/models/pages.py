"""The programme, authored in the CMS: ``ProgrammePage`` → ``TopicPage``.

Sessions point at a topic by its ``translation_key``, so one session serves
parents in Kazakh, Russian and English alike. The programme's numbers
(sessions required for the certificate, the rules for online joins and
webinar stays) are not
text: wagtail-localize keeps them synchronised across translations, so any
language's copy of the programme can be read for them.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from content.blocks import BaseStreamBlock


class ProgrammePage(Page):
    intro = models.TextField(_("intro"), blank=True)
    required_sessions = models.PositiveSmallIntegerField(
        _("sessions for the certificate"),
        default=4,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("A parent who attends this many sessions receives an attendance certificate."),
    )
    present_rule_minutes = models.PositiveSmallIntegerField(
        _("online joins count as present within (minutes)"),
        default=15,
        validators=[MaxValueValidator(240)],
        help_text=_(
            "A parent who joins an online session through the platform's link within this many "
            "minutes of the start is marked present; later joins are left for the coordinator."
        ),
    )
    present_share_percent = models.PositiveSmallIntegerField(
        _("webinars: share of the session to stay (%)"),
        default=66,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "For sessions held on the platform's own webinar rooms (BigBlueButton): a parent who "
            "stays in the room for at least this share of the session's length is marked present "
            "when it ends. Shorter stays are left for the coordinator, with the minutes shown."
        ),
    )

    parent_page_types = ["content.HomePage"]
    subpage_types = ["academy.TopicPage"]
    template = "academy/programme_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("required_sessions"),
                FieldPanel("present_rule_minutes"),
                FieldPanel("present_share_percent"),
            ],
            heading=_("Attendance rules"),
        ),
        *Page.settings_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("Parents' Academy programme")
        verbose_name_plural = _("Parents' Academy programmes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = TopicPage.objects.child_of(self).live().defer_streamfields()
        return context


class TopicPage(Page):
    intro = models.TextField(_("intro"), blank=True)
    materials = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("materials"))

    parent_page_types = ["academy.ProgrammePage"]
    subpage_types: list = []
    template = "academy/topic_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("materials")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("materials"),
    ]

    class Meta:
        verbose_name = _("Parents' Academy topic")
        verbose_name_plural = _("Parents' Academy topics")

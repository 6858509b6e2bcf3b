from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Site content")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Locale, Page, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .models import OrganisationSettings
        from .pagecache import pages_changed

        # What content.pagecache keeps (header links and emblem, rendered lesson
        # bodies) goes stale with the page tree, the files that pages show and
        # the organisation's settings.
        watched = (
            Page,
            Site,
            Locale,
            get_document_model(),
            get_image_model(),
            OrganisationSettings,
        )

        def saved_or_deleted(sender, instance, **kwargs):
            if isinstance(instance, watched):
                pages_changed()

        post_save.connect(saved_or_deleted, weak=False, dispatch_uid="content.pages_changed.save")
        post_delete.connect(
            saved_or_deleted, weak=False, dispatch_uid="content.pages_changed.delete"
        )
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(
                pages_changed, weak=False, dispatch_uid=f"content.pages_changed.{id(signal)}"
            )

        from lms import anon_cache

        anon_cache.connect()  # whole anonymous pages (lms/anon_cache.py)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .outline import invalidate

        def course_changed(sender, **kwargs):
            invalidate()

        for model_name in ("CoursePage", "ModulePage", "LessonPage", "AssessmentPage"):
            model = self.get_model(model_name)
            page_published.connect(course_changed, sender=model, weak=False)
            page_unpublished.connect(course_changed, sender=model, weak=False)
            post_delete.connect(course_changed, sender=model, weak=False)
        post_page_move.connect(course_changed, weak=False)

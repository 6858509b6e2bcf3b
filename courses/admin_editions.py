"""The editions of a course in the admin: who studies which, what changed,
and moving those who have not finished to the current edition.

Seen by whoever may edit the course page; moving learners needs the right to
publish it, as it changes what they must do.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .editions import differs, items_of, latest_edition, source_course
from .hours import academic_hours
from .models import CourseEdition, CoursePage
from .outline import get_outline
from .services.editions import move_to_current


class MoveForm(forms.Form):
    from_edition = forms.TypedChoiceField(
        label=gettext_lazy("Learners of edition"), coerce=int, choices=()
    )
    note = forms.CharField(
        label=gettext_lazy("A note for the letter (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Say what changed and why; every learner moved gets the letter."),
    )

    def __init__(self, *args, editions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from_edition"].choices = [
            (
                edition.number,
                _("Edition %(number)s (%(open)s not completed)")
                % {"number": edition.number, "open": edition.open},
            )
            for edition in editions
        ]


def changes(edition, outline):
    """What differs between ``edition`` and the live course: titles added,
    lessons or tests withdrawn, items whose hours or rule changed."""
    before = {entry["key"]: entry for entry in edition.items}
    now = {entry["key"]: entry for entry in items_of(outline)}
    titles = {item.key: item.title for item in outline.items}
    return {
        "added": [titles[key] for key in now if key not in before],
        "withdrawn": sum(1 for key in before if key not in now),
        "changed": [titles[key] for key in now if key in before and now[key] != before[key]],
        "order": [key for key in now if key in before] != [key for key in before if key in now],
        "declared": edition.declared_hours != outline.declared_hours,
    }


class EditionsView(WagtailAdminTemplateMixin, FormView):
    template_name = "courses/admin/editions.html"
    form_class = MoveForm
    header_icon = "history"

    def dispatch(self, request, page_id):
        self.course = get_object_or_404(CoursePage, pk=page_id)
        permissions = self.course.permissions_for_user(request.user)
        if not permissions.can_edit():
            raise PermissionDenied
        self.can_move = permissions.can_publish()
        if request.method == "POST" and not self.can_move:
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Editions")

    def get_page_subtitle(self):
        return self.course.title

    def editions(self):
        if not hasattr(self, "_editions"):
            self._editions = list(
                CourseEdition.objects.filter(course_key=self.course.translation_key)
                .annotate(
                    learners=Count("enrolments"),
                    open=Count("enrolments", filter=Q(enrolments__completed_at__isnull=True)),
                )
                .order_by("-number")
            )
        return self._editions

    def get_form_kwargs(self):
        latest = self.editions()[0] if self.editions() else None
        outline = get_outline(source_course(self.course))
        # Learners can be moved off any edition but the current one.
        current = latest.number if latest and not differs(latest, outline) else None
        return {
            **super().get_form_kwargs(),
            "editions": [e for e in self.editions() if e.open and e.number != current],
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        outline = get_outline(source_course(self.course))
        latest = latest_edition(self.course.translation_key)
        context.update(
            course=self.course,
            editions=[
                {
                    "edition": edition,
                    "hours": academic_hours(edition.declared_hours),
                    "items": len(edition.items),
                }
                for edition in self.editions()
            ],
            changed=changes(latest, outline) if latest and differs(latest, outline) else None,
            latest=latest,
            can_move=self.can_move and bool(context["form"].fields["from_edition"].choices),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.course.pk]),
        )
        return context

    def form_valid(self, form):
        moved = move_to_current(
            self.course,
            self.request.user,
            from_number=form.cleaned_data["from_edition"],
            note=form.cleaned_data["note"],
        )
        edition = latest_edition(self.course.translation_key)
        messages.success(
            self.request,
            ngettext(
                "%(count)s learner moved to edition %(edition)s; they get a letter.",
                "%(count)s learners moved to edition %(edition)s; each gets a letter.",
                moved,
            )
            % {"count": moved, "edition": edition.number},
        )
        return redirect("courses_editions", self.course.pk)

"""The GET filter of the unit index: a grade and a topic, both optional."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import GRADE_CHOICES


class UnitFilterForm(forms.Form):
    grade = forms.TypedChoiceField(
        label=_("Grade"),
        choices=[("", _("All grades")), *GRADE_CHOICES],
        coerce=int,
        empty_value=None,
        required=False,
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [
            ("", _("All topics")),
            *((topic.slug, topic.name) for topic in topics),
        ]

"""Forms for people's accounts.

``SignupDetailsForm`` is merged by django-allauth into its sign-up form
(``ACCOUNT_SIGNUP_FORM_CLASS``). The school is picked region → district →
school: each list is filled only from the choice above it, so a page never
carries the country's 7,500 schools. Without JavaScript the form is simply
submitted again and the next list comes back filled; with it, the lists fill
from small JSON views as the person chooses.
"""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from directory.ids import parse_id
from directory.models import District, Region, School
from privacy import consents
from privacy.forms import REMINDERS_FIELD, consent_field, optional_purposes, reminders_field

from .models import SCHOOL_STAFF_ROLES, Role, User
from .roles import group_label
from .validators import validate_person_name

SIGNUP_ROLES = [(role.value, role.label) for role in Role]


def _name_field(label, required=True):
    return forms.CharField(
        label=label,
        max_length=100,
        required=required,
        validators=[validate_person_name],
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


class SchoolChoiceMixin(forms.Form):
    """Region → district → school, each narrowed by the one above."""

    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.all(),
        required=False,
        empty_label=_("Choose a region"),
        error_messages={"invalid_choice": _("This region is not in the list. Choose it again.")},
    )
    district = forms.ModelChoiceField(
        label=_("District"),
        queryset=District.objects.none(),
        required=False,
        empty_label=_("Choose a district"),
        error_messages={
            "invalid_choice": _("This district is not in the chosen region. Choose it again.")
        },
    )
    school = forms.ModelChoiceField(
        label=_("School"),
        queryset=School.objects.none(),
        required=False,
        empty_label=_("Choose a school"),
        error_messages={
            "invalid_choice": _("This school is not in the chosen district. Choose it again.")
        },
    )

    def narrow_school_choices(self):
        region_id = self._submitted_id("region")
        district_id = self._submitted_id("district")
        if region_id:
            self.fields["district"].queryset = District.objects.filter(region_id=region_id)
        if region_id and district_id:
            self.fields["school"].queryset = School.objects.filter(
                district_id=district_id, district__region_id=region_id
            )

    def _submitted_id(self, name):
        """The id chosen so far, or None for none or one no key can hold
        (a 20-digit number would overflow the query that narrows the lists)."""
        value = self.data.get(self.add_prefix(name)) if self.is_bound else self.initial.get(name)
        return parse_id(getattr(value, "pk", value))

    def require_school(self, cleaned_data):
        for name, message in (
            ("region", _("Choose your region.")),
            ("district", _("Choose your district.")),
            ("school", _("Choose your school.")),
        ):
            if not cleaned_data.get(name) and name not in self.errors:
                self.add_error(name, message)
                return


class SignupDetailsForm(SchoolChoiceMixin):
    last_name = _name_field(_("Surname"))
    first_name = _name_field(_("Given name"))
    patronymic = _name_field(_("Patronymic (if any)"), required=False)
    role = forms.ChoiceField(label=_("I am a"), choices=SIGNUP_ROLES, widget=forms.RadioSelect)
    preferred_language = forms.ChoiceField(
        label=_("Language of letters and certificates"),
        choices=User._meta.get_field("preferred_language").choices,
    )

    field_order = [
        "last_name",
        "first_name",
        "patronymic",
        "role",
        "preferred_language",
        "region",
        "district",
        "school",
        "email",
        "password1",
        "password2",
        "consent",
        REMINDERS_FIELD,
    ]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = (get_language() or "kk")[:2]
        self.fields["consent"] = consent_field()
        self.fields[REMINDERS_FIELD] = reminders_field()
        self.narrow_school_choices()

    def clean(self):
        cleaned_data = super().clean()
        if self.data.get("refresh_lists"):
            # Without JavaScript the lists fill on a round trip; nothing is saved yet.
            raise forms.ValidationError(
                _("The lists are updated. Choose your district and school, then sign up."),
                code="refresh",
            )
        role = cleaned_data.get("role")
        if role in SCHOOL_STAFF_ROLES or cleaned_data.get("region"):
            self.require_school(cleaned_data)
        return cleaned_data

    def signup(self, request, user):
        """Called by allauth after it has created the user."""
        data = self.cleaned_data
        user.last_name = " ".join(data["last_name"].split())
        user.first_name = " ".join(data["first_name"].split())
        user.patronymic = " ".join(data.get("patronymic", "").split())
        user.role = data["role"]
        user.preferred_language = data["preferred_language"]
        user.school = data.get("school")
        user.save()
        consents.record(request, user=user)
        for purpose in optional_purposes(data):
            consents.give(request, purpose, user=user)


ADMIN_EXTRA_FIELDS = ["patronymic", "preferred_language", "role", "school", "district", "region"]


class _TranslatedGroups:
    """The group checkboxes read in the admin's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "groups" in self.fields:
            self.fields["groups"].label_from_instance = group_label


class AdminUserEditForm(_TranslatedGroups, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | set(ADMIN_EXTRA_FIELDS)
        widgets = {"school": forms.NumberInput}


class AdminUserCreationForm(_TranslatedGroups, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | set(ADMIN_EXTRA_FIELDS)
        widgets = {"school": forms.NumberInput}

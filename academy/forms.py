"""Forms of the academy: parents' registration and check-in, the
coordinator's session form, register marks, walk-ins and recording link."""

from datetime import datetime, time

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import School
from lms.dates import show_date
from privacy.forms import REMINDERS_FIELD, consent_field, reminders_field
from users.forms import SchoolChoiceMixin
from users.validators import validate_person_name
from webinars import servers

from . import programme
from .models import Attendance, Session

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"
YEARS_AROUND = 5


class RegistrationForm(forms.Form):
    """A seat at a session. The name goes on the coordinator's register and
    the certificate, so it is checked as at sign-up (``validate_person_name``)."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        validators=[validate_person_name],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("The confirmation, reminders and a link to manage the registration come here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, user=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            self.fields["name"].initial = user.get_full_name()
            self.fields["email"].initial = user.email
            self.fields["email"].disabled = True
            self.fields["email"].help_text = _("The e-mail of your account.")
        else:  # a guest agrees here; an account holder agreed at sign-up
            self.fields["consent"] = consent_field()
            self.fields[REMINDERS_FIELD] = reminders_field()

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=_("Check-in code"),
        max_length=12,
        help_text=_("Six digits, shown by the facilitator in the room or on screen."),
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "size": 8}
        ),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class FindSchoolForm(SchoolChoiceMixin):
    """Region → district → school, as at sign-up (``static/js/school-picker.js``)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.narrow_school_choices()


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format=DATETIME_FORMAT, **kwargs)


class SessionForm(forms.ModelForm):
    """Schedule or edit a session. Times are in the school's time zone
    (the site's); the topic is one of the programme's, by its key."""

    topic = forms.ChoiceField(label=_("Topic"))
    webinar_server = forms.ChoiceField(
        label=_("Online on"),
        required=False,
        widget=forms.RadioSelect,
        help_text=_(
            "The platform's own webinar room counts the minutes each parent stays and marks "
            "them present; with an external link, joining through the platform's link counts."
        ),
    )
    meeting_url = forms.URLField(
        label=_("Meeting link"),
        required=False,
        assume_scheme="https",
        help_text=_("For online sessions: the Zoom, Teams or other meeting link."),
    )
    school_code = forms.CharField(
        label=_("School code"),
        max_length=32,
        help_text=_("Only administrators choose the school; coordinators schedule for their own."),
    )

    class Meta:
        model = Session
        fields = [
            "format",
            "webinar_server",
            "meeting_url",
            "room",
            "starts_at",
            "ends_at",
            "capacity",
            "facilitator",
        ]
        widgets = {
            "format": forms.RadioSelect,
            "starts_at": DateTimeInput(),
            "ends_at": DateTimeInput(),
        }
        help_texts = {
            "room": _("For sessions in person: where in the school."),
            "starts_at": _("In the school's local time."),
        }

    def __init__(self, *args, choose_school=False, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("Choose a topic")), *programme.topic_choices()]
        # Radio buttons: no "---------" choice ticked in advance; one must be chosen.
        self.fields["format"].choices = Session.Format.choices
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = [DATETIME_FORMAT]
        if self.instance.pk:
            self.fields["topic"].initial = str(self.instance.topic_key)
        if not choose_school:
            del self.fields["school_code"]
        self._webinar_choices()
        self.order_fields(["school_code", "topic"])

    def _webinar_choices(self):
        """BigBlueButton servers or an external link; without servers
        configured (and none on the session) the choice is not shown."""
        offered = servers.choices()
        current = self.instance.webinar_server if self.instance.pk else ""
        if current and current not in dict(offered):
            offered.append((current, f"BigBlueButton: {current}"))
        if not offered:
            del self.fields["webinar_server"]
            return
        self.fields["webinar_server"].choices = [*offered, ("", _("External link"))]
        self.fields["webinar_server"].initial = current if self.instance.pk else offered[0][0]

    def clean_school_code(self):
        school = School.objects.filter(code=self.cleaned_data["school_code"].strip()).first()
        if school is None:
            raise forms.ValidationError(_("There is no school with this code."))
        return school

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        first, last = self.date_range()
        for name, moment in (("starts_at", starts), ("ends_at", ends)):
            # Far dates would overflow the conversion to UTC (year 1) or the
            # check-in window (year 9999); no session is held then.
            if moment and not first <= moment <= last:
                self.add_error(
                    name,
                    _("Give a date between %(first)s and %(last)s.")
                    % {"first": show_date(first), "last": show_date(last)},
                )
        if starts and ends and ends <= starts and not self.has_error("starts_at"):
            self.add_error("ends_at", _("The session must end after it starts."))
        kind = data.get("format")
        online = kind in (Session.Format.ONLINE, Session.Format.BOTH)
        if not online and "webinar_server" in self.fields:
            data["webinar_server"] = ""
        elif online and data.get("webinar_server"):
            data["meeting_url"] = ""  # the platform's own room: no outside link
        elif not data.get("meeting_url"):
            self.add_error("meeting_url", _("Give the meeting link for an online session."))
        if kind in (Session.Format.IN_PERSON, Session.Format.BOTH) and not data.get("room"):
            self.add_error("room", _("Give the room for a session in person."))
        return data

    @staticmethod
    def date_range():
        """Sessions are scheduled (or recorded afterwards) within this range."""
        today = timezone.localdate()
        first = today.replace(year=today.year - YEARS_AROUND, day=1)
        last = today.replace(year=today.year + YEARS_AROUND, day=1)
        return (
            timezone.make_aware(datetime.combine(first, time.min)),
            timezone.make_aware(datetime.combine(last, time.min)),
        )

    def session_fields(self):
        return {name: self.cleaned_data[name] for name in self.Meta.fields if name in self.fields}


class RecordingForm(forms.Form):
    recording_url = forms.URLField(
        label=_("Link to the recording"),
        required=False,
        assume_scheme="https",
        help_text=_("Registrants see it on their academy page. Leave empty to remove it."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class MarkForm(forms.Form):
    """One mark for the ticked people (or everyone with a seat)."""

    registrations = forms.MultipleChoiceField(
        label=_("People"), required=False, widget=forms.CheckboxSelectMultiple
    )
    everyone = forms.BooleanField(label=_("Everyone with a seat"), required=False)
    mark = forms.ChoiceField(label=_("Mark"), choices=Attendance.Mark.choices)

    def __init__(self, *args, registrations=(), **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["registrations"].choices = [(str(r.pk), r.name) for r in registrations]

    def clean(self):
        data = super().clean()
        if not data.get("registrations") and not data.get("everyone"):
            raise forms.ValidationError(_("Tick the people to mark, or “Everyone with a seat”."))
        return data

    def chosen_ids(self):
        if self.cleaned_data.get("everyone"):
            return [int(value) for value, _label in self.fields["registrations"].choices]
        return [int(value) for value in self.cleaned_data["registrations"]]


class WalkInForm(forms.Form):
    """A parent who came without registering, added by the coordinator."""

    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        validators=[validate_person_name],
        help_text=_("Surname and given name, as on the certificate."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    email = forms.EmailField(
        label=_("E-mail (optional)"),
        required=False,
        help_text=_(
            "Without an e-mail the visit is counted, but no certificate can be sent: "
            "the certificate counts sessions by e-mail."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("prefix", "walk_in")
        super().__init__(*args, **kwargs)

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

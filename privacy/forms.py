"""The consent checkbox every form that collects personal data carries,
and the optional ones beside it on sign-up and a guest's registration."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext as _

from .consents import OPTIONAL
from .models import Consent
from .notice import notice_url

REMINDERS_FIELD = "consent_reminders"


def consent_field(request=None):
    """A required, unticked checkbox that links to the notice in the page's language."""
    url = notice_url(request)
    if url:
        help_text = format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            url,
            _("Read the privacy notice (opens in a new tab)"),
        )
    else:
        help_text = ""
    return forms.BooleanField(
        label=_("I agree to the processing of my personal data as the privacy notice describes."),
        help_text=help_text,
        required=True,
        error_messages={
            "required": _(
                "Tick the box to agree to the privacy notice; without it we cannot go on."
            )
        },
    )


def reminders_field():
    """The optional consent to reminders by other channels: unticked, not
    required, below the required box; ticked, it becomes a ``Consent``."""
    return forms.BooleanField(
        label=_(
            "Also send me reminders by SMS and in messengers such as Telegram. This is "
            "optional: I can withdraw it at any time under “My data”."
        ),
        required=False,
    )


def optional_purposes(cleaned_data):
    """The optional purposes whose box was ticked on a form."""
    return [Consent.Purpose.REMINDERS] if cleaned_data.get(REMINDERS_FIELD) else []


class ChoiceForm(forms.Form):
    """Give or withdraw one optional consent on "My data"."""

    purpose = forms.ChoiceField(choices=[(purpose.value, purpose.label) for purpose in OPTIONAL])
    action = forms.ChoiceField(choices=[("give", "give"), ("withdraw", "withdraw")])


class AgreeForm(forms.Form):
    def __init__(self, *args, request=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["consent"] = consent_field(request)


class CloseAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password

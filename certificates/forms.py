"""Forms of the staff actions on certificates."""

from django import forms
from django.utils.translation import gettext_lazy as _

from users.validators import validate_person_name


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the public check page of the certificate."),
    )


class ReissueForm(forms.Form):
    holder_name = forms.CharField(
        label=_("Corrected name"),
        max_length=320,
        validators=[validate_person_name],
        help_text=_("Surname, given name, patronymic, as on the holder's identity document."),
    )

    def __init__(self, *args, certificate, **kwargs):
        super().__init__(*args, **kwargs)
        self.certificate = certificate
        self.fields["holder_name"].initial = certificate.holder_name

    def clean_holder_name(self):
        name = " ".join(self.cleaned_data["holder_name"].split())
        if name == self.certificate.holder_name:
            raise forms.ValidationError(_("The name is unchanged."))
        return name

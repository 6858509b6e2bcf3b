"""The verify page's file check: the form, an upload handler that keeps the
file in memory only, and what each verdict says (``verification``)."""

from io import BytesIO

from django import forms
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from . import verification as v

FIELD = "file"
# The body of a request carrying a 2 MB file: the file, the CSRF token and the
# multipart boundaries. A longer body is refused before it is read.
BODY_LIMIT = v.PDF_LIMIT + 16 * 1024

TOO_LARGE = _("The file is too large: a certificate's PDF is at most 2 MB.")
TOO_LARGE_CREDENTIAL = _("The file is too large for a digital credential (at most 64 KB).")
NOT_RECEIVED = _("No file was received; choose it again.")


class InMemory(FileUploadHandler):
    """The one file of ``FIELD``, in memory, never written to disk (Django's
    default handlers put files over 2.5 MB in a temporary file). Past
    ``limit`` bytes the rest is dropped: the file arrives with its true size
    for the form to refuse."""

    def __init__(self, request=None, limit=v.PDF_LIMIT):
        super().__init__(request)
        self.limit = limit
        self.taken = False

    def new_file(self, field_name, *args, **kwargs):
        if field_name != FIELD or self.taken:
            raise SkipFile
        super().new_file(field_name, *args, **kwargs)
        self.taken = True
        self.buffer, self.size = BytesIO(), 0

    def receive_data_chunk(self, raw_data, start):
        self.size += len(raw_data)
        if self.size <= self.limit:
            self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size):
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=self.size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )


class VerifyFileForm(forms.Form):
    file = forms.FileField(
        label=_("File to check"),
        help_text=_(
            "The certificate's PDF (up to 2 MB) or the digital credential file "
            "downloaded from “My learning” (up to 64 KB). The file is checked and not kept."
        ),
        error_messages={
            "required": _("Choose a file to check."),
            "empty": _("The file is empty."),
            "invalid": NOT_RECEIVED,
            "missing": NOT_RECEIVED,
        },
        widget=forms.FileInput(
            attrs={"accept": ".pdf,.jwt,.json,application/pdf,application/vc+jwt"}
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data[FIELD]
        if upload.size > v.PDF_LIMIT:
            raise forms.ValidationError(TOO_LARGE, code="too_large")
        data = upload.read()
        kind = v.kind(data)
        if kind is None:
            raise forms.ValidationError(
                _(
                    "This file is neither a PDF nor a digital credential. Upload the "
                    "certificate's PDF or the credential file from “My learning”."
                ),
                code="unknown",
            )
        if kind == v.CREDENTIAL and len(data) > v.CREDENTIAL_LIMIT:
            raise forms.ValidationError(TOO_LARGE_CREDENTIAL, code="too_large")
        return data


def refused(message):
    """The form as sent back when the request's body is not read (too long) or
    cannot be (a broken multipart body): ``message`` on the file field."""
    form = VerifyFileForm(data={}, files={})
    form.is_valid()
    form.errors.pop(FIELD, None)
    form.add_error(FIELD, message)
    return form


# What a verdict says: (the verdict's look, its headline, its explanation).
_GOOD, _BAD, _UNKNOWN = "valid", "revoked", "unknown"
_UNAVAILABLE = (
    _UNKNOWN,
    _("Cannot check now"),
    _("the platform cannot check signatures at the moment. Check the certificate by its number."),
)
VERDICTS = {
    (v.PDF, v.VALID): (
        _GOOD,
        _("Signature valid"),
        _("the PDF is signed with the platform's key and has not been changed since."),
    ),
    (v.PDF, v.CHANGED): (
        _BAD,
        _("Changed after signing"),
        _(
            "the PDF was altered after the platform signed it, so what it shows cannot be "
            "trusted. Ask for the original file or check the certificate by its number."
        ),
    ),
    (v.PDF, v.INVALID): (
        _BAD,
        _("Signature invalid"),
        _("the PDF carries the platform's signature, but the signature does not hold."),
    ),
    (v.PDF, v.NOT_OURS): (
        _BAD,
        _("Not signed by the platform"),
        _("the PDF is signed, but not with the platform's key."),
    ),
    (v.PDF, v.UNSIGNED): (
        _BAD,
        _("No signature"),
        _(
            "the PDF carries no electronic signature; certificates issued by the platform "
            "are signed."
        ),
    ),
    (v.PDF, v.DAMAGED): (
        _BAD,
        _("File cannot be read"),
        _("the PDF is damaged or incomplete."),
    ),
    (v.PDF, v.UNAVAILABLE): _UNAVAILABLE,
    (v.CREDENTIAL, v.VALID): (
        _GOOD,
        _("Proof valid"),
        _(
            "the digital credential is signed with the platform's published key and has "
            "not been changed since."
        ),
    ),
    (v.CREDENTIAL, v.INVALID): (
        _BAD,
        _("Proof invalid"),
        _(
            "the digital credential was changed after it was signed, or it is not signed "
            "with the platform's published key."
        ),
    ),
    (v.CREDENTIAL, v.NOT_OURS): (
        _BAD,
        _("Not issued by the platform"),
        _("the digital credential names another issuer."),
    ),
    (v.CREDENTIAL, v.EXPIRED): (
        _BAD,
        pgettext_lazy("digital credential", "Expired"),
        _("the proof holds, but the digital credential's period of validity has ended."),
    ),
    (v.CREDENTIAL, v.NOT_YET_VALID): (
        _BAD,
        _("Not yet valid"),
        _("the proof holds, but the digital credential's period of validity has not begun."),
    ),
    (v.CREDENTIAL, v.UNSIGNED): (
        _BAD,
        _("No proof"),
        _(
            "the file holds a digital credential without a signature the platform can "
            "check. Upload the file as downloaded from “My learning”."
        ),
    ),
    (v.CREDENTIAL, v.UNAVAILABLE): _UNAVAILABLE,
}


def described(check):
    """What the page shows of a ``verification.Check``."""
    tone, headline, text = VERDICTS[(check.kind, check.verdict)]
    return {"check": check, "tone": tone, "headline": headline, "text": text}

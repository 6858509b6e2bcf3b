"""Waves of certificates from a list, in the admin: upload a CSV, see it
checked line by line (the errors in the staff member's language), confirm,
follow the background job. The work is ``certificates.waves`` and
``tasks.issue_wave``, as for ``manage.py issue_certificates``.

Issuing certificates changes the registry: it takes the right to change
certificates (moderators) or a superuser's account.
"""

from django import forms
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.log_actions import log

from . import waves
from .models import Certificate, Wave

REGISTRY = "certificate_registry"
PREVIEW_LINES = 20
RECENT = 10


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("List (CSV)"),
        help_text=gettext_lazy(
            "One line a person: email, surname, given_name, patronymic, course, started, "
            "completed, hours, school (optional), language (optional). Saved as CSV UTF-8."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )


class WaveMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    model = Certificate
    permission_required = "change"
    header_icon = "upload"

    def registry_crumbs(self):
        return [
            {"url": reverse(f"{REGISTRY}:index"), "label": _("Registry")},
            {"url": reverse(f"{REGISTRY}:waves"), "label": _("Waves from a list")},
        ]


class WaveUploadView(WaveMixin, TemplateView):
    template_name = "certificates/admin/wave_upload.html"
    page_title = gettext_lazy("Waves from a list")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{REGISTRY}:index"), "label": _("Registry")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, form=None, errors=(), **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            form=form or UploadForm(),
            errors=errors,
            waves=Wave.objects.exclude(status=Wave.Status.CHECKED).select_related("requested_by")[
                :RECENT
            ],
        )
        return context

    def post(self, request, *args, **kwargs):
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        try:
            waves.check_size(upload.size)
            text = waves.read(upload.read(waves.MAX_BYTES + 1))
            checked = waves.check(text)
        except waves.Refused as refusal:
            form.add_error("file", str(refusal))
            return self.render_to_response(self.get_context_data(form=form))
        if not checked.ok:
            return self.render_to_response(self.get_context_data(form=form, errors=checked.errors))
        wave = waves.create(
            request.user, upload.name, text, checked, translation.get_language() or "kk"
        )
        return redirect(reverse(f"{REGISTRY}:wave", args=[wave.pk]))


class WaveView(WaveMixin, TemplateView):
    """A checked wave's preview and its confirmation (POST); once confirmed,
    its progress, reloaded while it runs."""

    template_name = "certificates/admin/wave.html"
    page_title = gettext_lazy("Wave from a list")

    @cached_property
    def wave(self):
        return get_object_or_404(Wave.objects.select_related("requested_by"), pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return self.wave.file_name

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            *self.registry_crumbs(),
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    @cached_property
    def checked(self):
        if self.wave.status != Wave.Status.CHECKED:
            return None
        try:
            return waves.check(self.wave.content)
        except waves.Refused as refusal:  # not after a first check; all the same
            return waves.Checked([], [str(refusal)], [])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        checked = self.checked
        context.update(
            wave=self.wave,
            checked=checked,
            preview=checked.lines[:PREVIEW_LINES] if checked else [],
        )
        return context

    def post(self, request, *args, **kwargs):
        if self.checked is not None and not self.checked.ok:
            # Something changed since the upload (a course, a school): say what.
            return self.render_to_response(self.get_context_data())
        if waves.confirm(self.wave):
            log(
                self.wave,
                "certificates.wave",
                user=request.user,
                data={"file": self.wave.file_name, "lines": self.wave.total},
            )
            messages.success(
                request,
                _("Issuing the certificates of %(lines)s lines in the background.")
                % {"lines": self.wave.total},
            )
        return redirect(reverse(f"{REGISTRY}:wave", args=[self.wave.pk]))

"""Staff views in the Wagtail admin: template preview, the certificate
registry (list, inspect, export), revoke and reissue, and regeneration jobs.

Views stay thin: revoking and reissuing are ``services`` functions, rendering
is ``pdf.render_pdf``, the export is ``exports``, the background work is
``tasks.regenerate_template``. What a user may see is ``filters.visible_certificates``.
"""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import IndexView, InspectView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

from audit import trail
from audit.models import AccessRecord
from audit.views import AuditedListing, AuditedObject

from . import exports, services
from .filters import visible_certificates
from .forms import ReissueForm, RevokeForm
from .models import Certificate, CertificateTemplate, RegenerationJob
from .models.templates import LANGUAGES
from .pdf import render_pdf
from .tasks import deliver_certificate, regenerate_template

REGISTRY = "certificate_registry"
TEMPLATES = "wagtailsnippets_certificates_certificatetemplate"

SAMPLE_NAME = "Сәрсенбаева Әйгерім Қайратқызы"
SAMPLE_SURNAME = "Сәрсенбаева"
SAMPLE_HOURS = 80
LANGUAGE_LABELS = {
    "kk": gettext_lazy("Preview as PDF (Kazakh)"),
    "ru": gettext_lazy("Preview as PDF (Russian)"),
    "en": gettext_lazy("Preview as PDF (English)"),
}


def course_label(certificate):
    return certificate.text().get("course", "")


# --- Templates ----------------------------------------------------------------


def can_use_templates(user):
    return any(
        user.has_perm(f"certificates.{action}_certificatetemplate")
        for action in ("add", "change", "view")
    )


def can_change_certificates(user):
    return user.has_perm("certificates.change_certificate")


def course_titles(template):
    """The template's course title in each language it is translated into."""
    if template.course_id is None:
        return {"kk": template.name}
    from courses.models import CoursePage

    pages = CoursePage.objects.filter(translation_key=template.course.translation_key)
    return {page.locale.language_code: page.title for page in pages.select_related("locale")}


def sample_certificate(template, language):
    """An unsaved certificate with sample data: nothing is numbered or stored."""
    today = timezone.localdate()
    number = f"{template.series(today.year)}000000"
    texts = services.frozen_texts(
        template, SAMPLE_NAME, course_titles(template), SAMPLE_HOURS, today, today, number
    )
    texts["surname"] = SAMPLE_SURNAME
    return Certificate(
        number=number,
        code="sample",
        template=template,
        holder_name=SAMPLE_NAME,
        language=language,
        texts=texts,
        hours=SAMPLE_HOURS,
        started_on=today,
        completed_on=today,
        issued_at=timezone.now(),
    )


def preview_pdf(request, pk):
    if not can_use_templates(request.user):
        raise PermissionDenied
    template = get_object_or_404(CertificateTemplate, pk=pk)
    language = request.GET.get("lang", "kk")
    if language not in LANGUAGES:
        language = "kk"
    content = render_pdf(sample_certificate(template, language))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="template-{template.pk}-{language}.pdf"'
    return response


def template_buttons(user, template, priority=50):
    buttons = [
        Button(
            LANGUAGE_LABELS[language],
            url=reverse(f"{TEMPLATES}:preview_pdf", args=[template.pk]) + f"?lang={language}",
            icon_name="view",
            attrs={"target": "_blank", "rel": "noopener"},
            priority=priority + n,
        )
        for n, language in enumerate(LANGUAGES)
    ]
    if can_change_certificates(user):
        buttons.append(
            Button(
                _("Regenerate certificates"),
                url=reverse(f"{TEMPLATES}:regenerate", args=[template.pk]),
                icon_name="rotate",
                priority=priority + 10,
            )
        )
    return buttons


class TemplateIndexView(SnippetIndexView):
    def get_list_more_buttons(self, instance):
        return super().get_list_more_buttons(instance) + template_buttons(
            self.request.user, instance
        )


class TemplateEditView(SnippetEditView):
    @cached_property
    def header_more_buttons(self):
        return super().header_more_buttons + template_buttons(self.request.user, self.object)


# --- Registry -----------------------------------------------------------------


class CertificateIndexView(AuditedListing, IndexView):
    """The registry, limited to what the user may see; ``?export=csv|xlsx``
    downloads every row matching the current filters and search."""

    show_export_buttons = True
    audit_what = AccessRecord.What.CERTIFICATE_REGISTRY

    def audit_subject(self, certificate):
        return trail.subject(user_id=certificate.holder_id)

    def get_base_queryset(self):
        return visible_certificates(self.request.user).select_related("region", "school")

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return exports.response(
                request.GET["export"],
                self.get_queryset(),
                trail.Reading(request, AccessRecord.What.CERTIFICATE_REGISTRY_EXPORT),
            )
        return super().get(request, *args, **kwargs)

    def get_list_more_buttons(self, instance):
        return super().get_list_more_buttons(instance) + certificate_buttons(
            self.request.user, instance
        )

    @cached_property
    def header_more_buttons(self):
        """The PDFs of what the filters show (a school or a region) as one
        ZIP; for moderators, waves of certificates from a list."""
        query = self.request.GET.copy()
        for key in ("p", "export"):
            query.pop(key, None)
        buttons = [
            *super().header_more_buttons,
            Button(
                _("Download the PDFs (ZIP)"),
                url=reverse(f"{REGISTRY}:zip") + (f"?{query.urlencode()}" if query else ""),
                icon_name="download",
                priority=40,
            ),
        ]
        if can_change_certificates(self.request.user):
            buttons.append(
                Button(
                    _("Waves from a list"),
                    url=reverse(f"{REGISTRY}:waves"),
                    icon_name="upload",
                    priority=50,
                )
            )
        return buttons


def certificate_buttons(user, certificate):
    buttons = []
    if certificate.pdf:
        url = reverse("certificates:download", args=[certificate.code])
        buttons.append(Button(_("Download PDF"), url=url, icon_name="download", priority=40))
    if certificate.status == Certificate.Status.VALID and can_change_certificates(user):
        buttons += [
            Button(
                _("Correct the name and reissue"),
                url=reverse(f"{REGISTRY}:reissue", args=[quote(certificate.pk)]),
                icon_name="resubmit",
                priority=50,
            ),
            Button(
                _("Revoke"),
                url=reverse(f"{REGISTRY}:revoke", args=[quote(certificate.pk)]),
                icon_name="cross",
                priority=60,
            ),
        ]
    return buttons


class CertificateInspectView(AuditedObject, InspectView):
    template_name = "certificates/admin/certificate_inspect.html"
    audit_what = AccessRecord.What.CERTIFICATE

    def audit_subject(self, certificate):
        return trail.subject(user_id=certificate.holder_id)

    def get_object(self, queryset=None):
        certificates = visible_certificates(self.request.user).select_related(
            "template", "region", "school"
        )
        return get_object_or_404(certificates, pk=self.pk)

    def get_course_display_value(self):
        return course_label(self.object)

    def get_field_label(self, field_name, field):
        if field_name == "course":
            return _("Course")
        return super().get_field_label(field_name, field)

    @cached_property
    def header_more_buttons(self):
        return super().header_more_buttons + certificate_buttons(self.request.user, self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["versions"] = (
            visible_certificates(self.request.user)
            .filter(number=self.object.number)
            .order_by("version")
        )
        return context


# --- Revoke and reissue -----------------------------------------------------------


class CertificateActionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """A form about one certificate; nothing changes unless it is valid and
    the service accepts it."""

    model = Certificate
    permission_required = "change"
    template_name = "certificates/admin/action_form.html"
    submit_label = ""

    @cached_property
    def object(self):
        certificates = visible_certificates(self.request.user).select_related("template")
        return get_object_or_404(certificates, pk=self.kwargs["pk"])

    @cached_property
    def inspect_url(self):
        return reverse(f"{REGISTRY}:inspect", args=[quote(self.object.pk)])

    def get_page_subtitle(self):
        return f"{self.object.number} v{self.object.version} · {self.object.holder_name}"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{REGISTRY}:index"), "label": _("Certificates")},
            {"url": self.inspect_url, "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            certificate=self.object,
            course=course_label(self.object),
            submit_label=self.submit_label,
            cancel_url=self.inspect_url,
        )
        return context

    def form_invalid(self, form):
        messages.error(self.request, _("Nothing was changed: correct the errors below."))
        return super().form_invalid(form)

    def refuse(self, form, error):
        form.add_error(None, str(error))
        return self.form_invalid(form)


class RevokeView(CertificateActionView):
    form_class = RevokeForm
    page_title = gettext_lazy("Revoke certificate")
    header_icon = "cross"
    submit_label = gettext_lazy("Revoke")

    def form_valid(self, form):
        reason = form.cleaned_data["reason"]
        try:
            with transaction.atomic():
                services.revoke(self.object, reason)
                log(
                    self.object,
                    "certificates.revoke",
                    user=self.request.user,
                    data={"reason": reason},
                )
        except services.CertificateError as error:
            return self.refuse(form, error)
        messages.success(
            self.request,
            _("Certificate %(number)s is revoked.") % {"number": self.object.number},
        )
        return redirect(self.inspect_url)


class ReissueView(CertificateActionView):
    form_class = ReissueForm
    page_title = gettext_lazy("Reissue certificate")
    header_icon = "resubmit"
    submit_label = gettext_lazy("Reissue with this name")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "certificate": self.object}

    def form_valid(self, form):
        try:
            with transaction.atomic():
                new = services.reissue(self.object, form.cleaned_data["holder_name"])
                log(
                    new,
                    "certificates.reissue",
                    user=self.request.user,
                    data={"number": new.number, "replaces": self.object.pk},
                )
                # Rendered and e-mailed to the holder once the new version is committed.
                transaction.on_commit(lambda: deliver_certificate.delay(new.pk))
        except services.CertificateError as error:
            return self.refuse(form, error)
        messages.success(
            self.request,
            _("Certificate %(number)s is reissued as version %(version)s; its PDF is on the way.")
            % {"number": new.number, "version": new.version},
        )
        return redirect(reverse(f"{REGISTRY}:inspect", args=[quote(new.pk)]))


# --- Regeneration -----------------------------------------------------------------


class RegenerationMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """Re-rendering issued certificates changes them: it takes the right to
    change certificates, not only templates."""

    model = Certificate
    permission_required = "change"
    header_icon = "rotate"

    def templates_crumb(self):
        return {"url": reverse(f"{TEMPLATES}:list"), "label": _("Certificate templates")}


def start_regeneration(template, user):
    """A job for the template's certificates valid now, queued after commit."""
    valid = template.certificates.filter(status=Certificate.Status.VALID)
    job = RegenerationJob.objects.create(
        template=template,
        requested_by=user,
        total=valid.count(),
        last_certificate_id=valid.aggregate(last=Max("pk"))["last"] or 0,
    )
    transaction.on_commit(lambda: regenerate_template.delay(job.pk))
    return job


class RegenerateView(RegenerationMixin, TemplateView):
    template_name = "certificates/admin/regenerate.html"
    page_title = gettext_lazy("Regenerate certificates")

    @cached_property
    def certificate_template(self):
        return get_object_or_404(CertificateTemplate, pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.certificate_template)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            self.templates_crumb(),
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            certificate_template=self.certificate_template,
            count=self.certificate_template.certificates.filter(
                status=Certificate.Status.VALID
            ).count(),
            jobs=self.certificate_template.regeneration_jobs.select_related("requested_by")[:10],
        )
        return context

    def post(self, request, *args, **kwargs):
        with transaction.atomic():
            # One job at a time per template: the lock orders two clicks.
            CertificateTemplate.objects.select_for_update().get(pk=self.certificate_template.pk)
            running = self.certificate_template.regeneration_jobs.filter(
                status__in=[RegenerationJob.Status.QUEUED, RegenerationJob.Status.RUNNING]
            ).first()
            if running is None:
                job = start_regeneration(self.certificate_template, request.user)
                log(
                    self.certificate_template,
                    "certificates.regenerate",
                    user=request.user,
                    data={"job": job.pk},
                )
        if running is not None:
            messages.warning(request, _("A regeneration of this template is already running."))
            job = running
        else:
            messages.success(
                request,
                _("Regenerating %(total)s certificates in the background.") % {"total": job.total},
            )
        return redirect(reverse(f"{TEMPLATES}:regeneration_job", args=[job.pk]))


class RegenerationJobView(RegenerationMixin, TemplateView):
    template_name = "certificates/admin/regeneration_job.html"
    page_title = gettext_lazy("Regeneration")

    @cached_property
    def job(self):
        jobs = RegenerationJob.objects.select_related("template", "requested_by")
        return get_object_or_404(jobs, pk=self.kwargs["job_pk"])

    def get_page_subtitle(self):
        return str(self.job.template)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            self.templates_crumb(),
            {
                "url": reverse(f"{TEMPLATES}:regenerate", args=[self.job.template_id]),
                "label": _("Regenerate certificates"),
            },
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            job=self.job,
            failures=self.job.items.filter(ok=False).select_related("certificate")[:20],
        )
        return context

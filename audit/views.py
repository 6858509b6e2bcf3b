"""Mixins that record the admin's reads of personal data (``audit.trail``).

``AuditedListing`` on a Wagtail index view records each page of rows it
renders (the full page and the results fragment its filters fetch);
``AuditedObject`` on an inspect or edit view records the one object each
time its page is rendered.
"""

from . import trail


class AuditedListing:
    audit_what = None

    def audit_subject(self, obj):
        """(user id, guest registration id) of whose data a row shows."""
        raise NotImplementedError

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = list(context["object_list"])
        trail.record(
            self.request, self.audit_what, [self.audit_subject(o) for o in rows], rows=len(rows)
        )
        return context


class AuditedObject:
    audit_what = None

    def audit_subject(self, obj):
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        trail.record(self.request, self.audit_what, [self.audit_subject(self.object)], rows=1)
        return context

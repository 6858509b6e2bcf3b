"""The Wagtail admin's user screens, with the fields our users carry; the
list and each user's page leave a record in the audit trail."""

from wagtail.users.views import users as wagtail_users
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from audit import trail
from audit.models import AccessRecord
from audit.views import AuditedListing, AuditedObject

from .forms import AdminUserCreationForm, AdminUserEditForm


class UserIndexView(AuditedListing, wagtail_users.IndexView):
    audit_what = AccessRecord.What.ADMIN_USERS

    def audit_subject(self, user):
        return trail.subject(user_id=user.pk)


class UserEditView(AuditedObject, wagtail_users.EditView):
    audit_what = AccessRecord.What.ADMIN_USER

    def audit_subject(self, user):
        return trail.subject(user_id=user.pk)


class UserViewSet(WagtailUserViewSet):
    index_view_class = UserIndexView
    edit_view_class = UserEditView

    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class UsersConfig(AppConfig):
    name = "users"
    verbose_name = _("Accounts")


class CustomWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with our fields (patronymic, role, school, scope)."""

    user_viewset = "users.viewsets.UserViewSet"

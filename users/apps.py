from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig
from django.utils.translation import gettext_lazy as _


class UsersConfig(AppConfig):
    name = "users"
    verbose_name = _("Accounts")


class CustomWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with our fields (patronymic, role, school, scope)."""

    user_viewset = "users.viewsets.UserViewSet"

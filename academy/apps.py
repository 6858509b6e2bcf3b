from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = _("Parents' Academy")

    def ready(self):
        from allauth.account.signals import email_confirmed, password_reset

        from . import guests

        password_reset.connect(guests.on_password_reset, dispatch_uid="academy.guests.claim")
        email_confirmed.connect(
            guests.on_email_confirmed, dispatch_uid="academy.guests.attach_registrations"
        )

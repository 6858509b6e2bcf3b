"""django-allauth adapter: letters go out in the person's own language,
signed with the platform's name rather than the server's host name."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        user = context.get("user")
        language = getattr(user, "preferred_language", None) or translation.get_language()
        with translation.override(language):
            site = SimpleNamespace(name=gettext("Bilim"), domain=urlsplit(settings.SITE_URL).netloc)
            super().send_mail(template_prefix, email, {"current_site": site, **context})

"""django-allauth adapter: letters go out in the person's own language,
signed with the platform's name rather than the server's host name.

Signing up with the e-mail of an account the Parents' Academy made to hold
a guest's certificate (``academy.guests``) creates nothing: the letter
allauth sends to that address instead carries a link to set the account's
password, so only the owner of the mailbox can take it over.

The client's address, which every rate limit counts by, is read through the
trusted proxies (``TRUSTED_PROXY_COUNT``); a request with fewer
``X-Forwarded-For`` entries than that did not come through them, so its own
peer address is the client's rather than a reason for an error page."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.utils import translation
from django.utils.translation import gettext


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request):
        try:
            return super().get_client_ip(request)
        except ImproperlyConfigured:  # fewer X-Forwarded-For entries than trusted proxies
            address = request.META.get("REMOTE_ADDR")
            if not address:
                raise PermissionDenied("Unable to determine client IP address") from None
            return address

    def send_mail(self, template_prefix, email, context):
        user = context.get("user")
        language = getattr(user, "preferred_language", None) or translation.get_language()
        with translation.override(language):
            site = SimpleNamespace(name=gettext("Bilim"), domain=urlsplit(settings.SITE_URL).netloc)
            super().send_mail(template_prefix, email, {"current_site": site, **context})

    def send_account_already_exists_mail(self, email):
        from academy.guests import waiting_account

        account = waiting_account(email)
        if account is None:
            return super().send_account_already_exists_mail(email)
        # Written in the language the person is signing up in, not the
        # account's: no ``user`` in the context.
        self.send_mail(
            "account/email/guest_account",
            email,
            {"email": email, "password_reset_url": self.set_password_url(account)},
        )

    def set_password_url(self, user):
        """allauth's own password reset link for this account."""
        from allauth.account.forms import default_token_generator
        from allauth.account.utils import user_pk_to_url_str

        key = f"{user_pk_to_url_str(user)}-{default_token_generator.make_token(user)}"
        return self.get_reset_password_from_key_url(key)

"""Forms that replace django-allauth's own (``ACCOUNT_FORMS``). Kept apart
from ``users.forms``, which allauth imports while building its sign-up form."""

from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm


class ResetPasswordForm(AllauthResetPasswordForm):
    """allauth sends reset links to active accounts only. A Parents' Academy
    guest account (inactive until its owner sets a password) gets one too:
    setting the password through it is how the owner takes it over."""

    def clean_email(self):
        from academy.guests import waiting_account

        email = super().clean_email()
        if not self.users:
            account = waiting_account(email)
            if account is not None:
                self.users = [account]
        return email

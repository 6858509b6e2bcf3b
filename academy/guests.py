"""A guest's account, claimed by the owner of its e-mail.

``attendance.holder_for`` makes an inactive account without a password to
hold a guest's certificate. Its owner takes it over through django-allauth,
by proving the mailbox and nothing else:

- signing up with that e-mail creates nothing and changes nothing; the
  letter that allauth sends instead ("an account already exists") is, for a
  guest account, a link to set its password (``users.adapter``);
- "Forgotten your password?" with that e-mail sends the same kind of link
  (``users.account_forms``);
- setting the password through that link (allauth's ``password_reset``
  signal) switches the account on, confirms the e-mail address and gives the
  account the registrations made with it as a guest.

Confirming the e-mail of a new account (``email_confirmed``) likewise gives
it the guest registrations of that address.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from . import services
from .models import GuestAccount


def waiting_account(email):
    """The guest account of this e-mail that waits for its owner, or None."""
    return (
        get_user_model()
        .objects.filter(
            email__iexact=email.strip(),
            is_active=False,
            academy_guest_account__isnull=False,
            academy_guest_account__claimed_at__isnull=True,
        )
        .first()
    )


def claim(user, now=None):
    """Hand the guest account to the owner of its e-mail, who has just proven
    it. Returns True if it was claimed now; any other account is left as it is."""
    from allauth.account.models import EmailAddress

    now = now or timezone.now()
    with transaction.atomic():
        claimed = GuestAccount.objects.filter(
            user_id=user.pk, claimed_at__isnull=True, user__is_active=False
        ).update(claimed_at=now)
        if not claimed:
            return False
        get_user_model().objects.filter(pk=user.pk).update(is_active=True)
        user.is_active = True
        email = user.email.lower()
        address = EmailAddress.objects.filter(user_id=user.pk, email__iexact=email).first()
        if address is None:
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        else:
            address.verified = address.primary = True
            address.save(update_fields=["verified", "primary"])
        services.attach_registrations(user, email)
    return True


def on_password_reset(sender, request, user, **kwargs):
    """allauth: a password was set through the link sent to the e-mail."""
    claim(user)


def on_email_confirmed(sender, request, email_address, **kwargs):
    """allauth: an account's e-mail address was confirmed."""
    if email_address.user_id:
        services.attach_registrations(email_address.user, email_address.email)

"""Accounts the academy made on a guest's behalf.

A certificate needs a holder, and a parent may have registered with only a
name and an e-mail; ``academy.attendance.holder_for`` then makes an inactive
account without a password to hold it, and records it here. The row is what
marks the account as *waiting for its owner*: whoever later proves the
mailbox (the link in a letter sent to it) may set a password and use it
(``academy.guests``). An account an administrator switched off has no such
row, or one already claimed, and is never switched back on this way.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class GuestAccount(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="academy_guest_account",
        verbose_name=_("account"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Set once, when the owner of the e-mail set a password.
    claimed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("guest account")
        verbose_name_plural = _("guest accounts")

    def __str__(self):
        return str(self.user)

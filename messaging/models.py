"""What the messaging app keeps: a person's addresses on each channel, the
order they prefer the channels in, the one-time tokens that link a Telegram
chat, and the log of every message sent or held.

A person is an account (``user``) or a guest known by the e-mail they
registered with (``email``, ``user`` empty), as ``privacy.Consent`` has it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .channels import DEFAULT_ORDER, MESSENGERS, Channel

NAMES_A_PERSON = Q(user__isnull=False) | ~Q(email="")


class PersonMixin(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta:
        abstract = True


class Contact(PersonMixin):
    """One address of a person on a channel: a Telegram chat id or a phone
    number ("+7…"). Live while ``stopped_at`` is empty; a person has at most
    one live address per channel, and a stopped one stays as the record."""

    channel = models.CharField(
        _("channel"), max_length=10, choices=[(c.value, c.label) for c in MESSENGERS]
    )
    address = models.CharField(_("address"), max_length=64)
    language = models.CharField(_("language"), max_length=8, default="kk")
    linked_at = models.DateTimeField(_("linked"), auto_now_add=True)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    stopped_at = models.DateTimeField(_("stopped"), null=True, blank=True)
    stop_reason = models.CharField(_("why it stopped"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        indexes = [models.Index(fields=["channel", "address"])]
        constraints = [
            models.CheckConstraint(condition=NAMES_A_PERSON, name="contact_names_a_person"),
            models.UniqueConstraint(
                fields=["user", "channel"],
                condition=Q(stopped_at__isnull=True, user__isnull=False),
                name="one_live_contact_per_account_channel",
            ),
            models.UniqueConstraint(
                fields=["email", "channel"],
                condition=Q(stopped_at__isnull=True, user__isnull=True),
                name="one_live_contact_per_guest_channel",
            ),
        ]

    def __str__(self):
        return f"{self.channel} {self.pk}"

    @property
    def is_live(self):
        return self.stopped_at is None


class ChannelOrder(PersonMixin):
    """The order a person prefers the channels in, e.g. "sms,telegram,email"."""

    order = models.CharField(
        _("order of channels"), max_length=40, default=",".join(c.value for c in DEFAULT_ORDER)
    )

    class Meta:
        verbose_name = _("order of channels")
        verbose_name_plural = _("orders of channels")
        constraints = [
            models.CheckConstraint(condition=NAMES_A_PERSON, name="channel_order_names_a_person"),
            models.UniqueConstraint(
                fields=["user"], condition=Q(user__isnull=False), name="one_order_per_account"
            ),
            models.UniqueConstraint(
                fields=["email"], condition=Q(user__isnull=True), name="one_order_per_guest"
            ),
        ]

    def __str__(self):
        return self.order

    @property
    def channels(self):
        return [Channel(name) for name in self.order.split(",") if name in Channel.values]


class LinkToken(PersonMixin):
    """A one-time token for Telegram's deep link (``/start <token>``). Only
    its SHA-256 is kept: the token itself travels in the link alone."""

    token_hash = models.CharField(max_length=64, unique=True)
    language = models.CharField(_("language"), max_length=8, default="kk")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), db_index=True)
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    class Meta:
        verbose_name = _("Telegram link token")
        verbose_name_plural = _("Telegram link tokens")
        constraints = [
            models.CheckConstraint(condition=NAMES_A_PERSON, name="link_token_names_a_person")
        ]

    def __str__(self):
        return f"{self.pk}"


class Delivery(PersonMixin):
    """One message to one person on one channel: the delivery log.

    ``dedupe_key`` ("reminder_24h:registration:123:telegram") is unique, so
    two beats or two tasks that mean the same message make one row; the
    sending task claims the row (``queued``/``held`` to ``sending``) before
    it calls the provider, so it goes once."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        HELD = "held", _("Held for the morning")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Not sent")

    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    kind = models.CharField(_("kind"), max_length=20)
    registration = models.ForeignKey(
        "academy.Registration",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    certificate = models.ForeignKey(
        "certificates.Certificate",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    dedupe_key = models.CharField(max_length=120, unique=True)
    # The session's sequence the text was written for (``relevance``).
    sequence = models.PositiveIntegerField(null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, default="kk")
    text = models.TextField(_("text"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    provider_id = models.CharField(_("provider's message id"), max_length=100, blank=True)
    error = models.TextField(_("error"), blank=True)
    not_before = models.DateTimeField(_("not before"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        indexes = [
            models.Index(fields=["status", "not_before"]),
            models.Index(fields=["registration", "channel", "status"]),
        ]
        constraints = [
            models.CheckConstraint(condition=NAMES_A_PERSON, name="delivery_names_a_person")
        ]

    def __str__(self):
        return self.dedupe_key


class PhoneCheck(PersonMixin):
    """One code sent by SMS to prove a number (``messaging.phone_codes``).

    Open (``closed_at`` empty) while it waits for the code; closed when the
    code came back (the number became a ``Contact``), when a newer code or
    number replaced it, or when the SMS could not be sent. Only an HMAC of
    the code is kept. The rows of the last hour are also the count that
    limits how many codes go to one person and to one number."""

    class Outcome(models.TextChoices):
        PROVED = "proved", _("Proved")
        REPLACED = "replaced", _("Replaced by a newer code")
        NOT_SENT = "not_sent", _("Not sent")

    phone = models.CharField(_("phone number"), max_length=16)
    language = models.CharField(_("language"), max_length=8, default="kk")
    salt = models.CharField(max_length=32)
    code_hash = models.CharField(max_length=64)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    expires_at = models.DateTimeField(_("expires"))
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, blank=True)

    class Meta:
        verbose_name = _("phone number check")
        verbose_name_plural = _("phone number checks")
        indexes = [models.Index(fields=["phone", "created_at"])]
        constraints = [
            models.CheckConstraint(condition=NAMES_A_PERSON, name="phone_check_names_a_person")
        ]

    def __str__(self):
        return f"{self.pk}"

"""The custom user model, in place from the first migration.

E-mail is the login (no usernames). Names follow Kazakh and Russian practice:
surname, given name and an optional patronymic. ``first_name`` and
``last_name`` keep Django's column names so that the Wagtail admin's user
screens work unchanged; their labels say what they hold.
"""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from .validators import validate_person_name


class Role(models.TextChoices):
    """What a person is, chosen at sign-up. Staff roles are groups instead."""

    TEACHER = "teacher", _("Teacher")
    PSYCHOLOGIST = "psychologist", _("School psychologist")
    SOCIAL_PEDAGOGUE = "social_pedagogue", _("Social pedagogue")
    PARENT = "parent", _("Parent")


# The roles that take the teacher course and must name their school.
SCHOOL_STAFF_ROLES = {Role.TEACHER, Role.PSYCHOLOGIST, Role.SOCIAL_PEDAGOGUE}


class EmailUserManager(UserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    last_name = models.CharField(_("surname"), max_length=100, validators=[validate_person_name])
    first_name = models.CharField(
        _("given name"), max_length=100, validators=[validate_person_name]
    )
    patronymic = models.CharField(
        _("patronymic"), max_length=100, blank=True, validators=[validate_person_name]
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=[("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")],
        default="kk",
    )
    role = models.CharField(_("role"), max_length=32, choices=Role.choices, blank=True)
    school = models.ForeignKey(
        "directory.School",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("school"),
    )
    # Where an officer's reports reach, or, for everyone else, copied from the
    # school so that reports filter by district or region without joins.
    district = models.ForeignKey(
        "directory.District",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("district"),
    )
    region = models.ForeignKey(
        "directory.Region",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [
            ("view_reports", _("Can see reports within their district or region")),
            ("view_school_reports", _("Can see the reports of their own school")),
            ("view_national_reports", _("Can see national reports")),
        ]

    def save(self, *args, **kwargs):
        if self.school_id:
            school = self.school
            self.district_id = school.district_id
            self.region_id = school.region_id
        super().save(*args, **kwargs)

    def get_full_name(self):
        """Surname, given name, patronymic: the order used on Kazakh documents."""
        parts = [self.last_name, self.first_name, self.patronymic]
        return " ".join(part for part in parts if part).strip() or self.email

    def get_short_name(self):
        return self.first_name or self.email

    def __str__(self):
        return self.get_full_name()

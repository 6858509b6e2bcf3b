"""Demo accounts: one person for each role, sharing one password."""

import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from directory.models import District, Region, School

from . import roles
from .models import Role, User

DEMO_DOMAIN = "demo.bilim.kz"

# (e-mail local part, surname, given name, role, staff group, scope)
DEMO_PEOPLE = [
    ("teacher", "Сейтқали", "Әлия", Role.TEACHER, None, "school"),
    ("graduate", "Қасымов", "Нұржан", Role.TEACHER, None, "school"),
    ("psychologist", "Нұрланова", "Гүлнар", Role.PSYCHOLOGIST, None, "school"),
    ("social", "Омаров", "Қанат", Role.SOCIAL_PEDAGOGUE, None, "school"),
    ("parent", "Жұмабекова", "Айгүл", Role.PARENT, None, "school"),
    ("methodologist", "Ахметова", "Сәуле", "", roles.METHODOLOGISTS, None),
    ("moderator", "Байжанов", "Ерлан", "", roles.MODERATORS, None),
    ("coordinator", "Қасымова", "Динара", "", roles.SCHOOL_COORDINATORS, "school"),
    ("district", "Тұрсынов", "Арман", "", roles.DISTRICT_OFFICERS, "district"),
    ("region", "Есенова", "Мөлдір", "", roles.REGIONAL_OFFICERS, "region"),
    ("analyst", "Серікбаев", "Даурен", "", roles.NATIONAL_ANALYSTS, None),
    ("auditor", "Әбдірахманова", "Жанар", "", roles.NATIONAL_AUDITORS, None),
]


def seed(stdout):
    """Create the demo people that are missing; return the password if any were made."""
    school = School.objects.select_related("district", "region").order_by("code").first()
    password = secrets.token_urlsafe(12)
    created_any = False
    for local, surname, given, role, group_name, scope in DEMO_PEOPLE:
        email = f"{local}@{DEMO_DOMAIN}"
        user, created = User.objects.get_or_create(
            email=email,
            defaults={"last_name": surname, "first_name": given, "role": role},
        )
        if created:
            created_any = True
            user.set_password(password)
        if scope and school:
            _apply_scope(user, scope, school)
        user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    admin, created = User.objects.get_or_create(
        email=f"admin@{DEMO_DOMAIN}",
        defaults={"last_name": "Әкімшісі", "first_name": "Платформа", "is_staff": True},
    )
    if created:
        created_any = True
        admin.is_superuser = True
        admin.set_password(password)
        admin.save()
        EmailAddress.objects.create(user=admin, email=admin.email, verified=True, primary=True)
    return password if created_any else None


def _apply_scope(user, scope, school):
    if scope == "school":
        user.school = school
    elif scope == "district":
        user.school = None
        user.district = District.objects.get(pk=school.district_id)
        user.region = Region.objects.get(pk=school.region_id)
    elif scope == "region":
        user.school = None
        user.district = None
        user.region = Region.objects.get(pk=school.region_id)


def person(local):
    return User.objects.get(email=f"{local}@{DEMO_DOMAIN}")

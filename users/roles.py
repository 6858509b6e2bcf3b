"""Staff roles as Django groups, and the permissions each one holds.

The groups are created by a data migration (``0002_staff_groups``) so that
every fresh database has them; ``sync_staff_groups`` is idempotent and takes
an ``apps`` registry so the migration can call it with historical models.

Methodologists write and submit for review, and review learners' practical
tasks; moderators publish (they are Wagtail's own "Moderators" group, which
its default approval workflow already names). Coordinators and officers
reach the admin for their own tasks; the scope of what they see (school,
district, region) lives on the user.
"""

from django.utils.translation import gettext, gettext_noop

METHODOLOGISTS = "Methodologists"
MODERATORS = "Moderators"
SCHOOL_COORDINATORS = "School coordinators"
DISTRICT_OFFICERS = "District officers"
REGIONAL_OFFICERS = "Regional officers"
NATIONAL_ANALYSTS = "National analysts"
NATIONAL_AUDITORS = "National auditors"

# Marked for translation; shown in the admin and on the dashboard.
ROLE_LABELS = {
    METHODOLOGISTS: gettext_noop("Methodologist"),
    MODERATORS: gettext_noop("Moderator"),
    SCHOOL_COORDINATORS: gettext_noop("School coordinator"),
    DISTRICT_OFFICERS: gettext_noop("District officer"),
    REGIONAL_OFFICERS: gettext_noop("Regional officer"),
    NATIONAL_ANALYSTS: gettext_noop("National analyst"),
    NATIONAL_AUDITORS: gettext_noop("National auditor"),
}

# The groups' names, marked for translation: they stay English in the database,
# where code finds them, and read in the admin's language on its user form.
# Wagtail's own "Editors" and "Moderators" too.
GROUP_NAMES = (
    gettext_noop("Methodologists"),
    gettext_noop("Moderators"),
    gettext_noop("Editors"),
    gettext_noop("School coordinators"),
    gettext_noop("District officers"),
    gettext_noop("Regional officers"),
    gettext_noop("National analysts"),
    gettext_noop("National auditors"),
)


def group_label(group):
    """A group's name in the active language (one we never named, as it is)."""
    return gettext(group.name)


_MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
_CONTENT_SNIPPETS = [
    "content.add_callcentre",
    "content.change_callcentre",
    "content.view_callcentre",
]
_CERTIFICATE_TEMPLATES = [
    "certificates.add_certificatetemplate",
    "certificates.change_certificatetemplate",
    "certificates.view_certificatetemplate",
]

# Model and admin permissions ("app_label.codename") per group.
GROUP_PERMISSIONS = {
    METHODOLOGISTS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        *_MEDIA,
        *_CONTENT_SNIPPETS,
        *_CERTIFICATE_TEMPLATES,
        "courses.review_practicaltask",  # accept or return learners' practical tasks
        "courses.run_live_sessions",  # schedule lessons' live sessions, mark their registers
    ],
    MODERATORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        *_MEDIA,
        *_CONTENT_SNIPPETS,
        "content.delete_callcentre",
        *_CERTIFICATE_TEMPLATES,
        "certificates.view_certificate",
        "certificates.change_certificate",  # revoke, reissue, regenerate
    ],
    SCHOOL_COORDINATORS: ["wagtailadmin.access_admin", "users.view_school_reports"],
    # Officers reach the admin for the Learners screen (their district or
    # region) and, regional ones, the certificate registry (their region only).
    DISTRICT_OFFICERS: ["wagtailadmin.access_admin", "users.view_reports"],
    REGIONAL_OFFICERS: [
        "wagtailadmin.access_admin",
        "users.view_reports",
        "certificates.view_certificate",
    ],
    NATIONAL_ANALYSTS: [
        "wagtailadmin.access_admin",
        "users.view_reports",
        "users.view_national_reports",
        "certificates.view_certificate",
    ],
    # The audit trail of staff access (``audit``): search and export it, nothing else.
    NATIONAL_AUDITORS: ["wagtailadmin.access_admin", "audit.view_accessrecord"],
}

# Image and document permissions on the root collection: Wagtail checks media
# per collection, so the model permissions above alone show no Images or
# Documents menu (a methodologist could not upload a lesson video or captions).
GROUP_COLLECTION_PERMISSIONS = {group: list(_MEDIA) for group in (METHODOLOGISTS, MODERATORS)}

# Page permissions on the root of the tree, which every site sits under.
GROUP_PAGE_PERMISSIONS = {
    METHODOLOGISTS: ["add_page", "change_page", "lock_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def migrate_staff_groups(apps, schema_editor):
    """``RunPython`` of the migrations that add staff permissions: Django makes
    permissions only after all migrations, so make them now, then give the
    groups theirs (on a fresh database as on a live one)."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_staff_groups(apps)


def sync_staff_groups(apps):
    """Create or update every staff group. Safe to run any number of times."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, codes in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for code in codes:
            app_label, codename = code.split(".")
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)
        for code in GROUP_COLLECTION_PERMISSIONS.get(name, []) if root_collection else []:
            app_label, codename = code.split(".")
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        if root is None:
            continue
        for codename in GROUP_PAGE_PERMISSIONS.get(name, []):
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)

"""Create the staff groups with their Wagtail permissions (see users/roles.py)."""

from django.db import migrations

from users.roles import migrate_staff_groups




class Migration(migrations.Migration):
    dependencies = [
        ("users", "0001_initial"),
        ("content", "0003_helppage_homepage_standardpage_callcentre"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(migrate_staff_groups, migrations.RunPython.noop)]

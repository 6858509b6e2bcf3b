"""Re-create the rows that data migrations make, for transactional tests.

A transactional test ends with a flush that empties every table; the rows
the migrations wrote are gone for the next one. Django's serialized rollback
would reload them, but it does not survive Playwright's event loop, so the
same migration functions are run again here instead.
"""

import importlib

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from users.roles import MODERATORS, sync_staff_groups

regions_migration = importlib.import_module("directory.migrations.0002_regions")
approval_migration = importlib.import_module("courses.migrations.0006_hours_approval_task")


def restore_reference_data():
    if Page.objects.filter(depth=1).exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.add_root(title="Root", slug="root", locale=locale)
    # wagtailcore's 0002_initial_data: a "Welcome" page under the root, the default site on it
    welcome = root.add_child(
        instance=Page(title="Welcome to your new Wagtail site!", slug="home", locale=locale)
    )
    Site.objects.get_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": welcome}
    )
    regions_migration.create_regions(apps, None)
    sync_staff_groups(apps)
    restore_default_workflow(root)


def restore_default_workflow(root):
    """What wagtailcore's 0048_add_default_workflows made of the moderators'
    publish permission on the root (that migration reads an older schema),
    with the hours check of courses' 0006_hours_approval_task."""
    task = GroupApprovalTask.objects.create(name=f"{MODERATORS} approval")
    task.groups.set(Group.objects.filter(name=MODERATORS))
    workflow = Workflow.objects.create(name=task.name)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=root)
    approval_migration.use_hours_approval(apps, None)

"""Build the demo: directory, site tree and one person for each role, and
the report summaries counted from them.

Idempotent: run it again and it adds only what is missing. The demo
password is printed once, when the demo people are first created. It
refuses to run under production settings.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

import academy.demo
import certificates.demo
import content.demo
import courses.demo
import directory.demo
import literacy.demo
import privacy.demo
import users.demo


class Command(BaseCommand):
    help = "Load the demo content and accounts (never in production)."

    def handle(self, *args, **options):
        if getattr(settings, "ENVIRONMENT", "") == "production":
            raise CommandError("seed_demo refuses to run under production settings.")
        # Demo people have no real mailboxes: their letters are dropped.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            self.seed()

    def seed(self):
        with transaction.atomic():
            directory.demo.seed(self.stdout)
            content.demo.seed(self.stdout)
            literacy.demo.seed(self.stdout)
            courses.demo.seed(self.stdout)
            password = users.demo.seed(self.stdout)
            certificates.demo.seed(self.stdout)
            academy.demo.seed(self.stdout)
            privacy.demo.seed(self.stdout)  # after every demo account is made
            courses.demo.seed_learners(
                self.stdout,
                users.demo.person("teacher"),
                users.demo.person("graduate"),
                reviewer=users.demo.person("methodologist"),
            )
        # After the commit, as in production: the graduate's certificate.
        certificates.demo.issue_for(self.stdout, users.demo.person("graduate"))
        # Last, so the officers' reports count all of the above without Celery beat.
        call_command("refresh_stats", stdout=self.stdout)
        if password:
            self.stdout.write(self.style.SUCCESS("Demo accounts (password shown only this once):"))
            for local, *_ in users.demo.DEMO_PEOPLE:
                self.stdout.write(f"  {local}@{users.demo.DEMO_DOMAIN}")
            self.stdout.write(f"  admin@{users.demo.DEMO_DOMAIN}  (superuser)")
            self.stdout.write(self.style.WARNING(f"  password: {password}"))
        else:
            self.stdout.write("Demo accounts already exist; their password is unchanged.")
        self.stdout.write(self.style.SUCCESS("Demo ready."))

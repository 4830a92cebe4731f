"""Delete abandoned submissions and files under MEDIA_ROOT no document refers to."""

import json

from django.core.management.base import BaseCommand, CommandError

from onboarding.application.maintenance import CleanupStale
from onboarding.infrastructure import factory


class Command(BaseCommand):
    help = ("Delete incomplete submissions not updated for --days days and orphaned "
            "files under MEDIA_ROOT; print a JSON summary.")

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30,
                            help="Age in days after which an unfinished submission is stale "
                                 "(default: 30).")
        parser.add_argument("--dry-run", action="store_true",
                            help="Only list what would be deleted.")

    def handle(self, *args, **options):
        try:
            command = CleanupStale(days=options["days"], dry_run=options["dry_run"])
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        report = factory.cleanup_service().run(command)
        self.stdout.write(json.dumps(report.as_dict(), indent=2))

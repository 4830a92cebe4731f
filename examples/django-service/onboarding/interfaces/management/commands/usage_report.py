"""Print the vision API usage of a month as JSON: {"used": .., "limit": .., "period": ..}."""

import json

from django.core.management.base import BaseCommand, CommandError

from onboarding.domain.errors import InvalidPeriod
from onboarding.infrastructure import factory


class Command(BaseCommand):
    help = "Print the monthly usage of the vision API as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--period", help="Month as YYYY-MM (default: the current month).")

    def handle(self, *args, **options):
        try:
            record = factory.usage_service().report(options["period"])
        except InvalidPeriod as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(record.as_report()))

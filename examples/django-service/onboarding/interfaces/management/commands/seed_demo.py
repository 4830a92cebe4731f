"""Load (or refresh) the demo questionnaire ``kyc-basic``."""

import json

from django.core.management.base import BaseCommand

from onboarding.infrastructure.repositories import DjangoQuestionnaireRepository
from onboarding.infrastructure.seed import demo_questionnaire


class Command(BaseCommand):
    help = "Create or update the demo questionnaire (idempotent)."

    def handle(self, *args, **options):
        questionnaire = demo_questionnaire()
        DjangoQuestionnaireRepository().store(questionnaire)
        self.stdout.write(json.dumps({"seeded": questionnaire.slug,
                                      "steps": questionnaire.step_keys}))

from django.apps import AppConfig


class OnboardingConfig(AppConfig):
    """The Django app holding the ORM models; its label is ``onboarding``."""

    name = "onboarding.infrastructure"
    label = "onboarding"
    verbose_name = "Onboarding"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from onboarding.infrastructure import checks  # noqa: F401  (registers checks)

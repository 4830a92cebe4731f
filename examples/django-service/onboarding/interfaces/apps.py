from django.apps import AppConfig


class InterfacesConfig(AppConfig):
    """Holds the management commands; has no models."""

    name = "onboarding.interfaces"
    label = "onboarding_interfaces"
    verbose_name = "Onboarding interfaces"

    def ready(self):
        # Registers the OpenAPI extension describing the bearer-token authentication.
        from onboarding.interfaces.api import schema  # noqa: F401

"""System checks for this service's own settings."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def vision_api_configured(app_configs, **kwargs):
    messages = []
    backend = getattr(settings, "VISION_API_BACKEND", "http")
    if backend == "fake":
        messages.append(Warning(
            "The in-memory vision API adapter is in use; documents are not really verified.",
            hint="Set VISION_API_URL (and VISION_API_KEY) for production.",
            id="onboarding.W001",
        ))
    elif backend == "http" and not getattr(settings, "VISION_API_URL", ""):
        messages.append(Error(
            "VISION_API_BACKEND is 'http' but VISION_API_URL is empty.",
            id="onboarding.E001",
        ))
    return messages

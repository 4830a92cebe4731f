"""Liveness endpoint for load balancers and smoke tests (no authentication)."""

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request):
    return JsonResponse({
        "status": "ok",
        "version": settings.APP_VERSION,
        "commit": settings.GIT_SHA,
    })

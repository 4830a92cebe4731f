from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from onboarding.interfaces.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/", include("onboarding.interfaces.api.urls")),
    path("admin/", admin.site.urls),
]

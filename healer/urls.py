from django.contrib import admin
from django.http import HttpRequest, JsonResponse
from django.urls import include, path

from runs.hosting.views import github_webhook


def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness probe for load balancers and docker-compose health checks."""
    return JsonResponse({"status": "ok"})


urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("api/", include("runs.api.urls")),
    path("hooks/github", github_webhook, name="github-webhook"),
    path("", include("runs.urls")),
]

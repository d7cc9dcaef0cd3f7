"""The REST API (Django REST framework) under /api/."""

from __future__ import annotations

from django.urls import path, re_path, register_converter
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from runs.api import views


class ApiIdConverter:
    """Object ids: 1 to 18 digits, so every id in a path fits the database's integer type."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


register_converter(ApiIdConverter, "api_id")

app_name = "api"

run_list = views.RunViewSet.as_view({"get": "list", "post": "create"})
run_detail = views.RunViewSet.as_view({"get": "retrieve"})
run_results = views.RunViewSet.as_view({"get": "results"})
run_cancel = views.RunViewSet.as_view({"post": "cancel"})
team_list = views.TeamViewSet.as_view({"get": "list"})
team_detail = views.TeamViewSet.as_view({"get": "retrieve"})

urlpatterns = [
    path("", views.ApiRootView.as_view(), name="root"),
    path("auth/token/", views.TokenObtainView.as_view(), name="auth-token"),
    path("runs/", run_list, name="runs"),
    path("runs/<api_id:pk>/", run_detail, name="run-detail"),
    path("runs/<api_id:pk>/iterations/", views.RunIterationList.as_view(), name="run-iterations"),
    path("runs/<api_id:pk>/fixes/", views.RunFixList.as_view(), name="run-fixes"),
    path("runs/<api_id:pk>/ci/", views.RunCIList.as_view(), name="run-ci"),
    path("runs/<api_id:pk>/results/", run_results, name="run-results"),
    path("runs/<api_id:pk>/cancel/", run_cancel, name="run-cancel"),
    path("teams/", team_list, name="teams"),
    path("teams/<api_id:pk>/", team_detail, name="team-detail"),
    path("leaderboard/", views.LeaderboardView.as_view(), name="leaderboard"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    re_path(r"^(?P<unmatched>.*)$", views.api_not_found),
]

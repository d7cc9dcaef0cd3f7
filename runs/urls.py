"""Browser dashboard routes (the API lives under /api/, in runs.api.urls)."""

from django.contrib.auth import views as auth_views
from django.urls import path

from runs import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("runs/", views.run_list, name="run-list"),
    path("runs/<int:pk>/", views.run_detail, name="run-detail"),
    path("runs/<int:pk>/live/", views.run_live, name="run-live"),
    path("runs/<int:pk>/results.json", views.run_results_download, name="run-results"),
    path("runs/<int:pk>/log.txt", views.run_log_download, name="run-log"),
    path("runs/<int:pk>/cancel/", views.run_cancel_view, name="run-cancel"),
    path("teams/", views.team_list, name="team-list"),
    path("teams/<int:pk>/", views.team_detail, name="team-detail"),
    path("leaderboard/", views.leaderboard_view, name="leaderboard"),
]

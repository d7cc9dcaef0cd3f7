"""REST API views: thin; reads come from runs.selectors, writes from runs.services.

Visibility is the queryset: a run or team the user may not see answers 404 exactly
like one that does not exist, so ids do not reveal other teams' activity.
"""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import Resolver404, resolve, reverse
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import generics, mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from runs.api.filters import FixFilter, RunFilter
from runs.api.pagination import ApiPagination
from runs.api.parsers import BoundedJSONParser
from runs.api.permissions import CanManageRun
from runs.api.schema import HealerAutoSchema
from runs.api.serializers import (
    CIObservationSerializer,
    DetailSerializer,
    EmptyBodySerializer,
    FixSerializer,
    IterationSerializer,
    LeaderboardRowSerializer,
    ResultsSerializer,
    RunCreateSerializer,
    RunDetailSerializer,
    RunSerializer,
    TeamSerializer,
    TokenRequestSerializer,
    TokenSerializer,
)
from runs.api.throttles import RunCreateThrottle, TokenObtainThrottle
from runs.hosting.models import CIObservation
from runs.hosting.selectors import ci_observations
from runs.models import Fix, Iteration, Run, Team
from runs.selectors import (
    leaderboard,
    run_fixes,
    run_list_visible,
    run_results_so_far,
    run_timeline,
    run_visible_to,
    team_list_with_members,
)
from runs.services import run_cancel, run_create, token_get_or_create


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the object's current state."
    default_code = "conflict"


def _field_errors(exc: DjangoValidationError) -> ValidationError:
    """A service's ValidationError as DRF's 400 body: {"field": ["message", ...]}."""
    if hasattr(exc, "error_dict"):
        return ValidationError(exc.message_dict)
    return ValidationError({"non_field_errors": exc.messages})


def _requester(view: APIView):
    # drf-spectacular instantiates views without a request when it builds the schema.
    return getattr(getattr(view, "request", None), "user", None)


class ApiMixin:
    """What every API view shares: JSON bodies with a size cap, pagination, error docs."""

    parser_classes = [BoundedJSONParser]
    pagination_class = ApiPagination
    schema = HealerAutoSchema()


@extend_schema_view(
    list=extend_schema(
        summary="List runs",
        description="Runs of your teams (staff: all runs), newest first, 25 per page.",
    ),
    retrieve=extend_schema(summary="Get a run", description="One run, with the tail of its log."),
)
class RunViewSet(ApiMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    filterset_class = RunFilter
    queryset = Run.objects.none()  # the model, for the schema; get_queryset decides what is visible

    def get_queryset(self):
        # The Git hosting row holds the pull request link (RunSerializer.links): one query, not one per run.
        return run_list_visible(user=_requester(self)).select_related("hosting")

    def get_serializer_class(self):
        # OPTIONS /api/runs/ (action "metadata") describes the POST body, too.
        creating = self.action == "metadata" and self.request.method == "POST" and "pk" not in self.kwargs
        if self.action == "create" or creating:
            return RunCreateSerializer
        if self.action == "list":
            return RunSerializer
        return RunDetailSerializer

    def get_throttles(self):
        if self.action == "create":
            return [RunCreateThrottle()]
        return super().get_throttles()

    def _detail(self, run: Run) -> dict:
        """The run as GET /api/runs/{id}/ shows it (re-read, with its counts)."""
        run = self.get_queryset().get(pk=run.pk)
        return RunDetailSerializer(run, context=self.get_serializer_context()).data

    @extend_schema(
        summary="Start a run",
        description=(
            "Queue a healing run. Answers 201 with the run; its address is in `url` and in the "
            "`Location` header. Runs per user are limited (HEALER_RUN_CREATE_RATE, default 30/hour)."
        ),
        request=RunCreateSerializer,
        responses={
            201: RunDetailSerializer,
            409: OpenApiResponse(DetailSerializer, description="A concurrent request created the same team."),
        },
        parameters=[
            OpenApiParameter(
                "Location",
                OpenApiTypes.URI,
                OpenApiParameter.HEADER,
                response=[201],
                description="The new run's URL.",
            )
        ],
    )
    def create(self, request: Request) -> Response:
        serializer = RunCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            run = run_create(**serializer.validated_data, created_by=request.user)
        except DjangoValidationError as exc:
            raise _field_errors(exc) from None
        except IntegrityError:
            # Two requests creating the same new team at once (PostgreSQL; SQLite serialises
            # writers): the unique team name refuses the second. Nothing was written.
            raise Conflict(
                "Another request created this team at the same moment; send yours again."
            ) from None
        data = self._detail(run)
        return Response(data, status=status.HTTP_201_CREATED, headers={"Location": str(data["url"])})

    @extend_schema(
        summary="Cancel a run",
        description=(
            "A queued run is cancelled at once; a running one is asked to stop at its next step "
            "(`cancel_requested` becomes true and its status changes when the worker stops). "
            "A finished run answers 409."
        ),
        request=None,
        responses={
            200: RunDetailSerializer,
            409: OpenApiResponse(DetailSerializer, description="The run has already finished."),
        },
    )
    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated, CanManageRun])
    def cancel(self, request: Request, pk: str | None = None) -> Response:
        run = self.get_object()
        EmptyBodySerializer(data=request.data).is_valid(raise_exception=True)
        try:
            run_cancel(run=run)
        except DjangoValidationError as exc:
            raise Conflict(" ".join(exc.messages)) from None
        return Response(self._detail(run))

    @extend_schema(
        summary="A run's results.json",
        description=(
            "Exactly the results.json document of the run. For a queued or running run it holds "
            "what is known so far: `final_status` is null until the run finishes, and so are "
            "`finished_at`, `duration_seconds` and the score parts."
        ),
        responses={200: ResultsSerializer},
        filters=False,
    )
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def results(self, request: Request, pk: str | None = None) -> Response:
        return Response(run_results_so_far(run=self.get_object()))


class _RunChildList(ApiMixin, generics.ListAPIView):
    """Rows belonging to one visible run: 404 when the run is not the user's."""

    def run(self) -> Run:
        if not hasattr(self, "_run"):
            visible = run_visible_to(user=_requester(self)).select_related(None)
            self._run = get_object_or_404(visible, pk=self.kwargs["pk"])
        return self._run


@extend_schema(summary="A run's iterations", description="Each check-and-repair round, in order.")
class RunIterationList(_RunChildList):
    serializer_class = IterationSerializer
    queryset = Iteration.objects.none()
    filter_backends: list = []

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Iteration.objects.none()
        return run_timeline(run=self.run())


@extend_schema(
    summary="A run's remote CI statuses",
    description="What the Git host's own CI reported after each push (empty when no hosting integration).",
)
class RunCIList(_RunChildList):
    serializer_class = CIObservationSerializer
    queryset = CIObservation.objects.none()
    filter_backends: list = []

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return CIObservation.objects.none()
        return ci_observations(run=self.run())


@extend_schema(summary="A run's fixes", description="Every fix attempt in the order it was made.")
class RunFixList(_RunChildList):
    serializer_class = FixSerializer
    filterset_class = FixFilter
    queryset = Fix.objects.none()

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Fix.objects.none()
        return run_fixes(run=self.run())

    def get_serializer_context(self) -> dict:
        context = super().get_serializer_context()
        if not getattr(self, "swagger_fake_view", False):
            context["run"] = self.run()
        return context


@extend_schema_view(
    list=extend_schema(summary="List teams", description="Your teams (staff: all teams), by name."),
    retrieve=extend_schema(summary="Get a team"),
)
class TeamViewSet(ApiMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = TeamSerializer
    queryset = Team.objects.none()
    filter_backends: list = []

    def get_queryset(self):
        return team_list_with_members(user=_requester(self))


@extend_schema(
    summary="The leaderboard",
    description=(
        "Public (no credentials needed), like the leaderboard page: every team's best finished run, "
        "passing runs first, then score, then time. Shows no repositories and no run details."
    ),
)
class LeaderboardView(ApiMixin, generics.ListAPIView):
    permission_classes = [AllowAny]
    serializer_class = LeaderboardRowSerializer
    filter_backends: list = []
    queryset = Team.objects.none()  # rows are computed by the leaderboard selector

    def list(self, request: Request) -> Response:
        page = self.paginate_queryset(leaderboard())
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class TokenObtainView(ApiMixin, generics.GenericAPIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [TokenObtainThrottle]
    serializer_class = TokenRequestSerializer

    @extend_schema(
        summary="Get an API token",
        description=(
            "Exchange a username and password for the user's token (the same token on every call; "
            "`manage.py drf_create_token -r USER` replaces it). Limited per client address "
            "(HEALER_API_TOKEN_RATE, default 20/minute)."
        ),
        request=TokenRequestSerializer,
        responses={200: TokenSerializer},
        auth=[],
    )
    def post(self, request: Request) -> Response:
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        # Django's own request: django-axes marks a lockout on it for its middleware's 429.
        user = authenticate(request=request._request, **serializer.validated_data)
        if user is None:
            raise ValidationError(
                {"non_field_errors": ["Unable to log in with the username and password given."]}
            )
        return Response({"token": token_get_or_create(user=user)})


class ApiRootView(ApiMixin, APIView):
    permission_classes = [AllowAny]

    @extend_schema(exclude=True)
    def get(self, request: Request) -> Response:
        links = {
            name: request.build_absolute_uri(reverse(f"api:{name.replace('_', '-')}"))
            for name in ("runs", "teams", "leaderboard", "auth_token", "schema", "docs", "redoc")
        }
        return Response(links)


@csrf_exempt  # a POST to a wrong address is a 404, not a CSRF failure
def api_not_found(request: HttpRequest, unmatched: str = "") -> JsonResponse:
    """Unknown /api/ addresses answer JSON like the rest of the API (not the HTML 404 page)."""
    detail = "Not found."
    if not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not api_not_found:
            detail = f"Not found. Did you mean {request.path}/ (with a trailing slash)?"
    return JsonResponse({"detail": detail}, status=404)

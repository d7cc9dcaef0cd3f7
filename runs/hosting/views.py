"""The GitHub webhook endpoint: thin, the work is in services.github_webhook_receive."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from runs.hosting.services import github_webhook_receive


@csrf_exempt  # authenticated by the HMAC signature, not by a session
@require_POST
def github_webhook(request: HttpRequest) -> JsonResponse:
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isdigit() or int(length) > settings.HEALER_WEBHOOK_MAX_BYTES:
        return JsonResponse({"status": "invalid", "detail": "The payload is too large."}, status=413)
    content_type = request.content_type or ""
    if content_type != "application/json":
        return JsonResponse(
            {"status": "invalid", "detail": "Set the webhook's content type to application/json."}, status=415
        )
    result = github_webhook_receive(
        event=request.headers.get("X-GitHub-Event", ""),
        delivery_id=request.headers.get("X-GitHub-Delivery", ""),
        signature=request.headers.get("X-Hub-Signature-256", ""),
        body=request.body,
    )
    response = JsonResponse(result.as_dict(), status=result.status_code)
    if result.retry_after is not None:
        response["Retry-After"] = str(result.retry_after)
    return response

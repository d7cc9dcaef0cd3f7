"""OpenAPI generation: every operation also documents the errors it can answer with.

drf-spectacular documents success responses only; a client (and the schemathesis
fuzz test) needs the 4xx shapes too, and they are the same everywhere: DRF's
{"detail": "..."} and, for input errors, {"field": ["message", ...]}.
"""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework.permissions import AllowAny

from runs.api.serializers import DetailSerializer

VALIDATION_ERROR_SCHEMA = {
    "type": "object",
    "description": "Input errors: each field maps to its messages; a malformed body has `detail` instead.",
    "properties": {
        "detail": {"type": "string"},
        "non_field_errors": {"type": "array", "items": {"type": "string"}},
    },
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}

_DESCRIPTIONS = {
    "400": "Invalid input (field messages).",
    "401": "No or invalid credentials (send `Authorization: Token <token>`).",
    "403": "Not allowed (e.g. a session request without its CSRF token).",
    "404": "No such object (or not yours), or a page past the end.",
    "413": "Request body too large.",
    "415": "Body is not JSON.",
    "429": "Too many requests; retry after `Retry-After` seconds.",
}


class HealerAutoSchema(AutoSchema):
    def _error_codes(self) -> list[str]:
        codes: list[str] = []
        has_body = self.method in ("POST", "PUT", "PATCH") and self.get_request_serializer() is not None
        # List views take page/filter parameters; bodies take fields: both can be invalid.
        if has_body or self._is_list_view():
            codes.append("400")
        if not any(isinstance(permission, AllowAny) for permission in self.view.get_permissions()):
            codes.append("401")
            if self.method not in ("GET", "HEAD", "OPTIONS"):
                codes.append("403")  # session requests without their CSRF token
        if "{" in self.path or self._is_list_view():
            codes.append("404")
        if has_body:
            codes += ["413", "415"]
        if self.view.get_throttles() or getattr(self.view, "documents_throttling", False):
            codes.append("429")
        return codes

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        validation = ResolvedComponent(
            name="ValidationError",
            type=ResolvedComponent.SCHEMA,
            object="ValidationError",
            schema=VALIDATION_ERROR_SCHEMA,
        )
        self.registry.register_on_missing(validation)
        for code in self._error_codes():
            if code in responses:
                continue
            body = validation.ref if code == "400" else DetailSerializer
            response = self._get_response_for_code(body, code, direction=direction)
            response["description"] = _DESCRIPTIONS[code]
            if code == "429":
                response["headers"] = {
                    "Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}
                }
            responses[code] = response
        return responses

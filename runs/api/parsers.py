"""Request parsing for the API: JSON only, size-capped, and never a 500 on hostile input."""

from __future__ import annotations

import io

from django.conf import settings
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import JSONParser


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


class BoundedJSONParser(JSONParser):
    """JSONParser that refuses bodies over HEALER_API_MAX_BODY bytes.

    DRF hands the parser the raw request stream, which bypasses Django's
    DATA_UPLOAD_MAX_MEMORY_SIZE, so without this a client could make the web
    process read and decode a body of any size.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.HEALER_API_MAX_BODY
        request = (parser_context or {}).get("request")
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        try:
            declared_length = int(declared or 0)
        except ValueError:
            declared_length = 0
        if declared_length > limit:
            raise PayloadTooLarge(f"The request body is too large ({limit} bytes at most).")
        body = stream.read(limit + 1)
        if len(body) > limit:
            raise PayloadTooLarge(f"The request body is too large ({limit} bytes at most).")
        try:
            return super().parse(io.BytesIO(body), media_type, parser_context)
        except RecursionError:
            # json raises RecursionError (not ValueError) for deeply nested arrays/objects.
            raise ParseError("JSON parse error - the document is nested too deeply.") from None

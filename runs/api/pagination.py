from __future__ import annotations

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


def _whole_number(request, name: str, *, maximum: int | None = None) -> int | None:
    """The query parameter `name` as one whole number from 1 (None when absent); 400 otherwise."""
    raw = request.query_params.getlist(name)
    if not raw:
        return None
    value = raw[-1].strip()
    if len(raw) == 1 and value.isascii() and value.isdigit() and 1 <= int(value) <= (maximum or int(value)):
        return int(value)
    bound = f" to {maximum}" if maximum else " up"
    raise ValidationError({name: [f"Must be one whole number from 1{bound}."]})


class ApiPagination(PageNumberPagination):
    """`?page=N` and `?page_size=N` (1-100, default 25); a page past the end answers 404.

    DRF quietly reads a malformed page_size as the default and an empty page as the
    first; the API says what is wrong instead, as it does for every other parameter.
    """

    page_size_query_param = "page_size"
    max_page_size = 100

    def get_page_size(self, request) -> int:
        return (
            _whole_number(request, self.page_size_query_param, maximum=self.max_page_size) or self.page_size
        )

    def get_page_number(self, request, paginator) -> int:
        return _whole_number(request, self.page_query_param) or 1

    def get_schema_operation_parameters(self, view) -> list[dict]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1}
            elif parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": self.max_page_size}
        return parameters

"""Renders every error as RFC 9457 problem details:

    {"type": "urn:sav:problem:<code>", "title": ..., "status": ..., "detail": ..., "code": ...,
     "errors": {"field": [{"code": ..., "message": ...}]}}
"""

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from rest_framework import exceptions as drf
from rest_framework.response import Response

from core.errors import ApplicationError

PROBLEM_CONTENT_TYPE = "application/problem+json"

_DRF_CODES: dict[type[drf.APIException], tuple[str, str]] = {
    drf.ValidationError: ("validation_error", "The request contains invalid fields"),
    drf.ParseError: ("malformed_request", "The request body could not be parsed"),
    drf.NotAuthenticated: ("not_authenticated", "Authentication is required"),
    drf.AuthenticationFailed: ("authentication_failed", "Authentication failed"),
    drf.PermissionDenied: ("permission_denied", "You are not allowed to do this"),
    drf.NotFound: ("not_found", "Not found"),
    drf.MethodNotAllowed: ("method_not_allowed", "Method not allowed"),
    drf.NotAcceptable: ("not_acceptable", "Not acceptable"),
    drf.UnsupportedMediaType: ("unsupported_media_type", "Unsupported media type"),
    drf.Throttled: ("rate_limited", "Too many requests, try again later"),
}


def problem_body(
    *, code: str, title: str, status: int, detail: str, errors: dict | None = None, **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": f"urn:sav:problem:{code}",
        "title": title,
        "status": status,
        "detail": detail,
        "code": code,
    }
    if errors:
        body["errors"] = errors
    body.update(extra)
    return body


def _flatten_field_errors(detail: Any, prefix: str = "") -> dict[str, list[dict[str, str]]]:
    """DRF nests errors like its serializers; the problem shape keeps one level: "field.sub"."""
    flat: dict[str, list[dict[str, str]]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = "non_field_errors" if key == "non_field_errors" and not prefix else key
            flat.update(_flatten_field_errors(value, f"{prefix}.{name}" if prefix else str(name)))
    elif isinstance(detail, list):
        if all(isinstance(item, str) for item in detail):
            field = prefix or "non_field_errors"
            flat.setdefault(field, []).extend(
                {"code": getattr(item, "code", "invalid") or "invalid", "message": str(item)}
                for item in detail
            )
        else:
            for index, item in enumerate(detail):
                flat.update(_flatten_field_errors(item, f"{prefix}.{index}" if prefix else str(index)))
    else:
        field = prefix or "non_field_errors"
        flat.setdefault(field, []).append(
            {"code": getattr(detail, "code", "invalid") or "invalid", "message": str(detail)}
        )
    return flat


def _drf_problem(exc: drf.APIException) -> dict[str, Any]:
    code, title = next(
        (value for klass, value in _DRF_CODES.items() if isinstance(exc, klass)),
        ("error", "Error"),
    )
    if isinstance(exc, drf.ValidationError):
        errors = _flatten_field_errors(exc.detail)
        first = next(iter(errors.values()))[0]["message"] if errors else title
        return problem_body(code=code, title=title, status=exc.status_code, detail=first, errors=errors)
    detail = exc.detail
    if isinstance(detail, dict):
        token_code = detail.get("code")
        message = detail.get("detail", title)
        if isinstance(exc, drf.AuthenticationFailed | drf.NotAuthenticated) and token_code:
            code = "token_not_valid" if str(token_code) == "token_not_valid" else str(token_code)
        detail = message
    extra = {}
    if isinstance(exc, drf.Throttled) and exc.wait is not None:
        extra["retry_after"] = int(exc.wait)
    return problem_body(code=code, title=title, status=exc.status_code, detail=str(detail), **extra)


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, ApplicationError):
        body = problem_body(
            code=exc.code, title=exc.title, status=exc.status, detail=exc.detail,
            errors=exc.errors, **exc.extra,
        )
        return Response(body, status=exc.status, content_type=PROBLEM_CONTENT_TYPE)
    if isinstance(exc, Http404):
        exc = drf.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = drf.PermissionDenied()
    elif isinstance(exc, DjangoValidationError):
        exc = drf.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
    if not isinstance(exc, drf.APIException):
        return None
    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if isinstance(exc, drf.Throttled) and exc.wait is not None:
        headers["Retry-After"] = str(int(exc.wait))
    body = _drf_problem(exc)
    return Response(body, status=exc.status_code, headers=headers, content_type=PROBLEM_CONTENT_TYPE)


def axes_lockout_response(request, credentials=None, *args, **kwargs) -> JsonResponse:
    """django-axes answer once an e-mail + IP pair is locked out (also used by its middleware)."""
    body = problem_body(
        code="account_locked",
        title="Too many failed sign-in attempts",
        status=429,
        detail="Too many failed sign-in attempts for this account from this address; try again later.",
    )
    return JsonResponse(body, status=429, content_type=PROBLEM_CONTENT_TYPE)

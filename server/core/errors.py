"""One exception tree for the whole server. Each error has a stable machine code that the
desktop maps to French text; the exception handler renders them as RFC 9457 problem details."""

from typing import Any


class ApplicationError(Exception):
    status = 400
    code = "invalid_request"
    title = "Invalid request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: str | None = None,
        errors: dict[str, list[dict[str, str]]] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.detail = detail or self.title
        if code:
            self.code = code
        self.errors = errors or {}
        self.extra = extra or {}
        super().__init__(self.detail)


class ValidationFailed(ApplicationError):
    code = "validation_error"
    title = "The request contains invalid fields"

    @classmethod
    def for_field(cls, field: str, message: str, *, code: str = "invalid") -> "ValidationFailed":
        return cls(message, errors={field: [{"code": code, "message": message}]})


class NotFound(ApplicationError):
    status = 404
    code = "not_found"
    title = "Not found"


class PermissionDenied(ApplicationError):
    status = 403
    code = "permission_denied"
    title = "You are not allowed to do this"


class Conflict(ApplicationError):
    status = 409
    code = "conflict"
    title = "The request conflicts with the current state"


class TransitionNotAllowed(Conflict):
    code = "transition_not_allowed"
    title = "This status change is not allowed"


class PayloadTooLarge(ApplicationError):
    status = 413
    code = "payload_too_large"
    title = "The request body is too large"


class UnsupportedContent(ApplicationError):
    status = 415
    code = "unsupported_content"
    title = "This kind of content is not accepted"


class AuthenticationFailed(ApplicationError):
    status = 401
    code = "authentication_failed"
    title = "Authentication failed"


class RateLimited(ApplicationError):
    status = 429
    code = "rate_limited"
    title = "Too many attempts, try again later"

"""Errors raised by the API client. `code` is the server's stable problem code (or one of ours
for transport problems); desktop/i18n/errors.py maps it to French text."""

from typing import Any


class ApiError(Exception):
    def __init__(
        self,
        code: str,
        detail: str = "",
        *,
        status: int = 0,
        errors: dict[str, list[dict[str, str]]] | None = None,
        body: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.status = status
        self.errors = errors or {}
        self.body = body or {}

    def field_messages(self) -> dict[str, str]:
        return {field: items[0]["message"] for field, items in self.errors.items() if items}


class OfflineError(ApiError):
    """The server could not be reached (network down, server stopped, timeout)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("offline", detail)


class SessionExpired(ApiError):
    """The refresh token was refused: the user must sign in again."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("session_expired", detail, status=401)


class InsecureServerUrl(ApiError):
    def __init__(self, url: str) -> None:
        super().__init__("insecure_server_url", url)


class InvalidServerUrl(ApiError):
    def __init__(self, url: str) -> None:
        super().__init__("invalid_server_url", url)

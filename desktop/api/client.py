"""Async HTTP client of the Origyne SAV API (httpx on the qasync loop).

- HTTPS only, with certificate verification; plain http is accepted for localhost alone.
- The access token is sent on every call; on a 401 the refresh token is exchanged once
  (single-flight: concurrent calls wait for the same refresh) and the call is replayed.
- Transport failures become OfflineError, problem responses ApiError(code=...).
"""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop.api.errors import ApiError, InsecureServerUrl, InvalidServerUrl, OfflineError, SessionExpired

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
API_PREFIX = "/api/v1/"
_GATEWAY_DOWN = {502, 503, 504}


def normalise_server_url(url: str) -> str:
    """`https://sav.origyne.fr/` → `https://sav.origyne.fr`; refuses http except to localhost."""
    cleaned = url.strip().rstrip("/")
    parts = urlsplit(cleaned)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InvalidServerUrl(url)
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise InsecureServerUrl(url)
    return cleaned


class Tokens:
    __slots__ = ("access", "refresh")

    def __init__(self, access: str = "", refresh: str = "") -> None:
        self.access = access
        self.refresh = refresh


TokensListener = Callable[[Tokens], Awaitable[None] | None]


class ApiClient:
    def __init__(
        self,
        server_url: str,
        *,
        timeout: float = 15.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.server_url = normalise_server_url(server_url)
        self.tokens = Tokens()
        self._refresh_lock = asyncio.Lock()
        self._listeners: list[TokensListener] = []
        self._reachability_listeners: list[Callable[[bool], None]] = []
        self._http = httpx.AsyncClient(
            base_url=self.server_url + API_PREFIX,
            timeout=httpx.Timeout(timeout, connect=5.0),
            transport=transport,
            headers={"Accept": "application/json", "User-Agent": "OrigyneSAV-Desktop/0.1"},
            verify=True,
        )

    def on_tokens_changed(self, listener: TokensListener) -> None:
        self._listeners.append(listener)

    def on_reachability(self, listener: Callable[[bool], None]) -> None:
        """`listener(False)` when a call cannot reach the server, `listener(True)` when one does."""
        self._reachability_listeners.append(listener)

    def _reachable(self, value: bool) -> None:
        for listener in self._reachability_listeners:
            listener(value)

    async def close(self) -> None:
        await self._http.aclose()

    async def set_tokens(self, access: str, refresh: str) -> None:
        self.tokens = Tokens(access, refresh)
        for listener in self._listeners:
            result = listener(self.tokens)
            if asyncio.iscoroutine(result):
                await result

    def clear_tokens(self) -> None:
        self.tokens = Tokens()

    # --- calls -----------------------------------------------------------------------------
    async def ping(self) -> bool:
        """True when the server answers its health check."""
        try:
            response = await self._http.get("health", timeout=3.0)
        except (httpx.TransportError, OSError):
            return False
        return response.status_code == 200

    async def get(self, path: str, **params: Any) -> Any:
        clean = {k: v for k, v in params.items() if v is not None and v != ""}
        return await self.request("GET", path, params=clean)

    async def post(self, path: str, json: Any = None, *, headers: dict[str, str] | None = None) -> Any:
        return await self.request("POST", path, json=json, headers=headers)

    async def patch(self, path: str, json: Any) -> Any:
        return await self.request("PATCH", path, json=json)

    async def delete(self, path: str) -> Any:
        return await self.request("DELETE", path)

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        authenticated: bool = True,
    ) -> Any:
        sent_access = self.tokens.access
        response = await self._send(method, path, json, params, headers, authenticated)
        if response.status_code == 401 and authenticated and self.tokens.refresh:
            await self._refresh_once(sent_access)
            response = await self._send(method, path, json, params, headers, authenticated)
            if response.status_code == 401:
                raise SessionExpired(_problem(response).get("detail", ""))
        return _decode(response)

    async def _send(self, method, path, json, params, headers, authenticated) -> httpx.Response:
        all_headers = dict(headers or {})
        if authenticated and self.tokens.access:
            all_headers["Authorization"] = f"Bearer {self.tokens.access}"
        try:
            response = await self._http.request(method, path.lstrip("/"), json=json, params=params, headers=all_headers)
        except (httpx.TransportError, OSError) as exc:
            self._reachable(False)
            raise OfflineError(str(exc)) from exc
        if response.status_code in _GATEWAY_DOWN:
            self._reachable(False)
            raise OfflineError(f"gateway answered {response.status_code}")
        self._reachable(True)
        return response

    async def access_token(self, stale: str | None = None) -> str:
        """The access token for a channel outside HTTP calls (the push WebSocket); a fresh one
        when `stale` — the token the server just refused — is still the current one."""
        if stale is not None and stale == self.tokens.access and self.tokens.refresh:
            await self._refresh_once(stale)
        if not self.tokens.access:
            raise SessionExpired("not signed in")
        return self.tokens.access

    async def _refresh_once(self, stale_access: str) -> None:
        """Exchange the refresh token, once for every call that saw the same stale access token."""
        async with self._refresh_lock:
            if self.tokens.access != stale_access:
                return  # another call refreshed while we waited
            refresh = self.tokens.refresh
            response = await self._send("POST", "auth/refresh", {"refresh": refresh}, None, None, False)
            if response.status_code != 200:
                self.clear_tokens()
                raise SessionExpired(_problem(response).get("detail", ""))
            body = response.json()
            await self.set_tokens(body["access"], body["refresh"])


def _problem(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _decode(response: httpx.Response) -> Any:
    if response.is_success and (response.status_code == 204 or not response.content):
        return None
    if response.is_success:
        return response.json()
    body = _problem(response)
    code = body.get("code") or f"http_{response.status_code}"
    if response.status_code >= 500:
        code = "server_error"
    raise ApiError(
        code,
        body.get("detail", response.reason_phrase),
        status=response.status_code,
        errors=body.get("errors"),
        body=body,
    )

"""Async HTTP client of the Origyne SAV API (httpx on the qasync loop).

- HTTPS only, with certificate verification; plain http is accepted for localhost alone.
- The access token is sent on every call; on a 401 the refresh token is exchanged once
  (single-flight: concurrent calls wait for the same refresh) and the call is replayed.
- A call whose answer is the session's new pair (a password change) runs under that same single
  flight (`renew_tokens`): no refresh spends the refresh token it ends.
- Transport failures become OfflineError, problem responses ApiError(code=...).
"""

import asyncio
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

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
        content: Callable[[], AsyncIterator[bytes]] | None = None,
    ) -> Any:
        """`content`: makes the request body as a stream, called again if the call is replayed."""
        sent_access = self.tokens.access
        response = await self._send(method, path, json, params, headers, authenticated, content)
        if response.status_code == 401 and authenticated and self.tokens.refresh:
            await self._refresh_once(sent_access)
            response = await self._send(method, path, json, params, headers, authenticated, content)
            if response.status_code == 401:
                raise SessionExpired(_problem(response).get("detail", ""))
        return _decode(response)

    async def _send(self, method, path, json, params, headers, authenticated, content=None) -> httpx.Response:
        all_headers = dict(headers or {})
        if authenticated and self.tokens.access:
            all_headers["Authorization"] = f"Bearer {self.tokens.access}"
        try:
            response = await self._http.request(
                method, path.lstrip("/"), json=json, params=params, headers=all_headers,
                content=content() if content is not None else None,
            )
        except (httpx.TransportError, OSError) as exc:
            self._reachable(False)
            raise OfflineError(str(exc)) from exc
        if response.status_code in _GATEWAY_DOWN:
            self._reachable(False)
            raise OfflineError(f"gateway answered {response.status_code}")
        self._reachable(True)
        return response

    async def renew_tokens(self, path: str, json: Any) -> Any:
        """POST a call whose answer is this session's new token pair (a password change) and use
        the pair. The call ends every token held until then, and the server closes the push channel
        as soon as it commits, before its answer arrives here: a refresh asked for meanwhile must
        wait for the new pair, not spend the ended refresh token and sign the user out."""
        async with self._refresh_lock:
            sent_access = self.tokens.access
            response = await self._send("POST", path, json, None, None, True)
            if response.status_code != 401 or not self.tokens.refresh:
                return await self._use_pair(response)
        await self._refresh_once(sent_access)  # only the access token had expired: nothing changed
        async with self._refresh_lock:
            return await self._use_pair(await self._send("POST", path, json, None, None, True))

    async def _use_pair(self, response: httpx.Response) -> Any:
        if response.status_code == 401:
            raise SessionExpired(_problem(response).get("detail", ""))
        body = _decode(response)
        await self.set_tokens(body["access"], body["refresh"])
        return body

    async def access_token(self, stale: str | None = None) -> str:
        """The access token for a channel outside HTTP calls (the push WebSocket); a fresh one
        when `stale` — the token the server just refused — is still the current one."""
        if stale is not None and stale == self.tokens.access and self.tokens.refresh:
            await self._refresh_once(stale)
        if not self.tokens.access:
            raise SessionExpired("not signed in")
        return self.tokens.access

    async def upload(
        self,
        path: str,
        file_path: Path,
        *,
        filename: str | None = None,
        fields: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Any:
        """POST one file as multipart/form-data, streamed from disk in chunks; `on_progress(sent,
        total)` after each chunk. Cancelling the calling task stops the upload."""
        body = MultipartFile(file_path, filename=filename or file_path.name, fields=fields or {})
        all_headers = {"Content-Type": body.content_type, "Content-Length": str(body.length), **(headers or {})}
        return await self.request("POST", path, headers=all_headers, content=lambda: body.stream(on_progress))

    async def download(
        self,
        path: str,
        destination: Path,
        *,
        params: dict[str, Any] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Path:
        """GET a file into `destination` (written beside it first, then renamed: never half a file,
        and nothing left behind when the download fails or is cancelled); `on_progress(received,
        total)`, total 0 when the server does not tell."""
        for attempt in (1, 2):
            sent_access = self.tokens.access
            headers = {"Authorization": f"Bearer {sent_access}"} if sent_access else {}
            try:
                async with self._http.stream("GET", path.lstrip("/"), params=params, headers=headers) as response:
                    if response.status_code == 401 and attempt == 1 and self.tokens.refresh:
                        await self._refresh_once(sent_access)
                        continue
                    if not response.is_success:
                        await response.aread()
                        return _decode(response)
                    self._reachable(True)
                    total = int(response.headers.get("Content-Length") or 0)
                    partial = destination.with_name(destination.name + ".part")
                    received = 0
                    try:
                        with partial.open("wb") as out:
                            async for chunk in response.aiter_bytes(DOWNLOAD_CHUNK):
                                await asyncio.to_thread(out.write, chunk)
                                received += len(chunk)
                                if on_progress is not None:
                                    on_progress(received, total)
                        partial.replace(destination)
                    except BaseException:  # cut, full disk or cancelled: no partial file stays
                        partial.unlink(missing_ok=True)
                        raise
                    return destination
            except (httpx.TransportError, ConnectionError) as exc:  # a disk error is not "offline"
                self._reachable(False)
                raise OfflineError(str(exc)) from exc
        raise SessionExpired("")

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


UPLOAD_CHUNK = 256 * 1024
DOWNLOAD_CHUNK = 256 * 1024


def _quoted(value: str) -> str:
    """A form-data parameter value: no line breaks, quotes escaped (RFC 7578 §4.2)."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\r", " ").replace("\n", " ")


class MultipartFile:
    """multipart/form-data with plain fields and one file, streamed; its length is known in advance
    (Content-Length), so the server can refuse an oversize upload before reading it."""

    def __init__(self, file_path: Path, *, filename: str, fields: dict[str, str]) -> None:
        self.file_path = file_path
        self.boundary = secrets.token_hex(16)
        parts = [
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quoted(name)}"\r\n\r\n{value}\r\n'
            for name, value in fields.items()
        ]
        parts.append(
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="file"; filename="{_quoted(filename)}"; '
            f"filename*=UTF-8''{quote(filename, safe='')}\r\n"
            "Content-Type: application/octet-stream\r\n\r\n"
        )
        self.head = "".join(parts).encode()
        self.tail = f"\r\n--{self.boundary}--\r\n".encode()
        self.size = file_path.stat().st_size
        self.length = len(self.head) + self.size + len(self.tail)
        self.content_type = f"multipart/form-data; boundary={self.boundary}"

    async def stream(self, on_progress: Callable[[int, int], None] | None = None) -> AsyncIterator[bytes]:
        yield self.head
        sent = 0
        with self.file_path.open("rb") as source:
            while chunk := await asyncio.to_thread(source.read, UPLOAD_CHUNK):
                sent += len(chunk)
                yield chunk
                if on_progress is not None:
                    on_progress(sent, self.size)
        yield self.tail


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

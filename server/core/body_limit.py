"""Under ASGI, Django reads a whole request body (to a temporary file past FILE_UPLOAD_MAX_MEMORY_SIZE)
before any view runs, so no view can refuse an oversized upload early. This wrapper does: a body
announced larger than any endpoint accepts gets 413 at once; one that grows past it unannounced
(chunked) is cut off there."""

import json

from django.conf import settings

from core.exception_handler import PROBLEM_CONTENT_TYPE, problem_body

# Room for the form fields and part headers around the largest file.
MULTIPART_OVERHEAD = 64 * 1024


def max_body_bytes() -> int:
    return settings.SAV_ATTACHMENT_MAX_BYTES + MULTIPART_OVERHEAD


def _announced_length(scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(send, limit: int) -> None:
    limit_mb = settings.SAV_ATTACHMENT_MAX_BYTES / (1024 * 1024)
    body = json.dumps(problem_body(
        code="attachment_too_large", title="The request body is too large", status=413,
        detail=f"A file can be at most {limit_mb:g} MB.",
    )).encode()
    await send({"type": "http.response.start", "status": 413, "headers": [
        (b"content-type", PROBLEM_CONTENT_TYPE.encode()), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]})
    await send({"type": "http.response.body", "body": body})


class BodySizeLimit:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = max_body_bytes()
        announced = _announced_length(scope)
        if announced is not None and announced > limit:
            return await _refuse(send, limit)
        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Django stops reading (RequestAborted) and answers nothing: the client lied.
                    return {"type": "http.disconnect"}
            return message

        return await self.app(scope, limited_receive, send)

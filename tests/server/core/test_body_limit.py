"""Under ASGI a body larger than any endpoint accepts is refused before Django reads it."""

import asyncio
import json

from core.body_limit import BodySizeLimit, max_body_bytes


def _call(headers, chunks, settings_limit, settings):
    settings.SAV_ATTACHMENT_MAX_BYTES = settings_limit
    seen = {"bytes": 0, "disconnected": False, "called": False}
    sent = []

    async def app(scope, receive, send):
        seen["called"] = True
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                seen["disconnected"] = True
                return
            seen["bytes"] += len(message["body"])
            if not message.get("more_body"):
                return

    async def run():
        queue = [{"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
                 for i, chunk in enumerate(chunks)]

        async def receive():
            return queue.pop(0)

        async def send(message):
            sent.append(message)

        await BodySizeLimit(app)({"type": "http", "headers": headers}, receive, send)

    asyncio.run(run())
    return seen, sent


def test_a_body_announced_too_large_is_refused_before_the_application_runs(settings):
    seen, sent = _call([(b"content-length", b"10000000")], [b""], 1000, settings)

    assert not seen["called"]
    assert sent[0]["status"] == 413
    assert json.loads(sent[1]["body"])["code"] == "attachment_too_large"


def test_an_unannounced_body_is_cut_off_past_the_limit(settings):
    settings.SAV_ATTACHMENT_MAX_BYTES = 1000
    chunk = b"x" * (max_body_bytes() // 2 + 1)

    seen, sent = _call([], [chunk, chunk, chunk], 1000, settings)

    assert seen["disconnected"] and seen["bytes"] == len(chunk)  # the second chunk crossed the limit
    assert sent == []


def test_a_body_within_the_limit_goes_through_untouched(settings):
    seen, sent = _call([(b"content-length", b"10")], [b"0123456789"], 1000, settings)

    assert seen == {"bytes": 10, "disconnected": False, "called": True} and sent == []

"""The push API's JSON parser: the project's strict JSON (`core.parsers`), for bodies up to
MAX_PUSH_BODY_BYTES.

DRF reads the body of a JSONParser (StrictJSONParser is one) through Django's `request.body`, which every
endpoint caps at DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB): a thousand large rows pass it (a customer with its
accented names escaped is up to ~5 kB). This parser is handed the request as a stream instead, and the
push views are the only ones using it: a person's endpoint keeps the small limit, and only a caller whose
API key was accepted (DRF authenticates before it parses) gets a larger body read."""

import io

from rest_framework.parsers import BaseParser

from core.errors import PayloadTooLarge
from core.parsers import StrictJSONParser

MAX_PUSH_BODY_BYTES = 16 * 1024 * 1024


class PushJSONParser(BaseParser):
    media_type = "application/json"

    def parse(self, stream, media_type=None, parser_context=None):
        raw = stream.read(MAX_PUSH_BODY_BYTES + 1)
        if len(raw) > MAX_PUSH_BODY_BYTES:
            raise PayloadTooLarge(
                f"A push body is at most {MAX_PUSH_BODY_BYTES // (1024 * 1024)} MB: send fewer rows per call.",
                code="body_too_large",
            )
        return StrictJSONParser().parse(io.BytesIO(raw), media_type, parser_context)

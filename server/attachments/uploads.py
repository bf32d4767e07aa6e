"""Receiving the multipart body: every file part goes to a temporary file on disk (never a 25 MB
buffer in memory), and a part larger than the limit stops the upload as soon as it is."""

from django.core.files.uploadhandler import FileUploadHandler, StopUpload, TemporaryFileUploadHandler

from attachments.services.uploads import too_large
from core.body_limit import MULTIPART_OVERHEAD


class SizeLimitUploadHandler(FileUploadHandler):
    """First of the chain: counts each file's bytes and stops the upload past `limit`."""

    def __init__(self, request, *, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.exceeded = False

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > self.limit:
            self.exceeded = True
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


def stream_to_disk(request, *, limit: int) -> SizeLimitUploadHandler:
    """Install the handlers before the body is read; refuse at once a body announced too large."""
    try:
        announced = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        announced = 0
    if announced > limit + MULTIPART_OVERHEAD:
        raise too_large()
    guard = SizeLimitUploadHandler(request, limit=limit)
    request.upload_handlers = [guard, TemporaryFileUploadHandler(request)]
    return guard

"""Files attached to a ticket's opening or to a message."""

from datetime import datetime

from shared_schemas.common import WireModel


class AttachmentOut(WireModel):
    """`ticket` and `message` are null while the file is staged (uploaded, not sent yet); `message`
    stays null for the files sent with the ticket itself. `content_type` is detected from the bytes."""

    id: int
    name: str
    content_type: str
    size: int
    sha256: str
    ticket: int | None
    message: int | None
    created_at: datetime

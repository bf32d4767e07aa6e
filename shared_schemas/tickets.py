from datetime import datetime
from typing import Any
from uuid import UUID

from pydantic import Field

from shared_schemas.attachments import AttachmentOut
from shared_schemas.common import IdName, UserRef, WireModel
from shared_schemas.enums import MessageKind, TicketAction, TicketPriority, TicketStatus


class CategoryOut(WireModel):
    id: int
    name: str
    description: str
    position: int
    is_active: bool


class TicketListItem(WireModel):
    id: int
    reference: str
    subject: str
    status: TicketStatus
    priority: TicketPriority
    category: IdName
    customer: IdName
    requester: UserRef
    assignee: UserRef | None
    created_at: datetime
    last_activity_at: datetime
    due_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None


class MessageAuthor(WireModel):
    id: int
    full_name: str
    is_staff: bool


class MessageOut(WireModel):
    id: int
    ticket: int
    kind: MessageKind
    body: str
    author: MessageAuthor
    client_uuid: UUID | None
    created_at: datetime
    attachments: list[AttachmentOut] = []  # absent from servers older than attachments


class TicketEventOut(WireModel):
    """`kind` is an open string: a newer server may send kinds this client does not know."""

    id: int
    kind: str
    actor: UserRef | None
    data: dict[str, Any]
    created_at: datetime


class OrderRef(WireModel):
    id: int
    reference: str


class DeliveredProductRef(WireModel):
    id: int
    serial_number: str
    product_name: str


class RatingSummary(WireModel):
    stars: int = Field(ge=1, le=5)
    comment: str
    created_at: datetime


class RatingOut(RatingSummary):
    ticket: int


class TicketDetail(TicketListItem):
    description: str
    order: OrderRef | None
    delivered_product: DeliveredProductRef | None
    watchers: list[UserRef] | None = None  # staff only: absent for clients
    first_response_at: datetime | None
    rating: RatingSummary | None
    attachments: list[AttachmentOut] = []  # the files sent with the ticket's opening
    messages: list[MessageOut]
    events: list[TicketEventOut]
    allowed_actions: list[str]

    def allows(self, action: TicketAction | str) -> bool:
        return str(action) in self.allowed_actions


class ReminderOut(WireModel):
    id: int
    ticket: int
    remind_at: datetime
    recipient: UserRef
    note: str
    fired_at: datetime | None
    created_by: UserRef
    created_at: datetime


# --- requests --------------------------------------------------------------------------------
class TicketCreate(WireModel):
    subject: str = Field(min_length=1, max_length=200)
    description: str = Field(min_length=1)
    category: int
    priority: TicketPriority = TicketPriority.NORMAL
    order: int | None = None
    delivered_product: int | None = None
    client_uuid: UUID | None = None
    customer: int | None = None  # staff only
    requester: int | None = None  # staff only
    attachments: list[int] = []  # ids of staged uploads (POST /attachments)

    def payload(self) -> dict[str, Any]:
        return _without_empty_attachments(self.model_dump(mode="json", exclude_none=True))


class MessageCreate(WireModel):
    body: str = Field(min_length=1)
    kind: MessageKind = MessageKind.REPLY
    client_uuid: UUID | None = None
    attachments: list[int] = []  # ids of staged uploads (POST /attachments)

    def payload(self) -> dict[str, Any]:
        return _without_empty_attachments(self.model_dump(mode="json", exclude_none=True))


def _without_empty_attachments(payload: dict[str, Any]) -> dict[str, Any]:
    """No `attachments` key when there are none: a server older than attachments refuses the key."""
    if not payload.get("attachments"):
        payload.pop("attachments", None)
    return payload

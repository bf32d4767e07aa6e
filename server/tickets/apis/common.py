"""Helpers every tickets endpoint shares: staff permissions, idempotency keys, the usual answers."""

import uuid
from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import status
from rest_framework.response import Response

from core.access import require_permission, require_staff
from core.errors import ValidationFailed
from shared_schemas.enums import Permission
from tickets.selectors.tickets import ticket_detail_after_change
from tickets.serializers.tickets import TicketDetailSerializer

IDEMPOTENCY_HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"

IDEMPOTENCY_KEY_PARAMETER = OpenApiParameter(
    IDEMPOTENCY_HEADER,
    OpenApiTypes.UUID,
    OpenApiParameter.HEADER,
    required=False,
    description="Same meaning as `client_uuid` in the body (give either, or both equal). A retry "
    f"answers like the first call, with the header `{REPLAYED_HEADER}: true`.",
)


def require_staff_permission(user, permission: Permission) -> None:
    """Staff-only actions: a client is refused even if a role were ever misconfigured."""
    require_staff(user)
    require_permission(user, permission)


def idempotency_key(request, body_uuid: uuid.UUID | None) -> uuid.UUID | None:
    raw = request.headers.get(IDEMPOTENCY_HEADER)
    if raw is None:
        return body_uuid
    try:
        header_uuid = uuid.UUID(raw.strip())
    except ValueError as exc:
        raise ValidationFailed.for_field(
            IDEMPOTENCY_HEADER, "The Idempotency-Key header must be a UUID.", code="invalid_idempotency_key"
        ) from exc
    if body_uuid is not None and body_uuid != header_uuid:
        raise ValidationFailed(
            "client_uuid and the Idempotency-Key header differ.",
            code="idempotency_key_mismatch",
            errors={
                "client_uuid": [
                    {"code": "idempotency_key_mismatch", "message": "Differs from the Idempotency-Key header."}
                ]
            },
        )
    return header_uuid


def created_response(data: Any, *, replayed: bool) -> Response:
    """201 for a new object, and the same for a retry, marked as a replay."""
    headers = {REPLAYED_HEADER: "true"} if replayed else None
    return Response(data, status=status.HTTP_201_CREATED, headers=headers)


def ticket_detail_data(user, ticket_id: int) -> dict[str, Any]:
    """The detail of a ticket `user` has just changed, as they may see it."""
    ticket = ticket_detail_after_change(user, ticket_id)
    return TicketDetailSerializer(ticket, context={"user": user}).data


def ticket_detail_response(user, ticket_id: int) -> Response:
    return Response(ticket_detail_data(user, ticket_id))

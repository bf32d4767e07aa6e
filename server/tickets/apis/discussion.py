"""A ticket's discussion (replies and notes) and its history."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from core.access import require_permission
from core.parsing import parse, refuse_query_parameters
from core.schema import problem_responses
from core.throttling import throttle_per_user
from shared_schemas.enums import MessageKind, Permission
from tickets.apis.common import IDEMPOTENCY_KEY_PARAMETER, created_response, idempotency_key
from tickets.selectors.discussion import message_key_used, ticket_discussion, ticket_history
from tickets.selectors.visibility import ticket_get_for
from tickets.serializers.discussion import (
    MessageCreateSerializer,
    MessageSerializer,
    TicketEventSerializer,
)
from tickets.services.messages import message_add

_PERMISSION_OF_KIND = {MessageKind.REPLY: Permission.TICKETS_REPLY, MessageKind.NOTE: Permission.TICKETS_NOTE}


class TicketMessagesApi(APIView):
    @extend_schema(
        operation_id="ticket_messages_list",
        summary="The discussion, oldest first (internal notes for staff only)",
        responses={200: MessageSerializer(many=True), **problem_responses(401, 404)},
    )
    def get(self, request, ticket_id: int):
        refuse_query_parameters(request.query_params)
        ticket = ticket_get_for(request.user, ticket_id)
        return Response(MessageSerializer(ticket_discussion(request.user, ticket), many=True).data)

    @extend_schema(
        operation_id="ticket_messages_create",
        summary="Reply, or write an internal note (staff); idempotent with client_uuid",
        description="At most SAV_THROTTLE_MESSAGE_CREATE new messages per user (429 `rate_limited`, Retry-After); "
        "a retry of a message already written is answered whatever the rate.",
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
        request=MessageCreateSerializer,
        responses={201: MessageSerializer, **problem_responses(400, 401, 403, 404, 409, 429)},
    )
    def post(self, request, ticket_id: int):
        user = request.user
        data = parse(MessageCreateSerializer, request.data)
        kind = MessageKind(data["kind"])
        require_permission(user, _PERMISSION_OF_KIND[kind])
        ticket = ticket_get_for(user, ticket_id)
        client_uuid = idempotency_key(request, data.get("client_uuid"))
        if not message_key_used(user, client_uuid):
            throttle_per_user(request, "message_create")
        result = message_add(
            actor=user,
            ticket=ticket,
            body=data["body"],
            kind=kind,
            client_uuid=client_uuid,
            attachment_ids=data["attachments"],
        )
        return created_response(MessageSerializer(result.obj).data, replayed=result.replayed)


class TicketEventsApi(APIView):
    @extend_schema(
        operation_id="ticket_events_list",
        summary="The ticket's history, oldest first (clients see only client-visible kinds)",
        responses={200: TicketEventSerializer(many=True), **problem_responses(401, 404)},
    )
    def get(self, request, ticket_id: int):
        refuse_query_parameters(request.query_params)
        ticket = ticket_get_for(request.user, ticket_id)
        return Response(TicketEventSerializer(ticket_history(request.user, ticket), many=True).data)

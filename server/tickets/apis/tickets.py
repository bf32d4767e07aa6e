"""Tickets: list (queues, filters, search), open, read, edit."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from core.access import require_permission
from core.parsing import parse
from core.schema import problem_responses
from core.throttling import throttle_per_user
from shared_schemas.enums import Permission
from tickets.apis.common import (
    IDEMPOTENCY_KEY_PARAMETER,
    created_response,
    idempotency_key,
    require_staff_permission,
    ticket_detail_data,
    ticket_detail_response,
)
from tickets.selectors.tickets import ticket_detail_for, ticket_key_used, ticket_list
from tickets.selectors.visibility import ticket_get_for
from tickets.serializers.list_items import ticket_list_items
from tickets.serializers.queries import TicketListQuerySerializer
from tickets.serializers.tickets import (
    ClientTicketCreateSerializer,
    TicketCreateSerializer,
    TicketDetailSerializer,
    TicketEditSerializer,
    TicketPageSerializer,
)
from tickets.services.tickets import ticket_create, ticket_edit


class TicketCollectionApi(APIView):
    @extend_schema(
        operation_id="tickets_list",
        summary="List the tickets I may see (a queue, filtered, one keyset page)",
        parameters=[TicketListQuerySerializer],
        responses={200: TicketPageSerializer, **problem_responses(400, 401)},
    )
    def get(self, request):
        query = TicketListQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        page = ticket_list(user=request.user, filters=query.filters_for(request.user))
        return Response(
            {
                "results": ticket_list_items(page.items),
                "next_cursor": page.next_cursor,
            }
        )

    @extend_schema(
        operation_id="tickets_create",
        summary="Open a ticket (idempotent with client_uuid / Idempotency-Key)",
        description="At most SAV_THROTTLE_TICKET_CREATE new tickets per user (429 `rate_limited`, Retry-After); "
        "a retry of a ticket already opened is answered whatever the rate.",
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
        request=TicketCreateSerializer,
        responses={201: TicketDetailSerializer, **problem_responses(400, 401, 403, 404, 409, 429)},
    )
    def post(self, request):
        user = request.user
        require_permission(user, Permission.TICKETS_CREATE)
        serializer_class = ClientTicketCreateSerializer if user.is_client else TicketCreateSerializer
        data = parse(serializer_class, request.data)
        client_uuid = idempotency_key(request, data.get("client_uuid"))
        if not ticket_key_used(user, client_uuid):
            throttle_per_user(request, "ticket_create")
        result = ticket_create(
            actor=user,
            subject=data["subject"],
            description=data["description"],
            category_id=data["category"],
            priority=data["priority"],
            customer_id=data.get("customer"),
            requester_id=data.get("requester"),
            order_id=data.get("order"),
            delivered_product_id=data.get("delivered_product"),
            client_uuid=client_uuid,
            attachment_ids=data["attachments"],
        )
        return created_response(ticket_detail_data(user, result.obj.id), replayed=result.replayed)


class TicketApi(APIView):
    @extend_schema(
        operation_id="tickets_retrieve",
        summary="A ticket with its discussion, history and the actions I may take now",
        responses={200: TicketDetailSerializer, **problem_responses(401, 404)},
    )
    def get(self, request, ticket_id: int):
        ticket = ticket_detail_for(request.user, ticket_id)
        return Response(TicketDetailSerializer(ticket, context={"user": request.user}).data)

    @extend_schema(
        operation_id="tickets_update",
        summary="Change a ticket's priority, category or due date (staff)",
        request=TicketEditSerializer,
        responses={200: TicketDetailSerializer, **problem_responses(400, 401, 403, 404, 409)},
    )
    def patch(self, request, ticket_id: int):
        user = request.user
        require_staff_permission(user, Permission.TICKETS_EDIT)
        data = parse(TicketEditSerializer, request.data)
        ticket = ticket_get_for(user, ticket_id)
        changes = {"category_id" if key == "category" else key: value for key, value in data.items()}
        ticket_edit(actor=user, ticket=ticket, **changes)
        return ticket_detail_response(user, ticket.id)

"""Assignment and watchers (staff)."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from core.parsing import parse
from core.schema import problem_responses
from shared_schemas.enums import Permission
from tickets.apis.common import require_staff_permission, ticket_detail_response
from tickets.selectors.visibility import ticket_get_for
from tickets.serializers.assignment import AssignSerializer, WatcherAddSerializer
from tickets.serializers.common import TicketUserRefSerializer
from tickets.serializers.tickets import TicketDetailSerializer
from tickets.services.assignment import ticket_assign, watcher_add, watcher_remove


class TicketAssignApi(APIView):
    @extend_schema(
        operation_id="tickets_assign",
        summary="Assign a ticket to a staff member, or unassign it (null); the status is kept",
        request=AssignSerializer,
        responses={200: TicketDetailSerializer, **problem_responses(400, 401, 403, 404, 409)},
    )
    def post(self, request, ticket_id: int):
        require_staff_permission(request.user, Permission.TICKETS_ASSIGN)
        data = parse(AssignSerializer, request.data)
        ticket = ticket_get_for(request.user, ticket_id)
        ticket_assign(actor=request.user, ticket=ticket, assignee_id=data["assignee"])
        return ticket_detail_response(request.user, ticket.id)


class TicketWatchersApi(APIView):
    @extend_schema(
        operation_id="ticket_watchers_add",
        summary="Identify a staff member in a ticket (adding twice changes nothing)",
        request=WatcherAddSerializer,
        responses={
            200: OpenApiResponse(TicketUserRefSerializer(many=True), description="The watchers now."),
            **problem_responses(400, 401, 403, 404),
        },
    )
    def post(self, request, ticket_id: int):
        require_staff_permission(request.user, Permission.TICKETS_WATCH)
        data = parse(WatcherAddSerializer, request.data)
        ticket = ticket_get_for(request.user, ticket_id)
        ticket = watcher_add(actor=request.user, ticket=ticket, user_id=data["user"])
        return Response(TicketUserRefSerializer(ticket.watchers.order_by("id"), many=True).data)


class TicketWatcherApi(APIView):
    @extend_schema(
        operation_id="ticket_watchers_remove",
        summary="Stop a staff member watching a ticket (removing a non-watcher changes nothing)",
        request=None,
        responses={204: None, **problem_responses(401, 403, 404)},
    )
    def delete(self, request, ticket_id: int, user_id: int):
        require_staff_permission(request.user, Permission.TICKETS_WATCH)
        ticket = ticket_get_for(request.user, ticket_id)
        watcher_remove(actor=request.user, ticket=ticket, user_id=user_id)
        return Response(status=status.HTTP_204_NO_CONTENT)

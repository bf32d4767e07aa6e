"""Reminders on a ticket (staff with reminders.manage)."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from core.parsing import parse, refuse_query_parameters
from core.schema import problem_responses
from shared_schemas.enums import Permission
from tickets.apis.common import require_staff_permission
from tickets.selectors.reminders import reminder_get_for, ticket_reminders
from tickets.selectors.visibility import ticket_get_for
from tickets.serializers.reminders import (
    ReminderCreateSerializer,
    ReminderSerializer,
    ReminderUpdateSerializer,
)
from tickets.services.reminders import reminder_create, reminder_delete, reminder_update


class TicketRemindersApi(APIView):
    @extend_schema(
        operation_id="ticket_reminders_list",
        summary="A ticket's reminders, soonest first",
        responses={200: ReminderSerializer(many=True), **problem_responses(401, 403, 404)},
    )
    def get(self, request, ticket_id: int):
        refuse_query_parameters(request.query_params)
        require_staff_permission(request.user, Permission.REMINDERS_MANAGE)
        ticket = ticket_get_for(request.user, ticket_id)
        return Response(ReminderSerializer(ticket_reminders(ticket), many=True).data)

    @extend_schema(
        operation_id="ticket_reminders_create",
        summary="Set a reminder on a ticket for a staff member (default: yourself)",
        request=ReminderCreateSerializer,
        responses={201: ReminderSerializer, **problem_responses(400, 401, 403, 404, 409)},
    )
    def post(self, request, ticket_id: int):
        require_staff_permission(request.user, Permission.REMINDERS_MANAGE)
        data = parse(ReminderCreateSerializer, request.data)
        ticket = ticket_get_for(request.user, ticket_id)
        reminder = reminder_create(
            actor=request.user,
            ticket=ticket,
            remind_at=data["remind_at"],
            recipient_id=data.get("recipient"),
            note=data["note"],
        )
        return Response(ReminderSerializer(reminder).data, status=status.HTTP_201_CREATED)


class ReminderApi(APIView):
    @extend_schema(
        operation_id="reminders_update",
        summary="Move, re-address or re-word a reminder that has not gone off",
        request=ReminderUpdateSerializer,
        responses={200: ReminderSerializer, **problem_responses(400, 401, 403, 404, 409)},
    )
    def patch(self, request, reminder_id: int):
        require_staff_permission(request.user, Permission.REMINDERS_MANAGE)
        data = parse(ReminderUpdateSerializer, request.data)
        reminder = reminder_get_for(request.user, reminder_id)
        changes = {"recipient_id" if key == "recipient" else key: value for key, value in data.items()}
        reminder = reminder_update(actor=request.user, reminder=reminder, **changes)
        return Response(ReminderSerializer(reminder).data)

    @extend_schema(
        operation_id="reminders_delete",
        summary="Delete a reminder",
        request=None,
        responses={204: None, **problem_responses(401, 403, 404)},
    )
    def delete(self, request, reminder_id: int):
        require_staff_permission(request.user, Permission.REMINDERS_MANAGE)
        reminder = reminder_get_for(request.user, reminder_id)
        reminder_delete(actor=request.user, reminder=reminder)
        return Response(status=status.HTTP_204_NO_CONTENT)

"""The client's rating of a resolved ticket."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from core.access import require_permission
from core.parsing import parse
from core.schema import problem_responses
from shared_schemas.enums import Permission
from tickets.selectors.visibility import ticket_get_for
from tickets.serializers.ratings import RatingCreateSerializer, RatingSerializer
from tickets.services.ratings import rating_create


class TicketRatingApi(APIView):
    @extend_schema(
        operation_id="ticket_rating_create",
        summary="Rate a resolved or closed ticket, once (clients of the ticket's customer)",
        request=RatingCreateSerializer,
        responses={201: RatingSerializer, **problem_responses(400, 401, 403, 404, 409)},
    )
    def post(self, request, ticket_id: int):
        require_permission(request.user, Permission.TICKETS_RATE)
        data = parse(RatingCreateSerializer, request.data)
        ticket = ticket_get_for(request.user, ticket_id)
        rating = rating_create(actor=request.user, ticket=ticket, stars=data["stars"], comment=data["comment"])
        return Response(RatingSerializer(rating).data, status=status.HTTP_201_CREATED)

"""Status changes by staff: one endpoint per transition (POST, no body), answering the new detail."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.views import APIView

from core.parsing import ensure_empty_body
from core.schema import problem_responses
from tickets.apis.common import require_staff_permission, ticket_detail_response
from tickets.policies import TRANSITIONS, TicketAction
from tickets.selectors.visibility import ticket_get_for
from tickets.serializers.tickets import TicketDetailSerializer
from tickets.services.lifecycle import ticket_transition


class _TicketTransitionApi(APIView):
    action: TicketAction

    def post(self, request, ticket_id: int):
        user = request.user
        require_staff_permission(user, TRANSITIONS[self.action].permission)
        ensure_empty_body(request)
        ticket = ticket_get_for(user, ticket_id)
        ticket_transition(actor=user, ticket=ticket, action=self.action)
        return ticket_detail_response(user, ticket.id)


def _documented(action: TicketAction, summary: str):
    return extend_schema_view(
        post=extend_schema(
            operation_id=f"tickets_{action}",
            summary=summary,
            request=None,
            responses={200: TicketDetailSerializer, **problem_responses(400, 401, 403, 404, 409)},
        )
    )


@_documented(TicketAction.START, "Start working on a ticket (open or waiting → in_progress)")
class TicketStartApi(_TicketTransitionApi):
    action = TicketAction.START


@_documented(TicketAction.WAIT, "Wait for the client (open or in_progress → waiting)")
class TicketWaitApi(_TicketTransitionApi):
    action = TicketAction.WAIT


@_documented(TicketAction.RESOLVE, "Resolve a ticket (open, in_progress or waiting → resolved)")
class TicketResolveApi(_TicketTransitionApi):
    action = TicketAction.RESOLVE


@_documented(TicketAction.CLOSE, "Close a ticket (any status but closed → closed)")
class TicketCloseApi(_TicketTransitionApi):
    action = TicketAction.CLOSE


@_documented(
    TicketAction.REOPEN, "Reopen a resolved or closed ticket (→ in_progress if assigned, else open)"
)
class TicketReopenApi(_TicketTransitionApi):
    action = TicketAction.REOPEN

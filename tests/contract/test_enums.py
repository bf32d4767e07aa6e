"""Every shared enumeration is what the server stores, publishes and produces."""

from types import SimpleNamespace

import pytest

from accounts.models import AgentProfile, Role, User
from accounts.roles import BUILTIN_ROLES
from shared_schemas.enums import (
    CLIENT_PERMISSIONS,
    CLIENT_VISIBLE_EVENTS,
    DONE_STATUSES,
    Availability,
    BuiltinRole,
    Language,
    MessageKind,
    Permission,
    RoleAudience,
    TicketAction,
    TicketEventKind,
    TicketPriority,
    TicketQueue,
    TicketStatus,
)
from tests.contract.wire import resolve
from tickets import policies
from tickets.models import Message, Ticket, TicketEvent
from tickets.selectors.tickets import STAFF_ONLY_QUEUES
from tickets.services.events import EVENT_KINDS


def values(enum) -> list[str]:
    return [member.value for member in enum]


MODEL_FIELDS = [
    (Ticket, "status", TicketStatus),
    (Ticket, "priority", TicketPriority),
    (Message, "kind", MessageKind),
    (TicketEvent, "kind", TicketEventKind),
    (Role, "audience", RoleAudience),
    (AgentProfile, "availability", Availability),
    (User, "language", Language),
]


@pytest.mark.parametrize(("model", "field", "enum"), MODEL_FIELDS)
def test_model_choices_are_the_shared_enum(model, field, enum):
    column = model._meta.get_field(field)

    assert [value for value, _label in column.choices] == values(enum)
    assert max(len(value) for value in values(enum)) <= column.max_length


def test_event_kinds_written_by_the_services_are_the_shared_ones():
    assert list(EVENT_KINDS) == values(TicketEventKind)
    assert set(CLIENT_VISIBLE_EVENTS) <= set(TicketEventKind)


@pytest.mark.django_db
def test_the_built_in_roles_are_the_shared_ones_with_known_permissions():
    roles = {role.code: role for role in Role.objects.filter(is_builtin=True)}

    assert set(roles) == set(values(BuiltinRole))
    for code, role in roles.items():
        assert set(role.permissions) <= set(values(Permission)), code
        assert set(role.permissions) == set(BUILTIN_ROLES[BuiltinRole(code)]["permissions"]), code
        assert role.audience == BUILTIN_ROLES[BuiltinRole(code)]["audience"]
    assert roles["client"].audience == RoleAudience.CLIENT
    assert set(roles["client"].permissions) == set(CLIENT_PERMISSIONS)


# --- the OpenAPI schema ------------------------------------------------------------------------


def component_enum(openapi: dict, component: str, prop: str) -> list[str]:
    node = resolve(openapi, openapi["components"]["schemas"][component]["properties"][prop])
    if node.get("type") == "array":
        node = resolve(openapi, node["items"])
    return node["enum"]


def parameter_enum(openapi: dict, path: str, method: str, name: str) -> list[str]:
    [parameter] = [p for p in openapi["paths"][path][method]["parameters"] if p["name"] == name]
    return parameter["schema"]["enum"]


@pytest.mark.parametrize(
    ("component", "prop", "enum"),
    [
        ("TicketListItem", "status", TicketStatus),
        ("TicketListItem", "priority", TicketPriority),
        ("TicketDetail", "status", TicketStatus),
        ("TicketDetail", "priority", TicketPriority),
        ("TicketDetail", "allowed_actions", TicketAction),
        ("TicketCreateRequest", "priority", TicketPriority),
        ("PatchedTicketEditRequest", "priority", TicketPriority),
        ("Message", "kind", MessageKind),
        ("MessageCreateRequest", "kind", MessageKind),
        ("RoleSummary", "audience", RoleAudience),
        ("Role", "audience", RoleAudience),
        ("Role", "permissions", Permission),
        ("RoleCreateInputRequest", "audience", RoleAudience),
        ("RoleCreateInputRequest", "permissions", Permission),
        ("Agent", "availability", Availability),
        ("PatchedAgentUpdateInputRequest", "availability", Availability),
        ("Me", "language", Language),
        ("User", "language", Language),
        ("PatchedMeUpdateInputRequest", "language", Language),
        ("UserCreateInputRequest", "language", Language),
    ],
)
def test_schema_component_enums_are_the_shared_enums(openapi, component, prop, enum):
    assert sorted(component_enum(openapi, component, prop)) == sorted(values(enum))


@pytest.mark.parametrize(
    ("path", "name", "enum"),
    [
        ("/api/v1/tickets", "queue", TicketQueue),
        ("/api/v1/agents", "availability", Availability),
        ("/api/v1/users", "audience", RoleAudience),
    ],
)
def test_schema_parameter_enums_are_the_shared_enums(openapi, path, name, enum):
    assert sorted(parameter_enum(openapi, path, "get", name)) == sorted(values(enum))


def test_client_queues_and_staff_queues_cover_every_queue():
    assert {TicketQueue.OPEN, TicketQueue.CLOSED, TicketQueue.ALL} == set(TicketQueue) - STAFF_ONLY_QUEUES


# --- ticket actions ----------------------------------------------------------------------------


def _user(*, client: bool, permissions) -> SimpleNamespace:
    return SimpleNamespace(
        is_client=client, is_staff_member=not client, customer_id=1 if client else None,
        has_permission=lambda permission: permission in permissions,
    )


def _actions_policies_can_produce() -> set[TicketAction]:
    everyone = [_user(client=True, permissions=set(Permission)), _user(client=False, permissions=set(Permission))]
    produced: set[TicketAction] = set()
    for user in everyone:
        for status in TicketStatus:
            for assignee_id in (None, 7):
                ticket = SimpleNamespace(status=status, customer_id=1, assignee_id=assignee_id)
                for rated in (False, True):
                    produced |= set(policies.allowed_actions(user, ticket, already_rated=rated))
    return produced


def test_ticket_actions_are_exactly_what_the_policies_can_produce():
    assert _actions_policies_can_produce() == set(TicketAction)


def test_every_status_transition_is_a_ticket_action_with_a_known_permission():
    assert set(policies.TRANSITIONS) <= set(TicketAction)
    for action, transition in policies.TRANSITIONS.items():
        assert transition.action == action
        assert transition.permission in set(Permission)
        assert transition.sources <= set(TicketStatus)


def test_only_a_done_ticket_can_be_rated():
    client = _user(client=True, permissions=set(CLIENT_PERMISSIONS))
    rateable = {
        status for status in TicketStatus
        if policies.can_rate(client, SimpleNamespace(status=status, customer_id=1), already_rated=False)
    }
    assert rateable == set(DONE_STATUSES)

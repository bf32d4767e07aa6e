"""Every tickets endpoint is in the OpenAPI schema under its own operation id."""

import pytest
from drf_spectacular.generators import SchemaGenerator

EXPECTED_OPERATIONS = {
    "categories_list", "categories_create", "categories_update",
    "tickets_list", "tickets_create", "tickets_retrieve", "tickets_update",
    "ticket_messages_list", "ticket_messages_create", "ticket_events_list",
    "tickets_start", "tickets_wait", "tickets_resolve", "tickets_close", "tickets_reopen",
    "tickets_assign", "ticket_watchers_add", "ticket_watchers_remove",
    "ticket_reminders_list", "ticket_reminders_create", "reminders_update", "reminders_delete",
    "ticket_rating_create",
}


@pytest.fixture(scope="module")
def schema():
    return SchemaGenerator().get_schema(request=None, public=True)


def test_every_tickets_operation_is_documented(schema):
    operations = {
        operation["operationId"]
        for path, methods in schema["paths"].items()
        if path.startswith(("/api/v1/tickets", "/api/v1/categories", "/api/v1/reminders"))
        for operation in methods.values()
    }
    assert operations == EXPECTED_OPERATIONS


def test_the_ticket_list_documents_its_parameters(schema):
    parameters = {p["name"] for p in schema["paths"]["/api/v1/tickets"]["get"]["parameters"]}
    assert parameters == {
        "queue", "status", "priority", "category", "customer", "assignee", "requester", "created_after",
        "created_before", "updated_after", "updated_before", "q", "ordering", "cursor", "page_size",
    }


def test_staff_only_fields_are_optional_in_the_ticket_detail(schema):
    detail = schema["components"]["schemas"]["TicketDetail"]
    assert "watchers" not in detail["required"]
    assert {"messages", "events", "allowed_actions", "rating"} <= set(detail["required"])

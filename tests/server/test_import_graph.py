"""The server's modules import one another without cycles (apps are top-level packages under
server/): a ticket change notifies through `notifications`, which reads tickets' models and
visibility, and never imports back into the ticket services."""

from pathlib import Path

from tests.import_graph import cycles, import_graph

SERVER = Path(__file__).resolve().parents[2] / "server"


def server_graph() -> dict[str, set[str]]:
    return import_graph(SERVER, SERVER)


def test_the_graph_sees_the_ticket_events_notifying():
    assert "notifications.services.fanout" in server_graph()["tickets.services.events"]


def test_server_modules_import_one_another_without_cycles():
    assert cycles(server_graph()) == []

"""The desktop's modules import one another without cycles: the context holds the services, the
operations use the context (as a type only), and nothing below imports back up."""

from pathlib import Path

from tests.import_graph import cycles, import_graph

REPO = Path(__file__).resolve().parents[2]


def desktop_graph() -> dict[str, set[str]]:
    return import_graph(REPO / "desktop", REPO)


def test_the_graph_sees_the_context_and_its_services():
    graph = desktop_graph()

    assert "desktop.push.service" in graph["desktop.context"]
    assert "desktop.notifications.operations" in graph["desktop.push.service"]


def test_desktop_modules_import_one_another_without_cycles():
    assert cycles(desktop_graph()) == []


def test_a_cycle_through_a_function_level_import_is_found():
    graph = {"a": {"b"}, "b": {"a"}, "c": set()}

    assert cycles(graph) == [["a", "b"]]

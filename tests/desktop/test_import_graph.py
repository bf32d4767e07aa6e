"""The desktop's modules import one another without cycles: the context holds the services, the
operations use the context (as a type only), and nothing below imports back up.

A cycle hidden in a function-level import still counts: it is the same dependency, only later."""

import ast
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def module_name(path: Path) -> str:
    parts = path.relative_to(DESKTOP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def runtime_imports(tree: ast.AST, known: set[str]) -> set[str]:
    """Every `desktop…` module imported anywhere in the file, except under `if TYPE_CHECKING:`."""
    found: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if is_type_checking_block(node):
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in known else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        stack.extend(ast.iter_child_nodes(node))
    return {name for name in found if name in known}


def import_graph() -> dict[str, set[str]]:
    files = {module_name(path): path for path in DESKTOP.rglob("*.py") if "__pycache__" not in path.parts}
    known = set(files)
    return {name: runtime_imports(ast.parse(path.read_text(encoding="utf-8")), known) for name, path in files.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_the_context_and_its_services():
    graph = import_graph()

    assert "desktop.push.service" in graph["desktop.context"]
    assert "desktop.notifications.operations" in graph["desktop.push.service"]


def test_desktop_modules_import_one_another_without_cycles():
    assert cycles(import_graph()) == []


def test_a_cycle_through_a_function_level_import_is_found():
    graph = {"a": {"b"}, "b": {"a"}, "c": set()}

    assert cycles(graph) == [["a", "b"]]

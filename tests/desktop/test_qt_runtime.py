import sys

from PySide6.QtWidgets import QLineEdit


def test_qt_calls_returning_nothing_do_not_leak_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every such call, until the
    interpreter aborted ("none_dealloc") in an app left open all day."""
    field = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        field.setEnabled(True)
        field.property("variant")
    assert abs(sys.getrefcount(None) - before) < 1_000

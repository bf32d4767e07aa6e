"""Dynamic style properties (`variant`, `invalid`…) that the stylesheet's rules select on."""

from PySide6.QtWidgets import QWidget


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Sets the property and re-polishes: a widget already polished (a button a box created and
    measured, a field already shown) keeps its old look otherwise."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()

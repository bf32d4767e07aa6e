from PySide6.QtWidgets import QLineEdit

from desktop.ui.forms import FormField
from tests.desktop.plain_text_walk import IMAGE, label_shows


def test_a_field_error_quoting_what_was_typed_is_shown_as_typed(qtbot):
    field = FormField("Adresse e-mail", QLineEdit())
    qtbot.addWidget(field)
    message = f"« {IMAGE} » n'est pas une adresse e-mail."
    field.set_error(message)
    assert label_shows(field.error) == message

"""The one kind of modal question administration asks: "do you really want to …?".

The box is window-modal and non-blocking (`open()`, never `exec()`, which would nest the event
loop); "Annuler" is the default button, so Enter never confirms by accident."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.admin.common.style import set_style_property

translate = QCoreApplication.translate


class Confirmation(QMessageBox):
    def __init__(self, parent: QWidget, *, title: str, text: str, confirm_label: str, danger: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("adminConfirmation")
        self.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
        self.setWindowTitle(title)
        self.setTextFormat(Qt.TextFormat.PlainText)  # names typed by users are never markup
        self.setText(text)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_button: QPushButton = self.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
        self.confirm_button.setAccessibleName(confirm_label)
        if danger:
            set_style_property(self.confirm_button, "variant", "danger")
        self.cancel_button: QPushButton = self.addButton(
            translate("Confirmation", "Annuler"), QMessageBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(translate("Confirmation", "Annuler"))
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)


def confirm(
    parent: QWidget,
    *,
    title: str,
    text: str,
    confirm_label: str,
    on_confirm: Callable[[], None],
    danger: bool = True,
) -> Confirmation:
    box = Confirmation(parent, title=title, text=text, confirm_label=confirm_label, danger=danger)
    box.confirm_button.clicked.connect(on_confirm)
    box.open()
    return box

"""Choosing a ticket's GTR deadline (or removing it): a small dialog, since the user must decide."""

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.tickets.widgets import label


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qt(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch()).astimezone()


def date_time_edit(moment: datetime, parent: QWidget, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qt(moment), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setAccessibleName(name)
    return edit


class DueDateDialog(QDialog):
    chosen = Signal(object)  # datetime, or None to remove the deadline

    def __init__(self, current: datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Échéance (GTR)"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Date limite de rétablissement garantie pour ce ticket :")))
        default = current or (datetime.now().astimezone() + timedelta(hours=4)).replace(second=0, microsecond=0)
        self.when = date_time_edit(default, self, self.tr("Échéance"))
        layout.addWidget(self.when)
        buttons = QHBoxLayout()
        self.remove = QPushButton(self.tr("Retirer l'échéance"), self)
        self.remove.setVisible(current is not None)
        self.remove.clicked.connect(self._remove)
        cancel = QPushButton(self.tr("Annuler"), self)
        cancel.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Enregistrer"), self)
        self.save.setProperty("variant", "primary")
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)

    def _save(self) -> None:
        self.chosen.emit(from_qt(self.when.dateTime()))
        self.accept()

    def _remove(self) -> None:
        self.chosen.emit(None)
        self.accept()

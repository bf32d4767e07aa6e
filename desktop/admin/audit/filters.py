"""The journal's filter bar: who (the author), what (a family of actions), on what (a target type
and its identifier) and when (a period of days). It only describes the filters (AuditFilters);
the server applies them."""

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.audit.actor_picker import Actor, ActorPicker
from desktop.admin.audit.labels import ACTION_FAMILIES, family_label, target_type_label, target_types
from desktop.admin.audit.operations import AuditFilters
from desktop.admin.common.activity import Activity

TYPING_DELAY_MS = 300
DEFAULT_PERIOD_DAYS = 30
MAX_TARGET_ID = 64


class AuditFilterBar(QWidget):
    filters_changed = Signal(object)  # AuditFilters

    def __init__(self, ctx, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ready = False
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self._emit)
        activity.watch(self._typing.isActive)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        first = QHBoxLayout()
        first.setSpacing(6)
        second = QHBoxLayout()
        second.setSpacing(6)
        rows.addLayout(first)
        rows.addLayout(second)

        self.actor = ActorPicker(ctx, activity, self)
        self.actor.actor_changed.connect(lambda _actor: self._emit())
        first.addWidget(self.actor, 2)
        self.family = self._combo(self.tr("Filtrer par type d'action"))
        self.family.addItem(self.tr("Toutes les actions"), "")
        for prefix, source in ACTION_FAMILIES:
            self.family.addItem(family_label(source), prefix)
        first.addWidget(self.family, 1)
        self.target_type = self._combo(self.tr("Filtrer par type de cible"))
        self.target_type.addItem(self.tr("Toutes les cibles"), "")
        for code in target_types():
            self.target_type.addItem(target_type_label(code), code)
        self.target_type.currentIndexChanged.connect(self._sync_enabled)
        first.addWidget(self.target_type, 1)
        self.target_id = QLineEdit(self)
        self.target_id.setAccessibleName(self.tr("Identifiant de la cible"))
        self.target_id.setPlaceholderText(self.tr("Identifiant"))
        self.target_id.setMaxLength(MAX_TARGET_ID)
        self.target_id.setClearButtonEnabled(True)
        first.addWidget(self.target_id, 1)
        self.target_id.textChanged.connect(lambda _text: self._typing.start())
        self.target_id.returnPressed.connect(self._emit)

        self.dated = QCheckBox(self.tr("Du"), self)
        self.dated.setAccessibleName(self.tr("Filtrer par période"))
        today = QDate.currentDate()
        self.first_day = self._date(today.addDays(-DEFAULT_PERIOD_DAYS), self.tr("Premier jour de la période"))
        until = QLabel(self.tr("au"), self)
        self.last_day = self._date(today, self.tr("Dernier jour de la période"))
        until.setBuddy(self.last_day)
        self.dated.toggled.connect(self._dated_toggled)
        for widget in (self.dated, self.first_day, until, self.last_day):
            second.addWidget(widget)
        self.error = QLabel(self)
        self.error.setProperty("role", "field-error")
        self.error.hide()
        second.addWidget(self.error)
        second.addStretch(1)
        self.reset_button = QPushButton(self.tr("Effacer les filtres"), self)
        self.reset_button.setProperty("variant", "link")
        self.reset_button.clicked.connect(self.clear)
        second.addWidget(self.reset_button)

        self._sync_enabled()
        self._filters = self.filters()
        self._ready = True

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.currentIndexChanged.connect(lambda _index: self._emit())
        return combo

    def _date(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _date: self._emit())
        return edit

    def _dated_toggled(self, _on: bool) -> None:
        self._sync_enabled()
        self._emit()

    def _sync_enabled(self, *_args) -> None:
        """The dates only with the period ticked, the identifier only with a target type."""
        self.first_day.setEnabled(self.dated.isChecked())
        self.last_day.setEnabled(self.dated.isChecked())
        self.target_id.setEnabled(bool(self.target_type.currentData()))

    # --- state -----------------------------------------------------------------------------
    @property
    def period_error(self) -> str:
        if self.dated.isChecked() and self.first_day.date() > self.last_day.date():
            return self.tr("La période finit avant de commencer : corrigez les dates.")
        return ""

    def filters(self) -> AuditFilters:
        dated = self.dated.isChecked()
        target_type = self.target_type.currentData() or ""
        return AuditFilters(
            actor=self.actor.actor.id if self.actor.actor else None,
            action=self.family.currentData() or "",
            target_type=target_type,
            target_id=self.target_id.text().strip() if target_type else "",
            first_day=self.first_day.date().toPython() if dated else None,
            last_day=self.last_day.date().toPython() if dated else None,
        )

    def _emit(self) -> None:
        self._typing.stop()
        if not self._ready:
            return
        error = self.period_error
        self.error.setText(error)
        self.error.setVisible(bool(error))
        if error:
            return  # nothing is asked for until the period makes sense
        filters = self.filters()
        if filters != self._filters:
            self._filters = filters
            self.filters_changed.emit(filters)

    # --- set from elsewhere ----------------------------------------------------------------
    def set_actor(self, actor: Actor) -> None:
        self.actor.set_actor(actor)

    def set_target(self, target_type: str, target_id: str) -> None:
        """« Cette cible »: the type (added when this desktop does not know it) and the identifier."""
        with self._changing():
            index = self.target_type.findData(target_type)
            if index < 0:
                self.target_type.addItem(target_type_label(target_type), target_type)
                index = self.target_type.count() - 1
            self.target_type.setCurrentIndex(index)
            self.target_id.setText(target_id)

    def clear(self) -> None:
        with self._changing():
            self.actor.reset()
            self.family.setCurrentIndex(0)
            self.target_type.setCurrentIndex(0)
            self.target_id.clear()
            self.dated.setChecked(False)

    @contextmanager
    def _changing(self) -> Iterator[None]:
        """Several inputs set at once make one change of the filters, not one per input."""
        self._ready = False
        try:
            yield
        finally:
            self._ready = True
        self._sync_enabled()
        self._emit()

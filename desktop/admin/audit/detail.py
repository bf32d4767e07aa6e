"""The selected event in full: when, who, what, on what, from where, and each changed field with
its value before and after. Everything here was typed by someone (names, e-mails, labels), so it
is shown as plain text only. Two buttons narrow the journal to this author or this target."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.audit.changes import NOTHING, field_changes, format_value
from desktop.admin.audit.labels import action_label
from desktop.admin.audit.table_model import actor_text, target_text
from desktop.admin.common.formatting import format_datetime
from desktop.common.plain_text import plain_label
from shared_schemas.audit import AuditEventOut


class AuditDetail(QFrame):
    filter_actor = Signal(object)  # AuditEventOut: show only its author's actions
    filter_target = Signal(object)  # AuditEventOut: show only the actions on its target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: AuditEventOut | None = None
        self.setObjectName("auditDetail")
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Détail de l'action"))
        self._stack = QStackedLayout(self)
        self.placeholder = QLabel(
            self.tr("Choisissez une ligne pour voir qui a fait quoi, et chaque valeur avant et après."), self
        )
        self.placeholder.setProperty("role", "empty")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self._build_body())
        self.show_event(None)

    def _build_body(self) -> QWidget:
        """Who, what, when on the left with the two filter buttons; the changed fields on the right."""
        body = QWidget(self)
        layout = QHBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        facts = QVBoxLayout()
        facts.setSpacing(8)
        self.heading = plain_label(parent=body)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        facts.addWidget(self.heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.when = self._field(form, self.tr("Date"))
        self.actor = self._field(form, self.tr("Auteur"))
        self.target = self._field(form, self.tr("Cible"))
        self.address = self._field(form, self.tr("Adresse IP"))
        self.code = self._field(form, self.tr("Code de l'action"))
        facts.addLayout(form)
        facts.addStretch(1)
        buttons = QHBoxLayout()
        self.actor_button = QPushButton(self.tr("Cet &auteur"), body)
        self.actor_button.setAccessibleName(self.tr("Ne montrer que les actions de cet auteur"))
        self.actor_button.setToolTip(self.tr("Ne montrer que les actions de cet auteur"))
        self.actor_button.clicked.connect(lambda: self.filter_actor.emit(self.current))
        self.target_button = QPushButton(self.tr("Cette &cible"), body)
        self.target_button.setAccessibleName(self.tr("Ne montrer que les actions sur cette cible"))
        self.target_button.setToolTip(self.tr("Ne montrer que les actions sur cette cible"))
        self.target_button.clicked.connect(lambda: self.filter_target.emit(self.current))
        buttons.addWidget(self.actor_button)
        buttons.addWidget(self.target_button)
        buttons.addStretch(1)
        facts.addLayout(buttons)
        layout.addLayout(facts, 2)

        changed = QVBoxLayout()
        changed.setSpacing(8)
        changes_title = QLabel(self.tr("Modifications"), body)
        changes_title.setProperty("role", "heading")
        changed.addWidget(changes_title)
        self.changes = QTableWidget(0, 3, body)
        self.changes.setObjectName("auditChanges")
        self.changes.setAccessibleName(self.tr("Valeurs avant et après"))
        self.changes.setHorizontalHeaderLabels([self.tr("Champ"), self.tr("Avant"), self.tr("Après")])
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.setWordWrap(True)
        self.changes.setTabKeyNavigation(False)
        self.changes.verticalHeader().hide()
        self.changes.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        changed.addWidget(self.changes, 1)
        self.no_changes = QLabel(self.tr("Cette action n'a modifié aucun champ."), body)
        self.no_changes.setProperty("role", "muted")
        changed.addWidget(self.no_changes)
        changed.addStretch(0)
        layout.addLayout(changed, 3)
        return body

    def _field(self, form: QFormLayout, title: str) -> QLabel:
        value = plain_label(parent=self)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAccessibleName(title)
        form.addRow(QLabel(title, self), value)
        return value

    # --- showing an event ------------------------------------------------------------------
    def show_event(self, event: AuditEventOut | None) -> None:
        self.current = event
        if event is None:
            self._stack.setCurrentWidget(self.placeholder)
            return
        self.heading.setText(action_label(event.action))
        self.when.setText(format_datetime(event.created_at, seconds=True))
        self.actor.setText(actor_text(event))
        self.target.setText(target_text(event))
        self.address.setText(event.ip_address or NOTHING)
        self.code.setText(event.action)
        changes = field_changes(event.before, event.after)
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            cells = (change.label, format_value(change.key, change.before), format_value(change.key, change.after))
            for column, text in enumerate(cells):
                self.changes.setItem(row, column, QTableWidgetItem(text))  # items are never rich text
        self.changes.setVisible(bool(changes))
        self.no_changes.setVisible(not changes)
        self.actor_button.setEnabled(event.actor is not None)
        self.target_button.setEnabled(event.target_id is not None)
        self._stack.setCurrentIndex(1)

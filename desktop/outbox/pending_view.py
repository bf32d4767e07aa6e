"""What the user sees of the outbox: a small button in the header ("2 envois en attente", hidden
when nothing waits) and the list it opens — what, when, state, the server's reason for a refusal —
with « Annuler » for any item and « Réessayer » for a refused one. Widgets only: the Outbox does
the work."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.common.plain_text import tooltip_text
from desktop.outbox.store import CREATE_TICKET, REFUSED, SENDING, OutboxItem
from desktop.tickets.labels import fill
from desktop.tickets.widgets import label


def count_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Outbox", "1 envoi en attente")
    return fill(QCoreApplication.translate("Outbox", "%1 envois en attente"), str(count))


def describe(item: OutboxItem, subjects: dict[int, str]) -> str:
    """« Nouveau ticket « … » », « Réponse au ticket SAV-… », « Note interne … »."""
    if item.kind == CREATE_TICKET:
        return fill(QCoreApplication.translate("Outbox", "Nouveau ticket « %1 »"), item.payload.get("subject", ""))
    note = item.payload.get("kind") == "note"
    if item.depends_on is not None:
        subject = subjects.get(item.depends_on, "")
        template = (
            QCoreApplication.translate("Outbox", "Note interne au nouveau ticket « %1 »")
            if note
            else QCoreApplication.translate("Outbox", "Réponse au nouveau ticket « %1 »")
        )
        return fill(template, subject)
    reference = item.payload.get("reference") or f"#{item.ticket_id}"
    template = (
        QCoreApplication.translate("Outbox", "Note interne au ticket %1")
        if note
        else QCoreApplication.translate("Outbox", "Réponse au ticket %1")
    )
    return fill(template, reference)


def state_text(item: OutboxItem) -> str:
    if item.state == REFUSED:
        return QCoreApplication.translate("Outbox", "Refusé")
    if item.state == SENDING:
        return QCoreApplication.translate("Outbox", "Envoi…")
    if item.depends_on is not None:
        return QCoreApplication.translate("Outbox", "Attend son ticket")
    return QCoreApplication.translate("Outbox", "En attente")


def sign_out_question(pending: int, parent: QWidget) -> QMessageBox:
    """Asked before signing out with sends still waiting: keep them (they leave at this user's next
    sign-in) and sign out — the AcceptRole button — or stay signed in."""
    box = QMessageBox(
        QMessageBox.Icon.Question, QCoreApplication.translate("Outbox", "Envois en attente"), "", parent=parent
    )
    box.setText(
        QCoreApplication.translate("Outbox", "1 envoi n'a pas encore atteint le serveur.")
        if pending == 1
        else fill(QCoreApplication.translate("Outbox", "%1 envois n'ont pas encore atteint le serveur."), str(pending))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Outbox", "Ils restent enregistrés sur cet ordinateur et partiront à votre prochaine connexion."
        )
    )
    box.addButton(
        QCoreApplication.translate("Outbox", "Les garder et me déconnecter"), QMessageBox.ButtonRole.AcceptRole
    )
    stay = box.addButton(
        QCoreApplication.translate("Outbox", "Annuler la déconnexion"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    return box


class PendingButton(QPushButton):
    """The header's reminder that something waits; a click opens the list."""

    def __init__(self, outbox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxPending")
        self.setProperty("variant", "link")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._outbox = outbox
        self.dialog: PendingDialog | None = None
        self.clicked.connect(self.open_list)
        outbox.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        count = self._outbox.count()
        refused = sum(1 for item in self._outbox.items() if item.state == REFUSED)
        text = count_text(count)
        if refused == 1:
            text = fill(self.tr("%1 (1 refusé)"), text)
        elif refused > 1:
            text = fill(self.tr("%1 (%2 refusés)"), text, str(refused))
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(self.tr("Voir les envois en attente"))
        self.setVisible(count > 0)

    def open_list(self) -> "PendingDialog":
        if self.dialog is None:
            self.dialog = PendingDialog(self._outbox, self.window())
        self.dialog.refresh()
        self.dialog.open()
        return self.dialog


class PendingDialog(QDialog):
    cancelled = Signal(int)  # seq

    def __init__(self, outbox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Envois en attente"))
        self.setMinimumSize(760, 300)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(self.tr("Ils partiront dès que le serveur répondra. Un envoi refusé reste ici."), role="muted")
        )
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Envoi"), self.tr("Créé le"), self.tr("État"), self.tr("Raison")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.setAccessibleName(self.tr("Envois en attente"))
        layout.addWidget(self.table, 1)
        self.empty = label(self.tr("Rien en attente : tout a été envoyé."), role="muted")
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Annuler l'envoi"), self)
        self.cancel_button.setProperty("variant", "danger")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_button = QPushButton(self.tr("Réessayer"), self)
        self.retry_button.clicked.connect(self.retry_selected)
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._items: list[OutboxItem] = []
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        outbox.changed.connect(self.refresh)

    def refresh(self) -> None:
        selected = self.selected()
        self._items = self._outbox.items()
        subjects = {i.seq: i.payload.get("subject", "") for i in self._items if i.kind == CREATE_TICKET}
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            when = item.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
            for column, text in enumerate((describe(item, subjects), when, state_text(item), item.reason)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tooltip_text(text))
                self.table.setItem(row, column, cell)
            if selected is not None and item.seq == selected.seq:
                self.table.selectRow(row)
        self.table.setVisible(bool(self._items))
        self.empty.setVisible(not self._items)
        self._enable_buttons()

    def selected(self) -> OutboxItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._items[rows[0].row()] if rows and rows[0].row() < len(self._items) else None

    def select(self, seq: int) -> None:
        for row, item in enumerate(self._items):
            if item.seq == seq:
                self.table.selectRow(row)

    def _enable_buttons(self) -> None:
        item = self.selected()
        self.cancel_button.setEnabled(item is not None and item.state != SENDING)
        self.retry_button.setEnabled(item is not None and item.state == REFUSED)

    def cancel_selected(self) -> None:
        item = self.selected()
        if item is not None and item.state != SENDING:
            self._outbox.cancel(item.seq)
            self.cancelled.emit(item.seq)

    def retry_selected(self) -> None:
        item = self.selected()
        if item is not None and item.state == REFUSED:
            self._outbox.retry(item.seq)

"""The selected sync run in full: where it came from and how it went, its counts per entity, why it
failed if it did, and the rows it refused (entity, CRM id, reason, the server's message). The CRM's
ids and messages quote what the CRM sent, so everything is shown as plain text."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.common.formatting import format_datetime
from desktop.admin.crm.labels import (
    COUNT_KINDS,
    entities_in_order,
    entity_label,
    format_duration,
    mode_label,
    reason_label,
    source_label,
    status_label,
    translate,
)
from desktop.common.plain_text import plain_label, tooltip_text
from shared_schemas.crm_sync import SyncCounts, SyncRunDetail, SyncRunOut


def _table(parent: QWidget, headers: list[str], accessible_name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table


def _cell(text: str, *, tooltip: str = "", number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tooltip:
        item.setToolTip(tooltip_text(tooltip))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class SyncRunDetailView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run: SyncRunOut | None = None
        self.setObjectName("crmRunDetail")
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Détail de la synchronisation"))
        self._stack = QStackedLayout(self)
        self.placeholder = QLabel(
            self.tr("Choisissez une synchronisation pour voir ses chiffres par type de fiche et les lignes refusées."),
            self,
        )
        self.placeholder.setProperty("role", "empty")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self._build_body())
        self.show_run(None)

    def _build_body(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.heading = plain_label(parent=body)
        self.heading.setProperty("role", "heading")
        layout.addWidget(self.heading)
        self.facts = plain_label(parent=body)
        self.facts.setProperty("role", "muted")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.error_frame = QFrame(body)
        self.error_frame.setProperty("role", "inline-error")
        error_layout = QVBoxLayout(self.error_frame)
        error_layout.setContentsMargins(8, 6, 8, 6)
        self.error = plain_label(parent=self.error_frame)  # the server's words, e.g. a TLS refusal
        self.error.setProperty("role", "inline-text-error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error_layout.addWidget(self.error)
        layout.addWidget(self.error_frame)

        tables = QHBoxLayout()
        tables.setSpacing(16)
        counts_column = QVBoxLayout()
        counts_title = QLabel(self.tr("Par type de fiche"), body)
        counts_title.setProperty("role", "heading")
        counts_column.addWidget(counts_title)
        self.counts = _table(
            body,
            [self.tr("Fiches")] + [translate(title) for _kind, title in COUNT_KINDS],
            self.tr("Chiffres par type de fiche"),
        )
        self.counts.setObjectName("crmRunCounts")
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        counts_column.addWidget(self.counts, 1)
        tables.addLayout(counts_column, 1)

        refused_column = QVBoxLayout()
        self.refused_title = QLabel(self.tr("Lignes refusées"), body)
        self.refused_title.setProperty("role", "heading")
        refused_column.addWidget(self.refused_title)
        self.issues = _table(
            body,
            [self.tr("Fiche"), self.tr("Identifiant CRM"), self.tr("Motif"), self.tr("Message")],
            self.tr("Lignes refusées"),
        )
        self.issues.setObjectName("crmRunIssues")
        self.issues.setWordWrap(False)
        header = self.issues.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        refused_column.addWidget(self.issues, 1)
        self.issues_note = plain_label(parent=body)
        self.issues_note.setProperty("role", "muted")
        self.issues_note.setWordWrap(True)
        refused_column.addWidget(self.issues_note)
        tables.addLayout(refused_column, 1)
        layout.addLayout(tables, 1)
        return body

    # --- what it shows ---------------------------------------------------------------------
    def show_run(self, run: SyncRunOut | None) -> None:
        """The run's summary at once (the list already holds it); its refused rows follow with
        `show_detail` (a SyncRunDetail given here shows them too)."""
        previous = self.run
        self.run = run
        if run is None:
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        self.heading.setText(
            self.tr("Synchronisation n° {id} — {source}, {mode} : {status}").format(
                id=run.id,
                source=source_label(run.source),
                mode=mode_label(run.mode).lower(),
                status=status_label(run.status).lower(),
            )
        )
        self.heading.setAccessibleName(self.heading.text())
        facts = [
            self.tr("Début : {when}").format(when=format_datetime(run.started_at, seconds=True)),
            self.tr("Fin : {when}").format(when=format_datetime(run.finished_at, seconds=True)),
            self.tr("Durée : {duration}").format(duration=format_duration(run.duration_ms)),
        ]
        if run.dry_run:
            facts.append(self.tr("Essai à blanc : rien n'a été écrit"))
        self.facts.setText(" · ".join(facts))
        self.error.setText(run.error)
        self.error_frame.setVisible(bool(run.error))
        self._fill_counts(run.per_entity)
        if isinstance(run, SyncRunDetail):
            self._fill_issues(run)
        elif previous is None or previous.id != run.id:
            self.issues.setRowCount(0)
            self.issues_note.setText(self.tr("Chargement des lignes refusées…") if run.refused else "")
            self.issues.setVisible(bool(run.refused))

    def show_detail(self, detail: SyncRunDetail) -> None:
        if self.run is not None and self.run.id == detail.id:
            self.show_run(detail)

    def _fill_counts(self, per_entity: dict[str, SyncCounts]) -> None:
        entities = entities_in_order(list(per_entity))
        self.counts.setRowCount(len(entities))
        for row, entity in enumerate(entities):
            counts = per_entity.get(entity, SyncCounts())
            self.counts.setItem(row, 0, _cell(entity_label(entity), tooltip=entity))
            for column, (kind, _title) in enumerate(COUNT_KINDS, start=1):
                self.counts.setItem(row, column, _cell(str(getattr(counts, kind)), number=True))

    def _fill_issues(self, detail: SyncRunDetail) -> None:
        self.issues.setRowCount(len(detail.issues))
        for row, issue in enumerate(detail.issues):
            self.issues.setItem(row, 0, _cell(entity_label(issue.entity), tooltip=issue.entity))
            self.issues.setItem(row, 1, _cell(issue.external_id or "—", tooltip=issue.external_id))
            self.issues.setItem(row, 2, _cell(reason_label(issue.reason), tooltip=issue.reason))
            self.issues.setItem(row, 3, _cell(issue.message, tooltip=issue.message))
        self.issues.setVisible(bool(detail.issues))
        if not detail.issues:
            note = self.tr("Aucune ligne refusée.")
        elif detail.refused > len(detail.issues):
            note = self.tr("Les {shown} premières lignes refusées sur {total} sont gardées ici.").format(
                shown=len(detail.issues), total=detail.refused
            )
        else:
            note = self.tr(
                "Corrigez ces lignes dans le CRM : elles seront reprises au prochain envoi ou à la prochaine "
                "synchronisation."
            )
        self.issues_note.setText(note)

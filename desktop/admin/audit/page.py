"""Journal: who did what, when and from where — administration changes, sign-ins and refused
accesses — newest first, loaded page by page as the list scrolls; filters on the author, the kind
of action, the target and the period; the selected row in full beside the list; the matching
events exported to a CSV file."""

import asyncio
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QPushButton, QSplitter, QWidget

from desktop.admin.audit.actor_picker import Actor
from desktop.admin.audit.detail import AuditDetail
from desktop.admin.audit.filters import AuditFilterBar
from desktop.admin.audit.operations import AuditFilters, audit_event_page, audit_export
from desktop.admin.audit.table_model import AuditTableModel
from desktop.admin.common.hub import AdminChanges
from desktop.admin.common.list_panel import ListPanel
from desktop.admin.common.page import AdminPage
from desktop.common.plain_text import plain_label
from shared_schemas.audit import AuditEventOut

PAGE_SIZE = 50


class AuditPage(AdminPage):
    def __init__(self, ctx, changes: AdminChanges, parent=None) -> None:
        super().__init__(
            ctx,
            changes,
            title=self.tr("Journal"),
            subtitle=self.tr(
                "Qui a fait quoi, quand et d'où : changements d'administration, connexions et accès refusés."
            ),
            parent=parent,
        )
        self.filters = AuditFilters()
        self.page_size = PAGE_SIZE
        self.export_task: asyncio.Task | None = None
        self.refresh_button = self.add_action(self.tr("&Actualiser"), self.load)
        self.export_button = self.add_action(self.tr("&Exporter en CSV…"), self.open_export_dialog, variant="primary")

        self.filter_bar = AuditFilterBar(ctx, self.activity, self)
        self.content.addWidget(self.filter_bar)
        self.content.addWidget(self._build_export_row())

        splitter = QSplitter(Qt.Orientation.Vertical, self)  # the table keeps the width its columns need
        splitter.setChildrenCollapsible(False)
        self.model = AuditTableModel(self._fetch, parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Journal des actions"),
            stretch_column=4,
            empty_text=self._empty_text(),
            parent=splitter,
        )
        splitter.addWidget(self.list)
        self.detail = AuditDetail(splitter)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 280])  # first layout in this proportion, then the user's
        self.content.addWidget(splitter, 1)
        refresh_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh_key.activated.connect(self.load)

        self.activity.watch(lambda: self.model.is_loading)
        self.model.load_failed.connect(self.load_failed)
        self.filter_bar.filters_changed.connect(self.apply_filters)
        self.list.selection_changed.connect(self.detail.show_event)
        self.detail.filter_actor.connect(self.show_actor_of)
        self.detail.filter_target.connect(self.show_target_of)
        for signal in (
            changes.users_changed,
            changes.roles_changed,
            changes.categories_changed,
            changes.customers_changed,
        ):
            signal.connect(self._reload_if_shown)

    def _build_export_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.export_progress = QProgressBar(row)
        self.export_progress.setAccessibleName(self.tr("Progression de l'export"))
        self.export_progress.setTextVisible(False)
        self.export_progress.setMaximumWidth(200)
        layout.addWidget(self.export_progress)
        self.export_status = plain_label(parent=row)  # holds a path the user chose
        self.export_status.setProperty("role", "muted")
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.export_status, 1)
        self.cancel_export_button = QPushButton(self.tr("Annuler l'export"), row)
        self.cancel_export_button.clicked.connect(self.cancel_export)
        layout.addWidget(self.cancel_export_button)
        self.export_row = row
        row.hide()
        return row

    # --- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        self.model.reload()

    def _reload_if_shown(self) -> None:
        if self._activated:
            self.load()

    async def _fetch(self, cursor: str | None):
        return await audit_event_page(self.ctx, self.filters, cursor, page_size=self.page_size)

    def apply_filters(self, filters: AuditFilters) -> None:
        if filters == self.filters:
            return
        self.filters = filters
        self.list.set_empty_text(self._empty_text())
        self.banner.clear()
        self.model.reload()

    def _empty_text(self) -> str:
        if self.filters.is_filtered:
            return self.tr(
                "Aucune action ne correspond à ces filtres. Élargissez la période ou choisissez "
                "« Effacer les filtres »."
            )
        return self.tr(
            "Le journal est vide pour l'instant : les changements d'administration et les connexions "
            "y apparaîtront dès qu'ils auront lieu."
        )

    def selected_event(self) -> AuditEventOut | None:
        return self.list.selected_item()

    def show_actor_of(self, event: AuditEventOut) -> None:
        if event.actor is not None:
            self.filter_bar.set_actor(Actor(event.actor, event.actor_email or str(event.actor)))

    def show_target_of(self, event: AuditEventOut) -> None:
        if event.target_id is not None:
            self.filter_bar.set_target(event.target_type, event.target_id)

    # --- export ----------------------------------------------------------------------------
    def open_export_dialog(self) -> QFileDialog:
        """Asks where to write the file (window-modal, non-blocking); choosing one starts the export."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"journal-audit-{date.today().isoformat()}.csv")
        dialog = QFileDialog(self, self.tr("Exporter le journal en CSV"), suggested)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("Fichiers CSV (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(suggested)
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        self.show_dialog(dialog)
        return dialog

    def export_to(self, destination: Path) -> asyncio.Task | None:
        if self.export_task is not None and not self.export_task.done():
            return None
        self.banner.clear()
        self._show_export(running=True, text=self.tr("Export en cours…"))
        self.export_progress.setRange(0, 0)  # streamed: the size is known only at the end
        task = self.activity.run(audit_export(self.ctx, self.filters, destination, on_progress=self._export_progress))
        task.add_done_callback(lambda done: self._export_done(done, destination))
        self.export_task = task
        return task

    def cancel_export(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()

    def _export_done(self, task: asyncio.Task, destination: Path) -> None:
        if task.cancelled():
            self._show_export(running=False, text=self.tr("Export annulé : aucun fichier n'a été écrit."))
        elif task.exception() is not None:
            self._show_export(running=False, text="")
            self.export_row.hide()  # the banner says why
        else:
            self._show_export(running=False, text=self.tr("Journal exporté dans {path}").format(path=destination))

    def _export_progress(self, received: int, total: int) -> None:
        if total:
            self.export_progress.setRange(0, total)
            self.export_progress.setValue(received)
        size = QLocale().formattedDataSize(received)
        self.export_status.setText(self.tr("Export en cours… {size} reçus").format(size=size))

    def _show_export(self, *, running: bool, text: str) -> None:
        self.export_button.setEnabled(not running)
        self.export_progress.setVisible(running)
        self.cancel_export_button.setVisible(running)
        self.export_status.setText(text)
        self.export_row.show()

"""CRM: the link with the CRM — where the pull connector stands and « Synchroniser maintenant »,
every sync run (pulls and push calls) newest first with the selected one in full, and the API keys
of a CRM that pushes to us.

While a run is under way the page asks the server where it stands every two seconds, and only while
it is shown: the counts grow in the status and in the run's row, and the buttons come back when it
ends."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.admin.common.confirm import Confirmation, confirm
from desktop.admin.common.errors import after_failure
from desktop.admin.common.hub import AdminChanges
from desktop.admin.common.list_panel import ListPanel
from desktop.admin.common.page import AdminPage
from desktop.admin.crm.api_keys import ApiKeysPanel
from desktop.admin.crm.delegates import SyncRunDelegate
from desktop.admin.crm.key_dialogs import ApiKeyShownDialog, NewApiKeyDialog
from desktop.admin.crm.operations import api_key_revoke, crm_status, sync_run_detail, sync_run_page, sync_run_start
from desktop.admin.crm.run_detail import SyncRunDetailView
from desktop.admin.crm.status_panel import StatusPanel
from desktop.admin.crm.table_models import CHIP_COLUMNS, SyncRunTableModel
from desktop.i18n.errors import error_message
from shared_schemas.crm_sync import ApiKeyCreated, ApiKeyOut, CrmStatusOut, SyncRunOut

PAGE_SIZE = 50
POLL_INTERVAL_MS = 2000


class CrmPage(AdminPage):
    def __init__(self, ctx, changes: AdminChanges, parent=None) -> None:
        super().__init__(
            ctx,
            changes,
            title=self.tr("CRM"),
            subtitle=self.tr(
                "Le lien avec le CRM : synchronisation des clients, commandes et produits livrés, et clés d'API "
                "d'un CRM qui envoie lui-même ses données."
            ),
            parent=parent,
        )
        self.page_size = PAGE_SIZE
        self._polling = False  # a poll is on its way: the next tick waits for it
        self.key_dialog: ApiKeyShownDialog | None = None
        self.refresh_button = self.add_action(self.tr("&Actualiser"), self.load)
        refresh_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh_key.activated.connect(self.load)

        self.status_panel = StatusPanel(self)
        self.content.addWidget(self.status_panel)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Synchronisations et clés d'API"))
        self.tabs.addTab(self._build_runs_tab(), self.tr("S&ynchronisations"))
        self.api_keys = ApiKeysPanel(ctx, self.tabs)
        self.tabs.addTab(self.api_keys, self.tr("Clés d'A&PI"))
        self.content.addWidget(self.tabs, 1)

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll)

        self.activity.watch(lambda: self.runs.is_loading or self.api_keys.model.is_loading)
        self.runs.load_failed.connect(self.load_failed)
        self.api_keys.model.load_failed.connect(self.load_failed)
        self.runs_list.selection_changed.connect(self._run_selected)
        self.status_panel.sync_requested.connect(self.request_sync)
        self.api_keys.new_button.clicked.connect(self.open_create_key_dialog)
        self.api_keys.revoke_button.clicked.connect(self.revoke_selected)

    def _build_runs_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.setChildrenCollapsible(False)
        self.runs = SyncRunTableModel(self._fetch_runs, parent=self)
        self.runs_list = ListPanel(
            self.runs,
            accessible_name=self.tr("Synchronisations, la plus récente en premier"),
            stretch_column=0,  # the counts stay together, next to their titles
            empty_text=self.tr(
                "Aucune synchronisation pour l'instant. Lancez « Synchroniser maintenant » une fois le connecteur "
                "configuré, ou donnez une clé d'API au CRM : chaque envoi apparaîtra ici."
            ),
            parent=splitter,
        )
        columns = range(self.runs.columnCount())
        kinds = {column: "status" for column in columns if self.runs.column_key(column) in CHIP_COLUMNS}
        self.runs_list.table.setItemDelegate(SyncRunDelegate(lambda: self.ctx.palette, kinds, self.runs_list.table))
        splitter.addWidget(self.runs_list)
        self.detail = SyncRunDetailView(splitter)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 340])
        layout.addWidget(splitter, 1)
        return tab

    # --- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        self.activity.run(self._load_status(), on_error=self.load_failed)
        self.runs.reload()
        self.api_keys.model.reload()

    async def _fetch_runs(self, cursor: str | None):
        return await sync_run_page(self.ctx, cursor, page_size=self.page_size)

    async def _load_status(self) -> None:
        self.apply_status(await crm_status(self.ctx))

    def apply_status(self, status: CrmStatusOut) -> None:
        """Shows where the sync stands; polls while a run is under way and the page is shown."""
        ended = self.status_panel.is_running and not status.running
        self.status_panel.show_status(status)
        if status.last_run is not None:
            self.runs.put(status.last_run)
            self._refresh_detail_of(status.last_run)
        if ended:  # push calls may have come in meanwhile: the list shows every run as it ended
            self.activity.run(self._reload_runs())
        if status.running and self.isVisible():
            if not self.poll_timer.isActive():
                self.poll_timer.start()
        else:
            self.poll_timer.stop()

    def poll(self) -> None:
        if not self._polling:
            self._polling = True
            task = self.activity.run(self._load_status(), on_error=self._poll_failed)
            task.add_done_callback(lambda _task: setattr(self, "_polling", False))

    def _poll_failed(self, error: BaseException) -> None:
        """A missed poll is not worth a banner: the next tick asks again (offline: the banner of the
        main window says so already)."""
        after_failure(self.ctx, error)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.status_panel.is_running:
            self.poll()
            self.poll_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.poll_timer.stop()

    async def _reload_runs(self) -> None:
        """The list again, the selected run still selected (and shown in full)."""
        selected = self.selected_run()
        await self.runs.reload_and_wait()
        if selected is not None:
            self.runs_list.select_where(lambda run: run.id == selected.id)

    # --- runs ------------------------------------------------------------------------------
    def selected_run(self) -> SyncRunOut | None:
        return self.runs_list.selected_item()

    def _run_selected(self, run: SyncRunOut | None) -> None:
        self.detail.show_run(run)
        if run is not None:
            self.activity.run(self._load_detail(run.id))

    async def _load_detail(self, run_id: int) -> None:
        self.detail.show_detail(await sync_run_detail(self.ctx, run_id))

    def _refresh_detail_of(self, run: SyncRunOut) -> None:
        """The run shown in full changed (its counts grew, it ended): show it again, and its refused
        rows once it has ended."""
        shown = self.detail.run
        if shown is None or shown.id != run.id or shown.model_dump(exclude={"issues"}) == run.model_dump():
            return
        self.detail.show_run(run)
        if run.status != "running":
            self.activity.run(self._load_detail(run.id))

    def request_sync(self, full: bool) -> Confirmation | None:
        """An incremental pull starts at once; a full one asks first (it reads the whole CRM)."""
        if not full:
            self.activity.run(self._start_sync(full=False), on_error=self._sync_refused)
            return None
        return confirm(
            self,
            title=self.tr("Resynchronisation complète"),
            text=self.tr(
                "Relire tout le CRM ? Le SAV reprend chaque fiche et désactive celles qui n'y sont plus. "
                "Sur un gros CRM, cela peut prendre plusieurs minutes ; le SAV reste utilisable pendant ce temps."
            ),
            confirm_label=self.tr("Lancer la resynchronisation"),
            on_confirm=lambda: self.activity.run(self._start_sync(full=True), on_error=self._sync_refused),
            danger=False,
        )

    async def _start_sync(self, *, full: bool) -> None:
        self.status_panel.show_message("")
        self.status_panel.sync_button.setEnabled(False)
        self.status_panel.full_button.setEnabled(False)
        run = await sync_run_start(self.ctx, full=full)
        self.status_panel.show_message(self.tr("Synchronisation lancée."), error=False)
        self.runs.put(run)
        await self._load_status()

    def _sync_refused(self, error: BaseException) -> None:
        """crm_not_configured, crm_sync_running…: said under the buttons, not in the page's banner."""
        after_failure(self.ctx, error)
        self.status_panel.show_message(error_message(error))
        self.status_panel.show_status(self.status_panel.status)  # the buttons come back
        if getattr(error, "code", "") == "crm_sync_running":
            self.activity.run(self._load_status(), on_error=self._poll_failed)

    # --- API keys --------------------------------------------------------------------------
    def open_create_key_dialog(self) -> NewApiKeyDialog:
        dialog = NewApiKeyDialog(self.ctx, parent=self)
        dialog.saved.connect(self._key_created)
        self.show_dialog(dialog)
        return dialog

    def _key_created(self, created: ApiKeyCreated) -> None:
        self.api_keys.put(ApiKeyOut.model_validate(created.model_dump(exclude={"key"})))
        self.key_dialog = ApiKeyShownDialog(created, parent=self)
        self.key_dialog.open()

    def revoke_selected(self) -> Confirmation | None:
        """Asks first: a revoked key cannot be restored."""
        key = self.api_keys.selected_key()
        if key is None or key.revoked_at is not None:
            return None
        return confirm(
            self,
            title=self.tr("Révoquer la clé"),
            text=self.tr(
                "Révoquer la clé « {name} » ? Le CRM qui l'utilise ne pourra plus rien envoyer au SAV avec elle. "
                "C'est définitif : pour reprendre les envois, créez une nouvelle clé."
            ).format(name=key.name),
            confirm_label=self.tr("Révoquer"),
            on_confirm=lambda: self.activity.run(self._revoke(key)),
        )

    async def _revoke(self, key: ApiKeyOut) -> None:
        self.banner.clear()
        self.api_keys.put(await api_key_revoke(self.ctx, key.id))

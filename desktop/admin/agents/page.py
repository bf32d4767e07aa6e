"""Agents: the Origyne staff tickets are assigned to — availability, the categories each one
handles, and the hourly cost with its history."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from desktop.admin.agents.editor import AgentEditor
from desktop.admin.agents.operations import agent_list
from desktop.admin.agents.table_model import AgentTableModel
from desktop.admin.categories.operations import category_list
from desktop.admin.common.hub import AdminChanges
from desktop.admin.common.list_panel import ListPanel
from desktop.admin.common.lists import whole_list
from desktop.admin.common.page import AdminPage
from shared_schemas.accounts import AgentOut


class AgentsPage(AdminPage):
    def __init__(self, ctx, changes: AdminChanges, parent=None) -> None:
        super().__init__(
            ctx,
            changes,
            title=self.tr("Agents"),
            subtitle=self.tr("Disponibilité, catégories traitées et coût horaire des membres de l'équipe."),
            parent=parent,
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.model = AgentTableModel(whole_list(lambda: agent_list(ctx)), parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Liste des agents"),
            stretch_column=3,
            empty_text=self.tr("Aucun agent actif. Créez un compte Agent dans « Utilisateurs »."),
            parent=splitter,
        )
        splitter.addWidget(self.list)
        self.editor = AgentEditor(ctx, self.activity, splitter)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.content.addWidget(splitter, 1)

        self.activity.watch(lambda: self.model.is_loading)
        self.model.load_failed.connect(self.load_failed)
        self.list.selection_changed.connect(self.editor.show_agent)
        self.list.activated.connect(lambda _agent: self.editor.availability.setFocus())
        self.editor.agent_saved.connect(self._saved)
        changes.users_changed.connect(self._reload_if_shown)
        changes.categories_changed.connect(self._load_categories_if_shown)

    def load(self) -> None:
        self._load_categories()
        self.model.reload()

    def _reload_if_shown(self) -> None:
        if self._activated:
            self.model.reload()

    def _load_categories_if_shown(self) -> None:
        if self._activated:
            self._load_categories()

    def _load_categories(self) -> None:
        self.activity.run(self._fill_categories())

    async def _fill_categories(self) -> None:
        self.editor.set_categories(await category_list(self.ctx))

    def selected_agent(self) -> AgentOut | None:
        return self.list.selected_item()

    def _saved(self, agent: AgentOut) -> None:
        self.banner.clear()
        row = self.model.row_of(lambda item: item.id == agent.id)
        self.model.replace_row(row, agent)
        selected = self.selected_agent()
        if selected is not None and selected.id == agent.id:
            self.editor.show_agent(agent)

"""Catégories: what a ticket is about (Commande, Demande d'assistance, …), in the order clients
see them. Deactivating hides a category from new tickets without touching existing ones."""

from desktop.admin.categories.dialog import CategoryDialog
from desktop.admin.categories.operations import category_list, category_update
from desktop.admin.categories.table_model import CategoryTableModel
from desktop.admin.common.hub import AdminChanges
from desktop.admin.common.list_panel import ListPanel
from desktop.admin.common.lists import whole_list
from desktop.admin.common.page import AdminPage
from shared_schemas.tickets import CategoryOut

POSITION_STEP = 10


class CategoriesPage(AdminPage):
    def __init__(self, ctx, changes: AdminChanges, parent=None) -> None:
        super().__init__(
            ctx,
            changes,
            title=self.tr("Catégories"),
            subtitle=self.tr("Les sujets de tickets proposés aux clients, dans l'ordre de leur position."),
            parent=parent,
        )
        self.new_button = self.add_action(self.tr("&Nouvelle catégorie"), self.open_create_dialog, variant="primary")
        self.edit_button = self.add_action(self.tr("&Modifier"), self.open_edit_dialog)
        self.toggle_button = self.add_action(self.tr("&Désactiver"), self.toggle_active)
        self.model = CategoryTableModel(whole_list(lambda: category_list(ctx)), parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Liste des catégories"),
            stretch_column=2,
            empty_text=self.tr(
                "Aucune catégorie. Créez-en une avec « Nouvelle catégorie » : les clients en ont besoin "
                "pour ouvrir un ticket."
            ),
            parent=self,
        )
        self.content.addWidget(self.list, 1)
        self.activity.watch(lambda: self.model.is_loading)
        self.model.load_failed.connect(self.load_failed)
        self.list.selection_changed.connect(self._update_actions)
        self.list.activated.connect(lambda _category: self.open_edit_dialog())
        self._update_actions(None)

    def load(self) -> None:
        self.model.reload()

    def selected_category(self) -> CategoryOut | None:
        return self.list.selected_item()

    def _update_actions(self, category: CategoryOut | None) -> None:
        self.edit_button.setEnabled(category is not None)
        self.toggle_button.setEnabled(category is not None)
        text = self.tr("&Réactiver") if category is not None and not category.is_active else self.tr("&Désactiver")
        self.toggle_button.setText(text)
        self.toggle_button.setAccessibleName(text.replace("&", ""))

    def open_create_dialog(self) -> CategoryDialog:
        last = max((c.position for c in self.model.rows()), default=-POSITION_STEP)
        dialog = CategoryDialog(self.ctx, next_position=last + POSITION_STEP, parent=self)
        dialog.saved.connect(self._saved)
        self.show_dialog(dialog)
        return dialog

    def open_edit_dialog(self) -> CategoryDialog | None:
        category = self.selected_category()
        if category is None:
            return None
        dialog = CategoryDialog(self.ctx, category=category, parent=self)
        dialog.saved.connect(self._saved)
        self.show_dialog(dialog)
        return dialog

    def toggle_active(self) -> None:
        """Reversible at any time, so it asks nothing."""
        category = self.selected_category()
        if category is not None:
            self.activity.run(self._set_active(category, not category.is_active))

    async def _set_active(self, category: CategoryOut, active: bool) -> None:
        self.banner.clear()
        self._saved(await category_update(self.ctx, category.id, is_active=active))

    def _saved(self, category: CategoryOut) -> None:
        """The server orders by position: reload, then select what was saved."""
        self.changes.categories_changed.emit()
        self.activity.run(self._reload_selecting(category.id))

    async def _reload_selecting(self, category_id: int) -> None:
        await self.model.reload_and_wait()
        self.list.select_where(lambda item: item.id == category_id)

"""Rôles: named permission sets. The three built-in roles can be renamed and adjusted but never
deleted; a role still held by accounts cannot be deleted either (the server says why)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from desktop.admin.common.confirm import Confirmation, confirm
from desktop.admin.common.hub import AdminChanges
from desktop.admin.common.list_panel import ListPanel
from desktop.admin.common.lists import whole_list
from desktop.admin.common.page import AdminPage
from desktop.admin.roles.dialog import RoleDialog
from desktop.admin.roles.operations import role_delete, role_list
from desktop.admin.roles.table_model import RoleTableModel
from shared_schemas.accounts import RoleOut


class RolesPage(AdminPage):
    def __init__(self, ctx, changes: AdminChanges, parent=None) -> None:
        super().__init__(
            ctx,
            changes,
            title=self.tr("Rôles"),
            subtitle=self.tr(
                "Ce que chaque type de compte a le droit de faire. Un rôle client reste limité à sa société."
            ),
            parent=parent,
        )
        self.new_button = self.add_action(self.tr("&Nouveau rôle"), self.open_create_dialog, variant="primary")
        self.edit_button = self.add_action(self.tr("&Modifier"), self.open_edit_dialog)
        self.delete_button = self.add_action(self.tr("&Supprimer"), self.delete_selected, variant="danger")
        self.model = RoleTableModel(whole_list(lambda: role_list(ctx)), parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Liste des rôles"),
            stretch_column=0,
            empty_text=self.tr("Aucun rôle. Créez-en un avec « Nouveau rôle »."),
            parent=self,
        )
        self.content.addWidget(self.list, 1)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        self.activity.watch(lambda: self.model.is_loading)
        self.model.load_failed.connect(self.load_failed)
        self.list.selection_changed.connect(self._update_actions)
        self.list.activated.connect(lambda _role: self.open_edit_dialog())
        changes.users_changed.connect(self._reload_if_shown)  # the number of holders changes
        self._update_actions(None)

    def load(self) -> None:
        self.model.reload()

    def _reload_if_shown(self) -> None:
        if self._activated:
            self.load()

    def selected_role(self) -> RoleOut | None:
        return self.list.selected_item()

    def _update_actions(self, role: RoleOut | None) -> None:
        self.edit_button.setEnabled(role is not None)
        deletable = role is not None and not role.is_builtin
        self.delete_button.setEnabled(deletable)
        self.delete_button.setToolTip(
            self.tr("Un rôle intégré ne peut pas être supprimé.") if role is not None and role.is_builtin else ""
        )

    def open_create_dialog(self) -> RoleDialog:
        dialog = RoleDialog(self.ctx, parent=self)
        dialog.saved.connect(self._saved)
        self.show_dialog(dialog)
        return dialog

    def open_edit_dialog(self) -> RoleDialog | None:
        role = self.selected_role()
        if role is None:
            return None
        dialog = RoleDialog(self.ctx, role=role, parent=self)
        dialog.saved.connect(self._saved)
        self.show_dialog(dialog)
        return dialog

    def _saved(self, role: RoleOut) -> None:
        row = self.model.row_of(lambda item: item.id == role.id)
        if row >= 0:
            self.model.replace_row(row, role)
        else:
            self.model.insert_first(role)
            row = 0
        self.list.select_row(row)
        self._update_actions(role)
        self.changes.roles_changed.emit()

    def delete_selected(self) -> Confirmation | None:
        role = self.selected_role()
        if role is None or role.is_builtin:
            return None
        return confirm(
            self,
            title=self.tr("Supprimer le rôle"),
            text=self.tr("Supprimer le rôle « {name} » ? Cette action est définitive.").format(name=role.name),
            confirm_label=self.tr("Supprimer"),
            on_confirm=lambda: self.activity.run(self._delete(role)),
        )

    async def _delete(self, role: RoleOut) -> None:
        self.banner.clear()
        await role_delete(self.ctx, role.id)
        self.model.remove_row(self.model.row_of(lambda item: item.id == role.id))
        self.changes.roles_changed.emit()

"""Utilisateurs: every account, searched and filtered on the server; create, edit, deactivate
and reactivate."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit

from desktop.admin.common.confirm import Confirmation, confirm
from desktop.admin.common.hub import AdminChanges
from desktop.admin.common.list_panel import ListPanel
from desktop.admin.common.page import AdminPage
from desktop.admin.common.style import set_style_property
from desktop.admin.roles.operations import role_list
from desktop.admin.users.dialogs import UserDialog, role_order
from desktop.admin.users.operations import UserFilters, user_deactivate, user_page, user_reactivate
from desktop.admin.users.table_model import UserTableModel
from shared_schemas.accounts import UserOut
from shared_schemas.enums import RoleAudience

SEARCH_DELAY_MS = 300


class UsersPage(AdminPage):
    def __init__(self, ctx, changes: AdminChanges, parent=None) -> None:
        super().__init__(
            ctx,
            changes,
            title=self.tr("Utilisateurs"),
            subtitle=self.tr("Comptes des clients et de l'équipe Origyne : création, rôle, désactivation."),
            parent=parent,
        )
        self.filters = UserFilters()
        self.new_button = self.add_action(self.tr("&Nouvel utilisateur"), self.open_create_dialog, variant="primary")
        self.edit_button = self.add_action(self.tr("&Modifier"), self.open_edit_dialog)
        self.toggle_button = self.add_action(self.tr("&Désactiver"), self.toggle_active)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher par nom ou e-mail…"))
        self.search.setAccessibleName(self.tr("Rechercher un utilisateur"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 2)
        self.role_filter = QComboBox(self)
        self.role_filter.setAccessibleName(self.tr("Filtrer par rôle"))
        self.role_filter.addItem(self.tr("Tous les rôles"), None)
        filters.addWidget(self.role_filter, 1)
        self.audience_filter = QComboBox(self)
        self.audience_filter.setAccessibleName(self.tr("Filtrer par type de compte"))
        self.audience_filter.addItem(self.tr("Clients et équipe"), None)
        self.audience_filter.addItem(self.tr("Clients"), RoleAudience.CLIENT)
        self.audience_filter.addItem(self.tr("Équipe Origyne"), RoleAudience.STAFF)
        filters.addWidget(self.audience_filter, 1)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filtrer par statut"))
        self.status_filter.addItem(self.tr("Actifs et désactivés"), None)
        self.status_filter.addItem(self.tr("Actifs"), True)
        self.status_filter.addItem(self.tr("Désactivés"), False)
        filters.addWidget(self.status_filter, 1)
        self.content.addLayout(filters)

        self.model = UserTableModel(self._fetch, muted=ctx.palette.text_muted, parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Liste des utilisateurs"),
            stretch_column=1,
            empty_text=self._empty_text(),
            parent=self,
        )
        self.content.addWidget(self.list, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.activity.watch(self._debounce.isActive)
        self.activity.watch(lambda: self.model.is_loading)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.role_filter, self.audience_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.model.load_failed.connect(self.load_failed)
        self.list.selection_changed.connect(self._update_actions)
        self.list.activated.connect(lambda _user: self.open_edit_dialog())
        changes.roles_changed.connect(self._load_roles)
        self._update_actions(None)

    # --- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        self._load_roles()
        self.model.reload()

    async def _fetch(self, cursor: str | None):
        return await user_page(self.ctx, self.filters, cursor)

    def _load_roles(self) -> None:
        self.activity.run(self._fill_role_filter())

    async def _fill_role_filter(self) -> None:
        roles = sorted(await role_list(self.ctx), key=role_order)
        chosen = self.role_filter.currentData()
        self.role_filter.blockSignals(True)
        self.role_filter.clear()
        self.role_filter.addItem(self.tr("Tous les rôles"), None)
        for role in roles:
            self.role_filter.addItem(role.name, role.code)
        self.role_filter.setCurrentIndex(max(0, self.role_filter.findData(chosen)))
        self.role_filter.blockSignals(False)

    def apply_filters(self) -> None:
        self._debounce.stop()
        filters = UserFilters(
            q=self.search.text(),
            role=self.role_filter.currentData(),
            audience=self.audience_filter.currentData(),
            is_active=self.status_filter.currentData(),
        )
        if filters == self.filters:
            return
        self.filters = filters
        self.list.set_empty_text(self._empty_text())
        self.model.reload()

    def _empty_text(self) -> str:
        if self.filters.is_filtered:
            return self.tr("Aucun utilisateur ne correspond à ces critères. Modifiez la recherche ou les filtres.")
        return self.tr("Aucun utilisateur pour l'instant. Créez le premier avec « Nouvel utilisateur ».")

    # --- actions ---------------------------------------------------------------------------
    def selected_user(self) -> UserOut | None:
        return self.list.selected_item()

    def _update_actions(self, user: UserOut | None) -> None:
        self.edit_button.setEnabled(user is not None)
        self.toggle_button.setEnabled(user is not None)
        self.toggle_button.setToolTip("")
        if user is not None and not user.is_active:
            self.toggle_button.setText(self.tr("&Réactiver"))
            set_style_property(self.toggle_button, "variant", "")
        else:
            self.toggle_button.setText(self.tr("&Désactiver"))
            set_style_property(self.toggle_button, "variant", "danger")
            me = self.ctx.session.user
            if user is not None and me is not None and me.id == user.id:
                self.toggle_button.setEnabled(False)
                self.toggle_button.setToolTip(self.tr("Vous ne pouvez pas désactiver votre propre compte."))
        self.toggle_button.setAccessibleName(self.toggle_button.text().replace("&", ""))

    def open_create_dialog(self) -> UserDialog:
        dialog = UserDialog(self.ctx, parent=self)
        dialog.saved.connect(self._created)
        self.show_dialog(dialog)
        return dialog

    def open_edit_dialog(self) -> UserDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = UserDialog(self.ctx, user=user, parent=self)
        dialog.saved.connect(self._replaced)
        self.show_dialog(dialog)
        return dialog

    def _created(self, user: UserOut) -> None:
        self.model.insert_first(user)
        self.list.select_row(0)
        self.changes.users_changed.emit()

    def _replaced(self, user: UserOut) -> None:
        row = self.model.row_of(lambda item: item.id == user.id)
        self.model.replace_row(row, user)
        if self.selected_user() is not None and self.selected_user().id == user.id:
            self._update_actions(user)
        self.changes.users_changed.emit()

    def toggle_active(self) -> Confirmation | None:
        """Deactivating asks first (the person is signed out at once); reactivating does not."""
        user = self.selected_user()
        if user is None:
            return None
        if not user.is_active:
            self.activity.run(self._set_active(user, True))
            return None
        return confirm(
            self,
            title=self.tr("Désactiver le compte"),
            text=self.tr(
                "Désactiver le compte de {name} ({email}) ? Ses sessions sont fermées immédiatement et il ne "
                "pourra plus se connecter tant que le compte n'est pas réactivé."
            ).format(name=user.full_name, email=user.email),
            confirm_label=self.tr("Désactiver"),
            on_confirm=lambda: self.activity.run(self._set_active(user, False)),
        )

    async def _set_active(self, user: UserOut, active: bool) -> None:
        self.banner.clear()
        operation = user_reactivate if active else user_deactivate
        self._replaced(await operation(self.ctx, user.id))

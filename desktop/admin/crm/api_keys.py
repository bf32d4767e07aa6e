"""« Clés d'API »: the keys a CRM pushing to us signs its calls with — which exist, who made them,
when each was last used, which are revoked; « Nouvelle clé » and « Révoquer »."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.admin.common.list_panel import ListPanel
from desktop.admin.common.lists import whole_list
from desktop.admin.crm.operations import api_key_list
from desktop.admin.crm.table_models import ApiKeyTableModel
from shared_schemas.crm_sync import ApiKeyOut


class ApiKeysPanel(QWidget):
    """The list and its two buttons; the page acts on them (dialogs, confirmation, operations)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Clés d'API"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        explanation = QLabel(
            self.tr(
                "Un CRM qui envoie lui-même ses clients, commandes et produits livrés au SAV (API push) signe "
                "chaque appel avec une de ces clés. Révoquez une clé perdue ou qui ne sert plus."
            ),
            self,
        )
        explanation.setProperty("role", "muted")
        explanation.setWordWrap(True)
        top.addWidget(explanation, 1)
        self.new_button = QPushButton(self.tr("&Nouvelle clé"), self)
        self.new_button.setProperty("variant", "primary")
        self.new_button.setAccessibleName(self.tr("Nouvelle clé"))
        top.addWidget(self.new_button)
        self.revoke_button = QPushButton(self.tr("&Révoquer"), self)
        self.revoke_button.setProperty("variant", "danger")
        self.revoke_button.setAccessibleName(self.tr("Révoquer la clé choisie"))
        top.addWidget(self.revoke_button)
        layout.addLayout(top)
        self.model = ApiKeyTableModel(whole_list(lambda: api_key_list(ctx)), parent=self)
        self.list = ListPanel(
            self.model,
            accessible_name=self.tr("Liste des clés d'API"),
            stretch_column=0,
            empty_text=self.tr(
                "Aucune clé d'API. Créez-en une avec « Nouvelle clé » et donnez-la au CRM pour qu'il puisse "
                "envoyer ses données au SAV."
            ),
            parent=self,
        )
        layout.addWidget(self.list, 1)
        self.list.selection_changed.connect(self._update_actions)
        self._update_actions(None)

    def selected_key(self) -> ApiKeyOut | None:
        return self.list.selected_item()

    def _update_actions(self, key: ApiKeyOut | None) -> None:
        self.revoke_button.setEnabled(key is not None and key.revoked_at is None)

    def put(self, key: ApiKeyOut) -> None:
        """A key created or revoked: its row is refreshed (or added on top) and selected."""
        row = self.model.row_of(lambda item: item.id == key.id)
        if row >= 0:
            self.model.replace_row(row, key)
        else:
            self.model.insert_first(key)
        self.list.select_where(lambda item: item.id == key.id)
        self._update_actions(key)

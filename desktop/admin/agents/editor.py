"""The selected agent's profile: availability and handled categories (saved together), and the
hourly cost — a new rate valid from now on, added to a history that is never rewritten."""

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.admin.agents.operations import agent_cost_rates, agent_set_hourly_cost, agent_update
from desktop.admin.agents.table_model import CostRateTableModel
from desktop.admin.common.activity import Activity
from desktop.admin.common.formatting import format_money
from desktop.admin.common.labels import availability_label
from desktop.admin.common.list_panel import ListPanel
from desktop.admin.common.lists import whole_list
from desktop.common.plain_text import plain_label
from shared_schemas.accounts import AgentOut
from shared_schemas.enums import Availability
from shared_schemas.tickets import CategoryOut

MAX_HOURLY_COST = 999999.99


class AgentEditor(QFrame):
    agent_saved = Signal(object)  # AgentOut

    def __init__(self, ctx, activity: Activity, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity = activity
        self.agent: AgentOut | None = None
        self.setProperty("role", "card")
        self.setObjectName("agentEditor")
        self.setAccessibleName(self.tr("Profil de l'agent"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        self.heading = plain_label(parent=self)  # an agent's name
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        form = QFormLayout()
        self.availability = QComboBox(self)
        self.availability.setAccessibleName(self.tr("Disponibilité"))
        for availability in Availability:
            self.availability.addItem(availability_label(availability), availability)
        label = QLabel(self.tr("&Disponibilité"), self)
        label.setBuddy(self.availability)
        form.addRow(label, self.availability)
        self.categories = QListWidget(self)
        self.categories.setAccessibleName(self.tr("Catégories traitées"))
        self.categories.setMinimumHeight(110)
        label = QLabel(self.tr("&Catégories traitées"), self)
        label.setBuddy(self.categories)
        form.addRow(label, self.categories)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("&Enregistrer le profil"), self)
        self.save_button.setAccessibleName(self.tr("Enregistrer la disponibilité et les catégories"))
        self.save_button.clicked.connect(self.save_profile)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        cost_title = QLabel(self.tr("Coût horaire"), self)
        cost_title.setProperty("role", "heading")
        layout.addWidget(cost_title)
        self.current_cost = QLabel(self)
        layout.addWidget(self.current_cost)
        row = QHBoxLayout()
        self.new_cost = QDoubleSpinBox(self)
        self.new_cost.setRange(0, MAX_HOURLY_COST)
        self.new_cost.setDecimals(2)
        self.new_cost.setSuffix(self.tr(" € / h"))
        self.new_cost.setAccessibleName(self.tr("Nouveau taux horaire"))
        label = QLabel(self.tr("&Nouveau taux"), self)
        label.setBuddy(self.new_cost)
        row.addWidget(label)
        row.addWidget(self.new_cost, 1)
        self.apply_cost_button = QPushButton(self.tr("&Appliquer ce taux"), self)
        self.apply_cost_button.setAccessibleName(self.tr("Appliquer ce taux horaire à partir de maintenant"))
        self.apply_cost_button.clicked.connect(self.apply_cost)
        row.addWidget(self.apply_cost_button)
        layout.addLayout(row)
        hint = QLabel(
            self.tr(
                "Le nouveau taux vaut pour le travail saisi à partir de maintenant ; l'historique n'est jamais réécrit."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.rates_model = CostRateTableModel(parent=self)
        self.rates = ListPanel(
            self.rates_model,
            accessible_name=self.tr("Historique des taux horaires"),
            empty_text=self.tr("Aucun taux enregistré : saisissez le premier ci-dessus."),
            parent=self,
        )
        layout.addWidget(self.rates, 1)
        activity.watch(lambda: self.rates_model.is_loading)
        self.show_agent(None)

    def set_categories(self, categories: list[CategoryOut]) -> None:
        checked = self.checked_categories() if self.categories.count() else self._agent_category_ids()
        self.categories.clear()
        for category in categories:
            label = category.name if category.is_active else self.tr("{name} (désactivée)").format(name=category.name)
            item = QListWidgetItem(label, self.categories)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category.id in checked else Qt.CheckState.Unchecked)

    def _agent_category_ids(self) -> set[int]:
        return {c.id for c in self.agent.categories} if self.agent else set()

    def checked_categories(self) -> set[int]:
        return {
            self.categories.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.categories.count())
            if self.categories.item(i).checkState() == Qt.CheckState.Checked
        }

    def set_category_checked(self, category_id: int, checked: bool) -> None:
        for i in range(self.categories.count()):
            item = self.categories.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == category_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def show_agent(self, agent: AgentOut | None) -> None:
        same_agent = agent is not None and self.agent is not None and agent.id == self.agent.id
        self.agent = agent
        enabled = agent is not None
        for widget in (self.availability, self.categories, self.save_button, self.new_cost, self.apply_cost_button):
            widget.setEnabled(enabled)
        if agent is None:
            self.heading.setText(self.tr("Sélectionnez un agent"))
            self.current_cost.setText("")
            self.rates_model.set_fetcher(whole_list(_nothing))
            self.rates_model.reload()
            return
        self.heading.setText(agent.full_name)
        self.availability.setCurrentIndex(max(0, self.availability.findData(agent.availability)))
        ids = self._agent_category_ids()
        for i in range(self.categories.count()):
            item = self.categories.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids else Qt.CheckState.Unchecked
            )
        self.current_cost.setText(
            self.tr("Taux actuel : {amount}").format(amount=format_money(agent.current_hourly_cost))
            if agent.current_hourly_cost is not None
            else self.tr("Aucun taux enregistré pour l'instant.")
        )
        if agent.current_hourly_cost is not None:
            self.new_cost.setValue(float(agent.current_hourly_cost))
        if not same_agent or not self.rates_model.rowCount():
            self.rates_model.set_fetcher(whole_list(lambda: agent_cost_rates(self.ctx, agent.id)))
            self.rates_model.reload()

    # --- actions ---------------------------------------------------------------------------
    def save_profile(self) -> None:
        if self.agent is not None:
            self.activity.run(self._save_profile(self.agent.id))

    async def _save_profile(self, agent_id: int) -> None:
        agent = await agent_update(
            self.ctx, agent_id, availability=self.availability.currentData(), categories=self.checked_categories()
        )
        self.agent_saved.emit(agent)

    def apply_cost(self) -> None:
        if self.agent is not None:
            amount = Decimal(str(round(self.new_cost.value(), 2)))
            self.activity.run(self._apply_cost(self.agent.id, amount))

    async def _apply_cost(self, agent_id: int, amount: Decimal) -> None:
        agent = await agent_set_hourly_cost(self.ctx, agent_id, amount)
        self.agent_saved.emit(agent)
        if self.agent is not None and self.agent.id == agent_id:
            await self.rates_model.reload_and_wait()


async def _nothing() -> list:
    return []

"""Creating and editing a ticket category: name, description, position in lists, active."""

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox

from desktop.admin.categories.operations import category_create, category_update
from desktop.admin.common.form_dialog import FormDialog
from shared_schemas.tickets import CategoryOut

MAX_POSITION = 32767
MAX_DESCRIPTION = 300


class CategoryDialog(FormDialog):
    def __init__(self, ctx, *, category: CategoryOut | None = None, next_position: int = 0, parent=None) -> None:
        title = self.tr("Modifier la catégorie") if category else self.tr("Nouvelle catégorie")
        super().__init__(ctx, title, parent)
        self.category = category
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("ex. : Demande d'assistance"))
        self.add_row("name", self.tr("&Nom"), self.name)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.description.setFixedHeight(80)
        self.add_row(
            "description",
            self.tr("&Description"),
            self.description,
            hint=self.tr("Aide le client à choisir la bonne catégorie (300 caractères au plus)."),
        )
        self.position = QSpinBox(self)
        self.position.setRange(0, MAX_POSITION)
        self.add_row(
            "position",
            self.tr("&Position"),
            self.position,
            hint=self.tr("Ordre dans les listes : la plus petite position vient en premier."),
        )
        self.is_active = QCheckBox(self.tr("Catégorie &active"), self)
        self.add_row(
            "is_active",
            self.tr("Statut"),
            self.is_active,
            hint=self.tr("Une catégorie désactivée n'est plus proposée ; les tickets existants la gardent."),
        )
        self.finish_layout()
        if category is not None:
            self.name.setText(category.name)
            self.description.setPlainText(category.description)
            self.position.setValue(category.position)
            self.is_active.setChecked(category.is_active)
        else:
            self.position.setValue(min(next_position, MAX_POSITION))
            self.is_active.setChecked(True)

    def _fields(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "description": self.description.toPlainText().strip()[:MAX_DESCRIPTION],
            "position": self.position.value(),
            "is_active": self.is_active.isChecked(),
        }

    async def submit(self) -> CategoryOut | None:
        fields = self._fields()
        if self.category is None:
            return await category_create(self.ctx, **fields)
        changes = {key: value for key, value in fields.items() if getattr(self.category, key) != value}
        return await category_update(self.ctx, self.category.id, **changes) if changes else None

"""Creating an API key for a CRM that pushes to us: a name says which CRM (or which environment)
holds it; the key itself is shown once, in a dialog with a copy button, since the server keeps only
its hash."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop.admin.common.form_dialog import FormDialog, FormInvalid
from desktop.admin.common.style import set_style_property
from desktop.admin.crm.operations import api_key_create
from desktop.common.plain_text import plain_label
from desktop.i18n.errors import message_for_code
from shared_schemas.crm_sync import ApiKeyCreated

MAX_NAME = 100


class NewApiKeyDialog(FormDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Nouvelle clé d'API"), parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("ex. : CRM Origyne — production"))
        self.add_row(
            "name",
            self.tr("&Nom"),
            self.name,
            hint=self.tr("Pour reconnaître la clé dans la liste : quel CRM l'utilise, sur quel environnement."),
        )
        self.finish_layout()

    async def submit(self) -> ApiKeyCreated:
        name = self.name.text().strip()
        if not name:
            raise FormInvalid({"name": message_for_code("required")})
        return await api_key_create(self.ctx, name=name)


class ApiKeyShownDialog(QDialog):
    """The new key, once. Closing the dialog forgets it: the desktop keeps no copy."""

    def __init__(self, created: ApiKeyCreated, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("adminDialog")
        self.setWindowTitle(self.tr("Clé d'API créée"))
        self.setModal(True)
        self.setMinimumWidth(560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = plain_label(self.tr("Clé « {name} »").format(name=created.name), self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.warning = QLabel(
            self.tr(
                "Copiez cette clé maintenant et donnez-la au CRM : elle ne sera plus jamais affichée. "
                "Si elle est perdue, révoquez-la et créez-en une autre."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "inline-text-warning")
        layout.addWidget(self.warning)
        row = QHBoxLayout()
        self.key = QLineEdit(created.key, self)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Clé d'API"))
        self.key.setAccessibleDescription(self.warning.text())
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setCursorPosition(0)
        row.addWidget(self.key, 1)
        self.copy_button = QPushButton(self.tr("&Copier"), self)
        self.copy_button.setAccessibleName(self.tr("Copier la clé"))
        set_style_property(self.copy_button, "variant", "primary")
        self.copy_button.setDefault(True)  # Enter copies; Échap or « Fermer » closes
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        usage = QLabel(self.tr("Le CRM l'envoie dans l'en-tête de chaque appel : Authorization: Api-Key <clé>"), self)
        usage.setTextFormat(Qt.TextFormat.PlainText)
        usage.setProperty("role", "muted")
        usage.setWordWrap(True)
        usage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(usage)
        self.copied = QLabel(self)
        self.copied.setProperty("role", "muted")
        layout.addWidget(self.copied)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("&Fermer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setAccessibleName(self.tr("Fermer"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key.text())
        self.copied.setText(self.tr("Clé copiée dans le presse-papiers."))

    def done(self, result: int) -> None:
        self.key.clear()
        super().done(result)

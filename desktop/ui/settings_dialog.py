"""Settings: language (applied at the next start: the ticket and administration screens are
built once), theme (applied at once) and the server this app talks to."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.i18n.translator import LANGUAGES


class SettingsDialog(QDialog):
    theme_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Paramètres"))
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(440)
        self._language_at_open = ctx.settings.language

        title = QLabel(self.tr("Paramètres"), self)
        title.setProperty("role", "heading")
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Langue"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.settings.language)))
        self.language_note = QLabel(self.tr("La nouvelle langue s'appliquera au prochain démarrage."), self)
        self.language_note.setProperty("role", "muted")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)

        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Thème"))
        self.theme.addItem(self.tr("Clair"), "light")
        self.theme.addItem(self.tr("Sombre"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(ctx.settings.theme_mode)))

        server = ctx.session.server_url or ctx.settings.server_url
        self.server = QLabel(server, self)
        self.server.setAccessibleName(self.tr("Serveur"))
        self.server.setProperty("role", "value")
        server_note = QLabel(
            self.tr("Pour changer de serveur, déconnectez-vous puis saisissez sa nouvelle adresse."), self
        )
        server_note.setProperty("role", "muted")
        server_note.setWordWrap(True)

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Langue"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Thème"), self.theme)
        form.addRow(self.tr("Serveur"), self.server)
        form.addRow("", server_note)

        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setAccessibleName(self.tr("Fermer"))
        self.close_button.setProperty("variant", "primary")
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.theme.currentIndexChanged.connect(self._theme_chosen)

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        self.ctx.settings.language = code
        self.ctx.settings.sync()
        self.language_note.setVisible(code != self._language_at_open)

    def _theme_chosen(self) -> None:
        mode = self.theme.currentData()
        if mode != self.ctx.settings.theme_mode:
            self.ctx.settings.theme_mode = mode
            self.ctx.settings.sync()
            self.theme_changed.emit(mode)

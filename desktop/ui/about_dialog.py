"""About (F1): the product, its version, the server and the keyboard shortcuts."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.ui.logo import LogoWidget


def app_version() -> str:
    from importlib import metadata  # slow to import: only when the box opens

    try:
        return metadata.version("origyne-sav")
    except metadata.PackageNotFoundError:
        return "dev"


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos du SAV Origyne"))
        self.setObjectName("aboutDialog")
        self.setMinimumWidth(460)
        logo = LogoWidget(ctx.charter, ctx.settings.theme_mode, height=44, parent=self)
        title = QLabel(self.tr("SAV Origyne"), self)
        title.setProperty("role", "title")
        version = QLabel(self.tr("Version {version}").format(version=app_version()), self)
        version.setProperty("role", "muted")
        server = ctx.session.server_url or ctx.settings.server_url
        server_label = QLabel(self.tr("Serveur : {server}").format(server=server), self)
        server_label.setProperty("role", "muted")
        server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QLabel(self.tr("Raccourcis clavier"), self)
        heading.setProperty("role", "heading")
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        for row, (keys, action) in enumerate(shortcuts):
            key_label = QLabel(keys, self)
            key_label.setProperty("role", "shortcut")
            grid.addWidget(key_label, row, 0)
            grid.addWidget(QLabel(action, self), row, 1)
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setAccessibleName(self.tr("Fermer"))
        close.setProperty("variant", "primary")
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(version)
        layout.addWidget(server_label)
        layout.addSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(buttons)

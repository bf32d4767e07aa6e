"""The charter's logo, drawn from its SVG at any size and swapped with the light/dark mode."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

from desktop.theme.tokens import Charter


class LogoWidget(QSvgWidget):
    def __init__(self, charter: Charter, mode: str, *, height: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._charter = charter
        self._height = height
        self.setAccessibleName(self.tr("Logo {name}").format(name=charter.name))
        self.set_mode(mode)

    def set_mode(self, mode: str) -> None:
        self.load(str(self._charter.logo_path_for(mode)))
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        default = self.renderer().defaultSize()
        width = round(default.width() * self._height / default.height()) if default.height() else self._height * 4
        self.setFixedSize(QSize(width, self._height))

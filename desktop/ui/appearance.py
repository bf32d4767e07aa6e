"""Applies the charter (light or dark) to the whole application."""

from PySide6.QtWidgets import QApplication

from desktop.theme.stylesheet import render_stylesheet
from desktop.theme.tokens import Charter


def apply_charter(charter: Charter, mode: str) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setStyleSheet(render_stylesheet(charter, mode))

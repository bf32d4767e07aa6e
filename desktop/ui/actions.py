"""The window's actions: each has a French title, a shortcut where it is a frequent one, and
shows up in the account menu, the command palette and the about box."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("actions", text)


@dataclass
class ShellActions:
    change_password: QAction
    settings: QAction
    sign_out: QAction
    quit: QAction
    about: QAction
    palette: QAction
    show_tickets: QAction
    show_administration: QAction
    dark_theme: QAction

    @property
    def signed_in_only(self) -> tuple[QAction, ...]:
        return (self.change_password, self.sign_out, self.show_tickets, self.show_administration)


def _action(window: QWidget, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)
    return action


def build_actions(window: QWidget) -> ShellActions:
    dark = _action(window, _t("Thème sombre"))
    dark.setCheckable(True)
    return ShellActions(
        change_password=_action(window, _t("Changer le mot de passe…")),
        settings=_action(window, _t("Paramètres…"), "Ctrl+,"),
        sign_out=_action(window, _t("Se déconnecter")),
        quit=_action(window, _t("Quitter"), "Ctrl+Q"),
        about=_action(window, _t("À propos et raccourcis clavier"), "F1"),
        palette=_action(window, _t("Palette de commandes"), "Ctrl+K"),
        show_tickets=_action(window, _t("Afficher les tickets"), "Ctrl+Shift+T"),
        show_administration=_action(window, _t("Afficher l'administration"), "Ctrl+Shift+A"),
        dark_theme=dark,
    )


def _keys(sequence: str) -> str:
    """Key names in the user's language (Qt's own catalogue says "Maj" for Shift in French)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_list() -> list[tuple[str, str]]:
    """The shortcuts the about box lists: the shell's and the ticket workspaces' usual ones."""
    return [
        (_keys("Ctrl+K"), _t("Palette de commandes")),
        (_keys("Ctrl+N"), _t("Nouveau ticket")),
        (_keys("Ctrl+F"), _t("Rechercher")),
        (_keys("Ctrl+Return"), _t("Envoyer le message")),
        ("J / K", _t("Ticket suivant / précédent")),
        ("R", _t("Répondre")),
        ("I", _t("Note interne")),
        ("A", _t("Assigner")),
        (_keys("Ctrl+Shift+T"), _t("Afficher les tickets")),
        (_keys("Ctrl+Shift+A"), _t("Afficher l'administration")),
        (_keys("Ctrl+,"), _t("Paramètres")),
        (_keys("F1"), _t("À propos et raccourcis clavier")),
        (_keys("Ctrl+Q"), _t("Quitter")),
    ]

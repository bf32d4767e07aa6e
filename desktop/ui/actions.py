"""The window's actions: each has a French title, a shortcut where it is a frequent one, and
shows up in the account menu, the command palette and the about box."""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def _t(source: str) -> str:
    return QCoreApplication.translate("ShellActions", source)


@dataclass
class ShellActions:
    change_password: QAction
    notification_preferences: QAction
    settings: QAction
    sign_out: QAction
    quit: QAction
    about: QAction
    palette: QAction
    show_tickets: QAction
    show_customers: QAction
    show_administration: QAction
    dark_theme: QAction

    @property
    def signed_in_only(self) -> tuple[QAction, ...]:
        return (
            self.change_password, self.notification_preferences, self.sign_out, self.show_tickets,
            self.show_customers, self.show_administration,
        )


def _action(window: QWidget, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)
    return action


def build_actions(window: QWidget) -> ShellActions:
    dark = _action(window, _t(QT_TRANSLATE_NOOP("ShellActions", "Thème sombre")))
    dark.setCheckable(True)
    return ShellActions(
        change_password=_action(window, _t(QT_TRANSLATE_NOOP("ShellActions", "Changer le mot de passe…"))),
        notification_preferences=_action(
            window, _t(QT_TRANSLATE_NOOP("ShellActions", "Préférences de notification…"))
        ),
        settings=_action(window, _t(QT_TRANSLATE_NOOP("ShellActions", "Paramètres…")), "Ctrl+,"),
        sign_out=_action(window, _t(QT_TRANSLATE_NOOP("ShellActions", "Se déconnecter"))),
        quit=_action(window, _t(QT_TRANSLATE_NOOP("ShellActions", "Quitter")), "Ctrl+Q"),
        about=_action(window, _t(QT_TRANSLATE_NOOP("ShellActions", "À propos et raccourcis clavier")), "F1"),
        palette=_action(window, _t(QT_TRANSLATE_NOOP("ShellActions", "Palette de commandes")), "Ctrl+K"),
        show_tickets=_action(window, _t(QT_TRANSLATE_NOOP("ShellActions", "Afficher les tickets")), "Ctrl+Shift+T"),
        show_customers=_action(window, _t(QT_TRANSLATE_NOOP("ShellActions", "Afficher les clients")), "Ctrl+Shift+C"),
        show_administration=_action(
            window, _t(QT_TRANSLATE_NOOP("ShellActions", "Afficher l'administration")), "Ctrl+Shift+A"
        ),
        dark_theme=dark,
    )


def _keys(sequence: str) -> str:
    """Key names in the user's language (Qt's own catalogue says "Maj" for Shift in French)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_list(*, staff: bool) -> list[tuple[str, str]]:
    """The shortcuts the about box lists: the shell's and the ticket workspaces' usual ones."""
    rows = [
        (_keys("Ctrl+K"), _t(QT_TRANSLATE_NOOP("ShellActions", "Palette de commandes"))),
        (_keys("Ctrl+N"), _t(QT_TRANSLATE_NOOP("ShellActions", "Nouveau ticket"))),
        (_keys("Ctrl+F"), _t(QT_TRANSLATE_NOOP("ShellActions", "Rechercher"))),
        (_keys("Ctrl+Return"), _t(QT_TRANSLATE_NOOP("ShellActions", "Envoyer le message"))),
        ("J / K", _t(QT_TRANSLATE_NOOP("ShellActions", "Ticket suivant / précédent"))),
        ("R", _t(QT_TRANSLATE_NOOP("ShellActions", "Répondre"))),
    ]
    if staff:
        rows += [
            ("I", _t(QT_TRANSLATE_NOOP("ShellActions", "Note interne"))),
            ("A", _t(QT_TRANSLATE_NOOP("ShellActions", "Assigner"))),
            (_keys("Ctrl+Shift+T"), _t(QT_TRANSLATE_NOOP("ShellActions", "Afficher les tickets"))),
            (_keys("Ctrl+Shift+C"), _t(QT_TRANSLATE_NOOP("ShellActions", "Afficher les clients"))),
            (_keys("Ctrl+Shift+A"), _t(QT_TRANSLATE_NOOP("ShellActions", "Afficher l'administration"))),
        ]
    return rows + [
        (_keys("Ctrl+,"), _t(QT_TRANSLATE_NOOP("ShellActions", "Paramètres"))),
        (_keys("F1"), _t(QT_TRANSLATE_NOOP("ShellActions", "À propos et raccourcis clavier"))),
        (_keys("Ctrl+Q"), _t(QT_TRANSLATE_NOOP("ShellActions", "Quitter"))),
    ]

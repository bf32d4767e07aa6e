import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit

from desktop.ui.about_dialog import AboutDialog
from desktop.ui.change_password_dialog import ChangePasswordDialog
from desktop.ui.command_palette import CommandPalette
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.ui.helpers import sign_in_through_the_page

pytestmark = pytest.mark.asyncio


def unnamed_controls(root) -> list[str]:
    controls = [*root.findChildren(QLineEdit), *root.findChildren(QAbstractButton), *root.findChildren(QComboBox)]
    return [
        f"{type(c).__name__} {c.objectName()!r} {getattr(c, 'text', lambda: '')()!r}"
        for c in controls
        if not c.accessibleName() and c.isVisibleTo(root) and c.parent() is not None
        and type(c.parent()).__name__ != "QLineEdit"  # the clear button inside a line edit
    ]


def next_tab_stop(widget):
    """The widget Tab moves to (the focus chain, skipping what Tab cannot reach)."""
    candidate = widget.nextInFocusChain()
    while not (
        candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible() and candidate.isEnabled()
    ):
        candidate = candidate.nextInFocusChain()
    return candidate


async def test_the_sign_in_page_is_reachable_by_tab_in_reading_order(open_window):
    window = open_window()
    window.start()
    form = window.sign_in_page.sign_in
    expected = [form.server, form.email, form.password, form.remember, form.button, form.forgot_link]
    for current, following in zip(expected, expected[1:], strict=False):
        assert next_tab_stop(current) is following
    assert unnamed_controls(window.sign_in_page) == []
    await window.shut_down()


async def test_the_shell_controls_have_accessible_names_and_the_header_shows_the_user(open_window, sav_server):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "admin@origyne.fr", DEMO_PASSWORD, stay=False)
    header = window.shell.header
    user = window.ctx.session.user
    assert header.user_button.text() == user.full_name
    assert header.user_role.text() == user.role.name
    assert len(header.avatar.text()) in (1, 2)
    assert unnamed_controls(header) == []
    assert unnamed_controls(window.offline_banner) == []
    menu_titles = [a.text() for a in window.account_menu.actions() if a.text()]
    assert menu_titles[:2] == ["Changer le mot de passe…", "Paramètres…"]
    assert "Se déconnecter" in menu_titles
    await window.shut_down()


async def test_f1_opens_the_about_box_and_ctrl_k_the_command_palette(open_window, sav_server, qtbot):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "agent@origyne.fr", DEMO_PASSWORD, stay=False)
    window.activateWindow()
    window.actions.about.trigger()
    assert isinstance(window.dialog, AboutDialog) and window.dialog.isVisible()
    window.dialog.accept()

    assert window.actions.palette.shortcut().toString() == "Ctrl+K"
    assert window.actions.quit.shortcut().toString() == "Ctrl+Q"
    window.actions.palette.trigger()
    palette = window.dialog
    assert isinstance(palette, CommandPalette)
    assert "Se déconnecter" in palette.visible_labels()
    qtbot.keyClicks(palette.search, "mot de passe")
    assert palette.visible_labels() == ["Changer le mot de passe"]
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert isinstance(window.dialog, ChangePasswordDialog) and window.dialog.isVisible()
    window.dialog.reject()

    fired = []
    shortcut = QShortcut(QKeySequence("Ctrl+Shift+Y"), window.shell.workspace)
    shortcut.setWhatsThis("Commande de l'espace de travail")
    shortcut.activated.connect(lambda: fired.append(True))
    window.actions.palette.trigger()
    qtbot.keyClicks(window.dialog.search, "espace de travail")
    assert window.dialog.visible_labels() == ["Commande de l'espace de travail"]
    qtbot.keyClick(window.dialog.search, Qt.Key.Key_Return)
    assert fired == [True]
    await window.shut_down()


async def test_the_dark_theme_applies_at_once_and_is_remembered(open_window, sav_server):
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, "client.a@demo.fr", DEMO_PASSWORD, stay=False)
    dialog = window.open_settings()
    assert dialog.server.text() == sav_server.url
    try:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dark = window.ctx.charter.palette("dark")
        assert dark.window in QApplication.instance().styleSheet()
        assert window.ctx.settings.theme_mode == "dark"
        assert window.actions.dark_theme.isChecked()

        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        assert window.ctx.settings.language == "en"
        assert dialog.language_note.isVisible(), "the language changes at the next start"
    finally:
        window.set_theme_mode("light")
    assert window.ctx.charter.palette("light").window in QApplication.instance().styleSheet()
    await window.shut_down()

import pytest

from desktop.auth import operations
from desktop.ui.main_window import SIGN_IN, WORKSPACE
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.ui.helpers import next_reset_code, reset_codes, sign_in_through_the_page, until

pytestmark = pytest.mark.asyncio

NEW_PASSWORD = "Nouveau-Mot-2026!"


async def test_a_forgotten_password_is_replaced_with_the_e_mailed_code(open_window, sav_server):
    email = "agent2@origyne.fr"
    window = open_window()
    window.start()
    page = window.sign_in_page
    page.sign_in.server.setText(sav_server.url)
    page.sign_in.email.setText(email)
    page.sign_in.forgot_link.click()
    assert page.steps.currentWidget() is page.reset_request
    assert page.reset_request.email.text() == email
    sent_before = len(reset_codes(sav_server.data_dir, email))

    await page.reset_request.submit()
    confirm = page.reset_confirm
    assert page.steps.currentWidget() is confirm
    assert confirm.message.message == "Un code vous a été envoyé."
    code = await next_reset_code(sav_server, email, after=sent_before)

    confirm.code.setText("1234")
    confirm.new_password.setText(NEW_PASSWORD)
    confirm.confirmation.setText(NEW_PASSWORD + "x")
    assert confirm.submit() is None
    assert confirm.code_field.error.text() == "Le code reçu par e-mail comporte 8 chiffres."
    assert confirm.confirmation_field.error.text() == "Les deux mots de passe ne correspondent pas."

    wrong = "00000000" if code != "00000000" else "11111111"
    confirm.code.setText(wrong)
    confirm.confirmation.setText(NEW_PASSWORD)
    await confirm.submit()
    assert "Code invalide ou expiré" in confirm.message.message + confirm.code_field.error.text()

    confirm.code.setText(code)
    await confirm.submit()
    assert page.steps.currentWidget() is page.sign_in
    assert page.sign_in.email.text() == email
    assert page.sign_in.message.kind == "success"
    assert "mot de passe a été modifié" in page.sign_in.message.message

    try:
        await sign_in_through_the_page(window, sav_server.url, email, NEW_PASSWORD, stay=False)
        assert window.current_page == WORKSPACE
    finally:
        sent_before = len(reset_codes(sav_server.data_dir, email))
        await operations.request_password_reset(server_url=sav_server.url, email=email)
        await operations.confirm_password_reset(
            server_url=sav_server.url, email=email,
            code=await next_reset_code(sav_server, email, after=sent_before),
            new_password=DEMO_PASSWORD,
        )
    await window.shut_down()


async def test_changing_the_password_shows_the_servers_objections_then_succeeds(open_window, sav_server):
    email = "agent2@origyne.fr"
    window = open_window()
    window.start()
    await sign_in_through_the_page(window, sav_server.url, email, DEMO_PASSWORD, stay=False)
    window.actions.change_password.trigger()
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()

    dialog.current.setText("pas-le-bon-mot-de-passe")
    dialog.new_password.setText(NEW_PASSWORD)
    dialog.confirmation.setText(NEW_PASSWORD)
    await dialog.submit()
    assert dialog.current_field.error.text() == "Le mot de passe actuel est incorrect."
    assert dialog.isVisible()

    dialog.current.setText(DEMO_PASSWORD)
    dialog.new_password.setText("123456789012")
    dialog.confirmation.setText("123456789012")
    await dialog.submit()
    assert dialog.new_password_field.error.text() == "Le mot de passe ne peut pas être composé uniquement de chiffres."

    dialog.new_password.setText(NEW_PASSWORD)
    dialog.confirmation.setText(NEW_PASSWORD)
    await dialog.submit()
    changed = not dialog.isVisible()
    try:
        assert changed
        assert window.shell.banner.kind == "success"
        assert window.ctx.session.is_signed_in
        await window.ctx.api.get("me")  # the session continues with the new tokens
    finally:
        if changed:
            await operations.change_password(window.ctx, current_password=NEW_PASSWORD, new_password=DEMO_PASSWORD)
    await window.sign_out()
    await until(lambda: window.current_page == SIGN_IN)
    await window.shut_down()

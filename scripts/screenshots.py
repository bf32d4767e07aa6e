"""Renders the main screens of the desktop app to PNG, offscreen, against a demo server.

    .venv/bin/python scripts/screenshots.py                 # → docs/screenshots/*.png
    .venv/bin/python scripts/screenshots.py --out /tmp/shots --size 1600x1000

A temporary server is seeded with the demo data (tests.live_server.LiveServer) and started; the app
signs in as the demo accounts through its own pages and waits for what each screen loads (no fixed
sleep beyond a short settle for painting) before QWidget.grab(). Nothing of the user's own settings
or keyring is touched: settings live in the temporary directory and no session is kept.
"""

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import qasync  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PASSWORD = "SavDemo!2026"


async def until(predicate: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshots: timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def settle() -> None:
    """A few turns of the loop so that layouts and delegates have painted (never processEvents()
    from a coroutine: it would run other tasks re-entrantly)."""
    for _ in range(6):
        await asyncio.sleep(0.05)


class Shooter:
    def __init__(self, server_url: str, settings_dir: Path, out: Path, size: tuple[int, int]) -> None:
        self.server_url = server_url
        self.settings_dir = settings_dir
        self.out = out
        self.size = size
        self.saved: list[Path] = []

    def window(self, name: str, *, theme: str = "light"):
        import keyring.backends.fail

        from desktop.auth.token_store import TokenStore
        from desktop.context import AppContext
        from desktop.settings import AppSettings
        from desktop.ui.main_window import MainWindow

        settings = AppSettings(QSettings(str(self.settings_dir / f"{name}.ini"), QSettings.Format.IniFormat))
        settings.theme_mode = theme
        ctx = AppContext(settings=settings, token_store=TokenStore(keyring.backends.fail.Keyring()))
        window = MainWindow(ctx, server_url=self.server_url)
        window.set_theme_mode(theme)
        window.resize(*self.size)
        window.show()
        window.start()
        return window

    async def sign_in(self, window, email: str) -> None:
        form = window.sign_in_page.sign_in
        form.email.setText(email)
        form.password.setText(PASSWORD)
        form.remember.setChecked(False)
        await window.sign_in_page.submit()
        if not window.ctx.session.is_signed_in:
            raise SystemExit(f"screenshots: {email} could not sign in: {form.message.message}")

    async def grab(self, widget: QWidget, name: str) -> None:
        await settle()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"screenshots: could not write {path}")
        self.saved.append(path)
        print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")

    async def close(self, window) -> None:
        await window.shut_down()
        window.deleteLater()

    # --- screens -------------------------------------------------------------------------------
    async def sign_in_page(self) -> None:
        window = self.window("sign-in")
        window.sign_in_page.prepare(server_url="https://sav.origyne.fr", email="")
        await self.grab(window, "sign-in")
        window.sign_in_page.prepare(server_url="https://sav.origyne.fr", email="claire.martin@demo.fr")
        window.sign_in_page.show_forgot_password()
        await self.grab(window, "forgot-password")
        await self.close(window)

    async def client(self) -> None:
        window = self.window("client")
        await self.sign_in(window, "client.a@demo.fr")
        workspace = window.shell.workspace
        await until(lambda: workspace.list.model.rowCount() > 0, "the client's ticket list")
        await self.grab(window, "client-tickets")
        workspace.list.select_row(0)
        await until(lambda: workspace.view.ticket is not None, "the client's ticket")
        await self.grab(window, "client-ticket")
        await self.close(window)

    async def attachment_warning(self) -> None:
        """What « Ouvrir » shows instead of opening a file it does not hand to the system (an archive)."""
        import uuid
        import zipfile

        from desktop.attachments import operations
        from desktop.attachments.cards import AttachmentCard

        window = self.window("attachment")
        await self.sign_in(window, "client.a@demo.fr")
        archive = self.settings_dir / "journaux-terminal.zip"
        with zipfile.ZipFile(archive, "w") as files:
            files.writestr("terminal.log", "E42 au démarrage\n")
        attachment = await operations.upload(window.ctx, archive, client_uuid=uuid.uuid4())
        card = AttachmentCard(window.ctx, attachment, window)
        card.open_button.click()
        await self.grab(card.warning, "attachment-warning")
        card.warning.reject()
        await self.close(window)

    async def staff(self, *, theme: str = "light") -> None:
        window = self.window(f"staff-{theme}", theme=theme)
        await self.sign_in(window, "agent@origyne.fr")
        workspace = window.shell.workspace
        await until(lambda: workspace.list.model.rowCount() > 0, "the staff queue")
        workspace.list.select_row(0)
        await until(lambda: workspace.view.ticket is not None, "the staff ticket")
        await self.grab(window, "staff-queue" if theme == "light" else "staff-queue-dark")
        await self.close(window)

    async def administration(self) -> None:
        window = self.window("admin")
        await self.sign_in(window, "admin@origyne.fr")
        window.show_section("administration")
        admin = window.shell.administration
        admin.show_section("users")
        await admin.idle()
        await self.grab(window, "administration-users")
        await self.administer(window.ctx)
        journal = admin.show_section("audit")
        await admin.idle()
        journal.list.select_where(lambda event: event.action == "role.updated")
        await self.grab(window, "administration-journal")
        await self.close(window)

    async def customer_record(self) -> None:
        """An agent goes from a ticket to its customer's record: orders, and the lines of one."""
        window = self.window("customer")
        await self.sign_in(window, "agent@origyne.fr")
        shell = window.shell
        workspace = shell.workspace
        await until(lambda: workspace.list.model.rowCount() > 0, "the staff queue")
        workspace.list.select_row(0)
        await until(lambda: workspace.view.ticket is not None, "the staff ticket")
        workspace.view.header.customer_link.click()
        clients = shell.customers
        await until(lambda: clients.customer is not None, "the customer record")
        orders = clients.record.show_tab("orders")
        await until(lambda: orders.model.rowCount() > 0, "the customer's orders")
        orders.list.select_row(0)
        await until(lambda: orders.lines_model.rowCount() > 0, "the order's lines")
        await self.grab(window, "customer-record")
        await self.close(window)

    async def administration_crm(self) -> None:
        """Administration → CRM after a CRM pushed two batches with its key (one row refused)."""
        import httpx

        from desktop.admin.crm.operations import api_key_create

        window = self.window("admin-crm")
        await self.sign_in(window, "admin@origyne.fr")
        created = await api_key_create(window.ctx, name="CRM Origyne (production)")
        headers = {"Authorization": f"Api-Key {created.key}"}
        batches = [
            ("customers", [{"external_id": "CLI-20410", "name": "Pharmacie du Parc SELARL", "city": "Annecy",
                            "siret": "83214759600019"},
                           {"external_id": "CLI-20411", "name": "Cave Saint-Vincent", "city": "Mâcon"}]),
            ("contacts", [{"external_id": "INT-88120", "customer": "CLI-20410", "first_name": "Inès",
                           "last_name": "Garnier", "job_title": "Pharmacienne titulaire"},
                          {"external_id": "INT-88121", "customer": "CLI-99999", "first_name": "Marc",
                           "last_name": "Olivier"}]),
        ]
        async with httpx.AsyncClient(base_url=f"{self.server_url}/api/v1/") as client:
            for entity, rows in batches:
                answer = await client.post(f"crm/push/{entity}", json={"rows": rows}, headers=headers)
                answer.raise_for_status()
        window.show_section("administration")
        admin = window.shell.administration
        page = admin.show_section("crm")
        await admin.idle()
        await page.idle()
        page.runs_list.select_row(0)  # the contacts batch, with its refused row
        await until(lambda: page.detail.isVisible(), "the run's detail")
        await page.idle()
        await self.grab(window, "administration-crm")
        await self.close(window)

    async def administer(self, ctx) -> None:
        """A few real administrative actions through the API, for the journal to show."""
        from desktop.admin.roles.operations import role_create, role_update
        from desktop.admin.users.operations import user_create, user_deactivate, user_update
        from shared_schemas.enums import Permission, RoleAudience

        role = await role_create(
            ctx, code="support-n2", name="Support niveau 2", audience=RoleAudience.STAFF,
            permissions=[Permission.TICKETS_VIEW_ALL, Permission.TICKETS_NOTE],
        )
        user = await user_create(ctx, email="lucie.bernard@origyne.fr", full_name="Lucie Bernard", role="agent")
        await user_update(ctx, user.id, role=role.code, phone="04 72 10 20 30")
        await role_update(
            ctx, role.id, name="Support niveau 2 — Lyon",
            permissions=[Permission.TICKETS_VIEW_ALL, Permission.TICKETS_NOTE, Permission.REMINDERS_MANAGE],
        )
        intern = await user_create(ctx, email="stagiaire@origyne.fr", full_name="Hugo Petit", role="agent")
        await user_deactivate(ctx, intern.id)


def main() -> int:
    parser = argparse.ArgumentParser(description="Render the desktop app's main screens to PNG (offscreen).")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--size", default="1440x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--tickets", type=int, default=300, help="demo tickets on the temporary server")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from tests.live_server import LiveServer

    with tempfile.TemporaryDirectory(prefix="sav-screenshots-") as tmp:
        tmp_path = Path(tmp)
        server = LiveServer(tmp_path / "server", tickets=args.tickets)
        server.prepare()
        server.start()
        try:
            QCoreApplication.setOrganizationName("OrigyneScreenshots")
            QCoreApplication.setApplicationName("SAV")
            app = QApplication.instance() or QApplication(sys.argv[:1])
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            from desktop.i18n.translator import install_language

            install_language("fr")
            shooter = Shooter(server.url, tmp_path, args.out, (width, height))

            async def shoot_all() -> None:
                await shooter.sign_in_page()
                await shooter.client()
                await shooter.attachment_warning()
                await shooter.staff()
                await shooter.staff(theme="dark")
                await shooter.administration()
                await shooter.customer_record()
                await shooter.administration_crm()

            with loop:
                loop.run_until_complete(shoot_all())
        finally:
            server.stop()
    print(f"{len(shooter.saved)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

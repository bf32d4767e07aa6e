"""Text typed by people is shown as typed, wherever the desktop shows it.

On a server of its own, every text a person can type — names of users, roles, customers, contacts
and categories, a ticket's subject and description, a reply, a rating's comment, a reminder's note,
a file's name, and the notifications and the refused send made of them — is a markup corpus,
created through the API. Then the staff window (tickets, ticket, watchers menu, reminders,
notifications, pending sends, new ticket, command palette, every administration page with its edit
dialogs and confirmations) and the client window are opened, and every widget, tooltip and item
model cell of the application is read: wherever a corpus text appears, it must appear whole."""

import contextlib
import uuid
from datetime import datetime, timedelta

import pytest

from desktop import tasks
from desktop.admin.categories.operations import category_create
from desktop.admin.customers.operations import contact_create, customer_create
from desktop.admin.roles.operations import permissions_for, role_create
from desktop.admin.users.operations import user_create
from desktop.attachments import operations as attachments
from desktop.auth.operations import sign_in
from desktop.tickets import operations
from desktop.tickets.store import TicketStore
from shared_schemas.enums import RoleAudience, TicketAction, TicketQueue
from shared_schemas.tickets import TicketCreate
from tests.desktop.conftest import DEMO_PASSWORD
from tests.desktop.plain_text_walk import (
    AMPERSAND,
    BOLD,
    FILE_NAME,
    IMAGE,
    LINK,
    LOCAL_FILE_NAME,
    LONG_TEXT,
    MARKERS,
    Walk,
)
from tests.desktop.ui.helpers import sign_in_through_the_page, until
from tests.live_server import LiveServer

pytestmark = pytest.mark.asyncio

ADMIN = "admin@origyne.fr"
UNKNOWN_CATEGORY = 999_999


@pytest.fixture(scope="module")
def markup_server(tmp_path_factory):
    """A server of its own: the corpus never shows up in the lists other tests read."""
    server = LiveServer(tmp_path_factory.mktemp("markup-server"), tickets=5)
    server.prepare()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def open_window(make_ctx, qtbot, tmp_path):
    from desktop.ui.main_window import MainWindow

    windows = []

    def open_(name: str):
        ctx = make_ctx(tmp_path / f"{name}.ini")
        ctx.connection.configure(first_delay=0.05, max_delay=0.3, heartbeat=0.2)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1500, 950)
        window.show()
        windows.append(window)
        window.start()
        return window

    yield open_
    for window in windows:
        if not window._shutting_down:  # the test failed before shutting it down
            tasks.set_default_error_handler(None)
            for task in tasks.running_tasks():
                task.cancel()
            with contextlib.suppress(RuntimeError):
                window.ctx.connection.stop()
                window._closing = True
                window.close()


async def signed_in(make_ctx, server, email: str):
    ctx = make_ctx()
    await sign_in(ctx, server_url=server.url, email=email, password=DEMO_PASSWORD, stay_signed_in=False)
    return ctx


async def make_corpus(make_ctx, server, tmp_path) -> dict:
    """Everything people type, made of markup, through the API."""
    admin = await signed_in(make_ctx, server, ADMIN)
    role = await role_create(
        admin, code="zz-balisage", name=f"{BOLD} {IMAGE}", audience=RoleAudience.STAFF,
        permissions=[p for p in permissions_for(RoleAudience.STAFF) if admin.session.user.can(p)],
    )
    agent_email = f"zq.agent.{uuid.uuid4().hex[:6]}@tests.origyne.fr"
    agent = await user_create(
        admin, email=agent_email, full_name=f"{AMPERSAND} {BOLD} {IMAGE}", role=role.code, password=DEMO_PASSWORD
    )
    customer = await customer_create(
        admin, external_id=BOLD, name=f"{IMAGE} {AMPERSAND} {LINK}", city=LINK
    )
    contact = await contact_create(
        admin, customer.id, first_name=BOLD, last_name=IMAGE, job_title=LINK,
        email=f"zq.contact.{uuid.uuid4().hex[:6]}@tests.origyne.fr",
    )
    client_email = f"zq.client.{uuid.uuid4().hex[:6]}@tests.origyne.fr"
    client = await user_create(
        admin, email=client_email, full_name=f"{BOLD} {AMPERSAND} {LINK}", role="client", customer=customer.id,
        password=DEMO_PASSWORD,
    )
    category = await category_create(admin, name=f"{BOLD} {IMAGE}", description=LONG_TEXT, position=1)

    file = tmp_path / "piece.txt"
    file.write_text("Bonjour, voici le relevé.\n", encoding="utf-8")
    customer_side = await signed_in(make_ctx, server, client_email)
    opening_file = await attachments.upload(customer_side, file, client_uuid=uuid.uuid4(), filename=FILE_NAME)
    ticket = await operations.create_ticket(
        customer_side,
        TicketStore(),
        TicketCreate(
            subject=f"{IMAGE} {BOLD}", description=LONG_TEXT, category=category.id,
            client_uuid=operations.new_client_uuid(), attachments=[opening_file.id],
        ),
    )

    staff = await signed_in(make_ctx, server, agent_email)
    store = TicketStore()
    await operations.assign(staff, store, ticket.id, agent.id)
    await operations.add_watcher(staff, store, ticket.id, agent.id)
    reply_file = await attachments.upload(staff, file, client_uuid=uuid.uuid4(), filename=FILE_NAME)
    await operations.post_message(staff, ticket.id, body=LONG_TEXT, attachment_ids=[reply_file.id])
    await operations.create_reminder(
        staff, store, ticket.id, remind_at=datetime.now().astimezone() + timedelta(days=1), recipient=agent.id,
        note=f"{IMAGE} {AMPERSAND}",
    )
    await operations.transition(staff, store, ticket.id, TicketAction.RESOLVE)
    await operations.rate(customer_side, TicketStore(), ticket.id, stars=2, comment=f"{BOLD} {IMAGE}")
    return {
        "agent": agent, "agent_email": agent_email, "client": client, "client_email": client_email, "role": role,
        "customer": customer, "contact": contact, "category": category, "ticket": ticket,
    }


async def open_ticket(workspace, ticket_id: int) -> None:
    workspace.open_ticket(ticket_id)
    await until(lambda: workspace.view.ticket is not None and workspace.view.ticket.id == ticket_id, what="the ticket")
    await until(lambda: workspace.view.conversation.cards(), what="the discussion")


async def walk_staff_window(window, corpus: dict, walk: Walk) -> None:
    shell = window.shell
    workspace = shell.workspace
    workspace.queues.choose(TicketQueue.CLOSED)
    await until(lambda: workspace.list.model.row_of_ticket(corpus["ticket"].id) >= 0, what="the ticket listed")
    await open_ticket(workspace, corpus["ticket"].id)
    workspace.view.actions.watchers.menu().aboutToShow.emit()
    workspace.view.actions.open_reminders()
    reminders = workspace.view.actions._reminders_dialog
    await until(lambda: reminders.reminders(), what="the reminder")
    panel = shell.notification_badge.open_panel()
    await until(lambda: panel.model.rowCount() > 0, what="the notifications")

    window.ctx.outbox.queue_ticket(
        TicketCreate(
            subject=f"{IMAGE} {BOLD}", description=LONG_TEXT, category=UNKNOWN_CATEGORY,
            client_uuid=operations.new_client_uuid(),
        ).payload(),
        uuid.uuid4(),
    )
    await until(lambda: any(item.reason for item in window.ctx.outbox.items()), what="the send refused")
    shell.pending_sends.open_list()

    workspace.new_ticket()
    dialog = workspace.new_ticket_dialog
    dialog.customer.set_customer(corpus["customer"])
    await until(lambda: dialog.requester.count() > 1, what="the customer's people")
    window.actions.palette.trigger()
    walk.application()

    window.show_section("administration")
    view = shell.administration
    for key, pick in (
        ("users", lambda user: user.id == corpus["client"].id),
        ("roles", lambda role: role.id == corpus["role"].id),
        ("customers", lambda customer: customer.id == corpus["customer"].id),
        ("categories", lambda category: category.id == corpus["category"].id),
        ("agents", lambda agent: agent.id == corpus["agent"].id),
    ):
        page = view.show_section(key)
        await view.idle()
        await until(lambda page=page, pick=pick: page.model.row_of(pick) >= 0, what=f"the corpus row in {key}")
        assert page.list.select_where(pick)
        await page.idle()
        if key == "agents":
            walk.application()
            continue
        page.open_edit_dialog()
        confirmation = None
        if key == "users":
            confirmation = page.toggle_active()
        elif key == "roles":
            confirmation = page.delete_selected()
        elif key == "customers":
            await until(lambda page=page: page.contacts_model.rowCount() > 0, what="the contact")
            page.contacts.select_row(0)
            confirmation = page.delete_contact()
        walk.application()
        page.dialog.reject()
        if confirmation is not None:
            confirmation.cancel_button.click()


async def walk_client_window(window, corpus: dict, walk: Walk, tmp_path) -> None:
    workspace = window.shell.workspace
    workspace.choose_tab(TicketQueue.CLOSED)
    await until(lambda: workspace.list.model.row_of_ticket(corpus["ticket"].id) >= 0, what="the ticket listed")
    await open_ticket(workspace, corpus["ticket"].id)
    await until(lambda: workspace.view.rating.given.text(), what="the rating")
    panel = window.shell.notification_badge.open_panel()
    await until(lambda: panel.model.rowCount() > 0, what="the notifications")
    workspace.new_ticket()
    dialog = workspace.new_ticket_dialog
    await until(lambda: dialog.category.count() > 1, what="the categories")
    local_file = tmp_path / LOCAL_FILE_NAME
    local_file.write_text("Relevé du compteur.\n", encoding="utf-8")
    dialog.tray.add_files([local_file])
    walk.application()


async def test_text_typed_by_people_is_shown_as_typed_in_every_view(
    make_ctx, open_window, markup_server, tmp_path, capsys
):
    corpus = await make_corpus(make_ctx, markup_server, tmp_path)
    walk = Walk()
    walk.start()

    staff_window = open_window("staff")
    await sign_in_through_the_page(staff_window, markup_server.url, corpus["agent_email"], DEMO_PASSWORD, stay=False)
    await walk_staff_window(staff_window, corpus, walk)
    await staff_window.shut_down()

    client_window = open_window("client")
    await sign_in_through_the_page(
        client_window, markup_server.url, corpus["client_email"], DEMO_PASSWORD, stay=False
    )
    await walk_client_window(client_window, corpus, walk, tmp_path)
    await client_window.shut_down()

    with capsys.disabled():
        print(
            f"\n{walk.passes} passes read {walk.widgets} widgets ({len(walk.distinct_widgets)} distinct) and "
            f"{walk.cells} item model cells; corpus text found on {len(walk.seen)} surfaces"
        )
    assert walk.problems == [], "\n".join(walk.problems)
    # The walk reached every corpus text and the surfaces that showed markup before.
    assert walk.markers == set(MARKERS.values())
    for surface in (
        ("TicketListPane", "tooltip"),
        ("TicketHeader", "tooltip"),
        ("AgentEditor",),
        ("NotificationPanel", "tooltip"),
        ("PendingDialog", "tooltip"),
        ("NewTicketDialog", "tooltip"),
        ("AttachmentCard",),
        ("MainWindow", "title"),
        ("QMenu", "action"),
        ("Confirmation",),
        ("Header",),
        ("StatusBar",),
    ):
        assert walk.reached(*surface), surface

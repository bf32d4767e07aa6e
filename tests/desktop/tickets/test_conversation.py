import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from desktop.tickets import operations
from desktop.tickets.conversation import ConversationView, body_html
from desktop.tickets.store import TicketStore
from shared_schemas.enums import MessageKind
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, signed_in

pytestmark = pytest.mark.asyncio

HOSTILE = (
    "<script>alert('x')</script><img src=\"http://evil.example/pixel.png\"><b>gras</b>\n"
    'Voir https://origyne.fr/aide?a=1&b=2. Et <a href="javascript:alert(1)">ici</a> ou javascript:alert(2)'
)


def rendered_text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


async def test_message_bodies_with_html_or_script_are_shown_as_plain_text(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice, description="<i>description</i> <script>x()</script>")
    store = TicketStore()
    await operations.open_ticket(alice, store, ticket.id)
    await operations.send_message(alice, store, ticket.id, body=HOSTILE)
    view = ConversationView(current_user_id=alice.session.user.id)
    qtbot.addWidget(view)
    view.set_ticket(store.current)
    request, message = view.cards()
    assert rendered_text(request.body.text()) == "<i>description</i> <script>x()</script>"
    assert rendered_text(message.body.text()) == HOSTILE
    html = message.body.text()
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert 'href="javascript' not in html
    assert 'href="https://origyne.fr/aide?a=1&amp;b=2"' in html  # only http(s) addresses are links
    assert html.count("<a href=") == 2 and 'href="http://evil.example/pixel.png"' in html
    assert message.property("role") == "mine"


async def test_only_http_and_https_addresses_become_links():
    html = body_html("ftp://x.fr file:///etc/passwd http://a.fr/x) data:text/html,<b>")
    assert html.count("<a href=") == 1 and '<a href="http://a.fr/x">' in html
    assert rendered_text(html) == "ftp://x.fr file:///etc/passwd http://a.fr/x) data:text/html,<b>"


async def test_staff_see_notes_tinted_and_labelled_and_history_between_messages(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    store = TicketStore()
    await operations.open_ticket(agent, store, ticket.id)
    await operations.assign(agent, store, ticket.id, agent.session.user.id)
    await operations.send_message(agent, store, ticket.id, body="Bonjour, nous regardons.")
    await operations.send_message(agent, store, ticket.id, body="Client VIP.", kind=MessageKind.NOTE)
    view = ConversationView(current_user_id=agent.session.user.id)
    qtbot.addWidget(view)
    view.set_ticket(store.current)
    request, reply, note = view.cards()
    assert (request.property("role"), reply.property("role"), note.property("role")) == ("message", "mine", "note")
    assert note.is_note and not reply.is_note
    note_labels = [w.text() for w in note.findChildren(QLabel) if w.property("role") == "note-label"]
    assert note_labels == ["Note interne"]
    roles = [w.text() for w in reply.findChildren(QLabel) if w.property("role") == "author-role-staff"]
    assert roles == ["Équipe Origyne"]
    [line] = view.history_lines()
    assert line.startswith("Julien Roche a assigné le ticket à Julien Roche — ")
    order = [w for w in view._widgets()]
    assert order.index(request) < order.index(next(w for w in order if w.objectName() == "historyEvent"))
    assert order.index(reply) < order.index(note)  # newest at the bottom


async def test_a_new_message_is_appended_without_redrawing_the_discussion(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    store = TicketStore()
    await operations.open_ticket(alice, store, ticket.id)
    view = ConversationView(current_user_id=alice.session.user.id)
    qtbot.addWidget(view)
    view.set_ticket(store.current)
    [request] = view.cards()
    await operations.send_message(alice, store, ticket.id, body="Le voyant clignote en rouge.")
    view.set_ticket(store.current)
    first, added = view.cards()
    assert first is request and added.plain_body == "Le voyant clignote en rouge."
    assert added.body.textFormat() == Qt.TextFormat.RichText and added.body.openExternalLinks()

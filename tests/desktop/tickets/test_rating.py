import pytest
from PySide6.QtCore import Qt

from desktop.tickets import operations
from desktop.tickets.rating import RatingWidget, StarPicker
from desktop.tickets.store import TicketStore
from shared_schemas.enums import TicketAction
from tests.desktop.tickets.helpers import AGENT, CLIENT_A, new_ticket, shown_and_active, signed_in, until

pytestmark = pytest.mark.asyncio


async def test_the_stars_answer_the_keyboard(qtbot):
    picker = StarPicker()
    qtbot.addWidget(picker)
    await shown_and_active(picker)
    picker.setFocus()
    assert picker.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    assert picker.value == 2 and picker.accessibleName() == "Note : 2 sur 5"
    qtbot.keyClick(picker, Qt.Key.Key_End)
    assert picker.value == 5
    qtbot.keyClick(picker, Qt.Key.Key_Left)
    assert picker.value == 4
    qtbot.keyClick(picker, Qt.Key.Key_1)
    assert picker.value == 1
    assert [star.text() for star in picker.stars] == ["★", "☆", "☆", "☆", "☆"]
    picker.stars[2].click()
    assert picker.value == 3 and [s.property("lit") for s in picker.stars] == ["true"] * 3 + ["false"] * 2


async def test_a_client_rates_a_resolved_ticket_once(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    store = TicketStore()
    widget = RatingWidget(alice, store)
    qtbot.addWidget(widget)
    store.ticket_changed.connect(widget.set_ticket)
    detail = await operations.open_ticket(alice, store, ticket.id)
    assert widget.set_ticket(detail) is False  # nothing to rate while it is open
    await operations.transition(agent, TicketStore(), ticket.id, TicketAction.RESOLVE)
    await operations.refresh_ticket(alice, store, ticket.id)
    assert widget.form.isVisibleTo(widget) and not widget.submit.isEnabled()
    widget.picker.set_value(5)
    widget.comment.setPlainText("Parfait <b>merci</b>")
    widget.submit.click()
    await until(lambda: store.current.rating is not None)
    assert (store.current.rating.stars, store.current.rating.comment) == (5, "Parfait <b>merci</b>")
    assert not widget.form.isVisibleTo(widget)
    assert widget.given.text() == "★★★★★ « Parfait <b>merci</b> »"
    assert widget.given.textFormat() == Qt.TextFormat.PlainText


async def test_a_refused_rating_is_explained(qtbot, make_ctx, sign_in_as):
    alice = await signed_in(make_ctx, sign_in_as, CLIENT_A)
    ticket = await new_ticket(alice)
    agent = await signed_in(make_ctx, sign_in_as, AGENT)
    await operations.transition(agent, TicketStore(), ticket.id, TicketAction.RESOLVE)
    store = TicketStore()
    widget = RatingWidget(alice, store)
    qtbot.addWidget(widget)
    widget.set_ticket(await operations.open_ticket(alice, store, ticket.id))
    await operations.rate(alice, TicketStore(), ticket.id, stars=3)  # from another window
    widget.picker.set_value(4)
    widget.send()
    await until(lambda: not widget.error.isHidden())
    assert widget.error.text() == "Vous avez déjà noté ce ticket."

"""core.parsing: the one strict reading of bodies and query strings, and the one UNSET."""

import inspect

from accounts.services.users import user_update
from core.parsing import UNSET, Unset
from tickets.services.tickets import ticket_edit

# --- UNSET -------------------------------------------------------------------------------------


def test_unset_is_falsy_and_says_what_it_is():
    assert not UNSET
    assert repr(UNSET) == "UNSET"
    assert isinstance(UNSET, Unset)


def test_every_app_leaves_what_was_not_given_with_the_same_unset():
    assert inspect.signature(user_update).parameters["full_name"].default is UNSET
    assert inspect.signature(ticket_edit).parameters["priority"].default is UNSET

"""How an event's before/after reads in the journal, and the French names of its codes."""

import pytest

from desktop.admin.audit.changes import field_changes, full_text, summary
from desktop.admin.audit.labels import action_label, target_type_label
from shared_schemas.audit import AuditAction, AuditTarget


def test_an_update_shows_each_changed_field_before_and_after():
    before = {"full_name": "Alice Martin", "phone": ""}
    after = {"full_name": "Alice Durand", "phone": "01 02 03 04 05"}

    assert summary(before, after) == "Nom : Alice Martin → Alice Durand ; Téléphone : — → 01 02 03 04 05"


def test_a_creation_shows_the_values_set_and_a_deletion_the_values_removed():
    assert summary(None, {"name": "Support N2", "audience": "staff"}) == "Nom : Support N2 ; Type : Équipe Origyne"
    assert summary({"name": "Support N2"}, None) == "Nom : Support N2"


def test_permission_lists_show_what_was_added_and_removed_by_name():
    before = {"permissions": ["tickets.view_all", "reminders.manage"]}
    after = {"permissions": ["tickets.view_all", "tickets.note"]}

    assert summary(before, after) == "Permissions : +Écrire des notes internes −Gérer les rappels"
    assert full_text(before, after) == (
        "Permissions : Voir tous les tickets, Gérer les rappels → Voir tous les tickets, Écrire des notes internes"
    )


def test_values_are_written_for_people_and_long_ones_are_cut_in_the_summary_only():
    long_text = "Une description très longue " * 5
    before = {"is_active": True, "description": "Courte"}
    after = {"is_active": False, "description": long_text}

    line = summary(before, after)
    assert line.startswith("Actif : Oui → Non ; Description : Courte → Une description")
    assert line.endswith("…") and len(line) < 120
    assert full_text(before, after).splitlines()[1] == f"Description : Courte → {long_text}"


def test_an_unknown_field_is_shown_by_its_key_and_unchanged_fields_are_left_out():
    assert [change.key for change in field_changes({"x": 1, "same": 2}, {"x": 3, "same": 2})] == ["x"]
    assert summary({"x": 1}, {"x": 3}) == "x : 1 → 3"


def test_an_event_without_changes_has_a_dash():
    assert summary(None, None) == "—"
    assert full_text(None, None) == ""


@pytest.mark.parametrize("action", list(AuditAction))
def test_every_action_of_the_contract_has_a_french_name(action):
    assert action_label(action) != str(action)


@pytest.mark.parametrize("target", list(AuditTarget))
def test_every_target_type_of_the_contract_has_a_french_name(target):
    assert target_type_label(target) != str(target)


def test_a_code_this_desktop_does_not_know_is_shown_as_it_is():
    assert action_label("billing.invoice_sent") == "billing.invoice_sent"
    assert target_type_label("invoice") == "invoice"

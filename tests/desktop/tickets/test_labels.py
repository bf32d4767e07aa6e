from datetime import UTC, datetime, timedelta

from desktop.tickets import labels
from shared_schemas.tickets import TicketEventOut

NOW = datetime(2026, 3, 12, 14, 5, tzinfo=UTC)


def event(kind, data=None, actor="Marc Dubois"):
    return TicketEventOut(
        id=1, kind=kind, actor={"id": 1, "full_name": actor} if actor else None, data=data or {}, created_at=NOW
    )


def test_history_lines_read_as_french_sentences():
    assigned = event("assigned", {"from": None, "to": {"id": 2, "full_name": "Léa Martin"}})
    assert labels.event_text(assigned) == "Marc Dubois a assigné le ticket à Léa Martin"
    unassigned = event("assigned", {"from": {"id": 2, "full_name": "Léa Martin"}, "to": None})
    assert labels.event_text(unassigned) == "Marc Dubois a retiré l'assignation du ticket"
    status = event("status_changed", {"from": "open", "to": "in_progress"})
    assert labels.event_text(status) == "Marc Dubois a passé le ticket de « Ouvert » à « En cours »"
    automatic = event("status_changed", {"from": "resolved", "to": "closed"}, actor=None)
    assert labels.event_text(automatic) == "Le ticket est passé automatiquement de « Résolu » à « Clôturé »"
    assert labels.event_text(event("priority_changed", {"from": "normal", "to": "high"})).endswith("Normale → Haute")


def test_scheduled_job_events_read_without_an_actor():
    léa = {"id": 2, "full_name": "Léa Martin"}
    due = event("reminder_due", {"recipient": léa, "note": "Rappeler le client", "remind_at": "2026-03-02T09:00:00Z"},
                actor=None)
    assert labels.event_text(due) == "Rappel pour Léa Martin : Rappeler le client"
    without_note = event("reminder_due", {"recipient": léa, "note": ""}, actor=None)
    assert labels.event_text(without_note) == "Rappel pour Léa Martin"
    at_risk = labels.event_text(event("sla_at_risk", {"due_at": "2026-03-02T15:00:00Z"}, actor=None))
    breached = labels.event_text(event("sla_breached", {"due_at": "2026-03-02T15:00:00Z"}, actor=None))
    assert at_risk.startswith("Échéance (GTR) proche : le ") and "02/03" in at_risk
    assert breached.startswith("Échéance (GTR) dépassée : c'était le ")


def test_an_unknown_event_kind_from_a_newer_server_still_reads():
    assert labels.event_text(event("attachment_added", {"x": 1})) == "Marc Dubois a modifié le ticket"


def test_a_name_containing_a_placeholder_is_not_substituted_twice():
    sneaky = event("assigned", {"to": {"id": 2, "full_name": "%1 %2"}}, actor="Eve")
    assert labels.event_text(sneaky) == "Eve a assigné le ticket à %1 %2"


def test_the_gtr_countdown():
    assert labels.due_countdown(NOW + timedelta(minutes=25), "open", NOW) == "dans 25 min"
    assert labels.due_countdown(NOW + timedelta(hours=3, minutes=10), "in_progress", NOW) == "dans 3 h"
    assert labels.due_countdown(NOW + timedelta(days=3, hours=1), "open", NOW) == "dans 3 j"
    assert labels.due_countdown(NOW - timedelta(minutes=1), "open", NOW) == "dépassée"
    assert labels.due_countdown(NOW - timedelta(minutes=1), "resolved", NOW) == ""
    assert labels.due_countdown(None, "open", NOW) == ""
    assert labels.is_overdue(NOW - timedelta(seconds=1), "waiting", NOW)


def test_relative_activity_times():
    assert labels.relative_time(NOW - timedelta(seconds=20), NOW) == "à l'instant"
    assert labels.relative_time(NOW - timedelta(minutes=7), NOW) == "il y a 7 min"
    assert labels.relative_time(NOW - timedelta(hours=5), NOW) == "il y a 5 h"
    assert labels.relative_time(NOW - timedelta(days=3), NOW).count("/") == 2

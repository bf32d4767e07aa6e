"""The French title and body of each notification type, read from its payload, and the fallback
for a type a newer server may add."""

from datetime import UTC, datetime, timedelta

import pytest

from desktop.notifications.texts import describe, type_label
from shared_schemas.enums import NotificationType
from shared_schemas.notifications import NotificationOut

CAMILLE = {"id": 7, "full_name": "Camille Martin"}
JULIEN = {"id": 3, "full_name": "Julien Roche"}
CREATED = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


def notification(type_: str, **payload) -> NotificationOut:
    return NotificationOut.model_validate(
        {
            "id": 1,
            "type": type_,
            "ticket": 12,
            "payload": {"reference": "SAV-2026-00012", "subject": "Colis abîmé", **payload},
            "created_at": CREATED.isoformat(),
            "read_at": None,
        }
    )


def test_a_reply_names_its_author_and_quotes_it():
    n = notification("message.created", actor=CAMILLE, excerpt="Bonjour, le colis…")
    assert describe(n) == ("Nouvelle réponse · SAV-2026-00012", "Camille Martin : Bonjour, le colis…")


def test_an_internal_note_says_so():
    n = notification("note.created", actor=JULIEN, excerpt="Sous garantie.")
    assert describe(n) == ("Nouvelle note interne · SAV-2026-00012", "Julien Roche : Sous garantie.")


def test_a_new_ticket_gives_its_requester_and_subject():
    n = notification("ticket.created", actor=CAMILLE, excerpt="Le terminal ne s'allume plus.")
    assert describe(n) == ("Nouveau ticket · SAV-2026-00012", "Camille Martin : Colis abîmé")


def test_an_assignment_names_the_new_assignee_or_says_it_was_removed():
    assigned = notification("ticket.assigned", actor=JULIEN, assignee=CAMILLE)
    assert describe(assigned) == (
        "Ticket assigné · SAV-2026-00012", "Julien Roche a assigné « Colis abîmé » à Camille Martin"
    )
    removed = notification("ticket.assigned", actor=JULIEN, assignee=None, previous_assignee=CAMILLE)
    assert describe(removed)[1] == "Julien Roche a retiré l'assignation de « Colis abîmé »"


def test_a_status_change_uses_the_status_labels_of_the_tickets_screens():
    n = notification("ticket.status_changed", actor=JULIEN, from_status="open", to_status="resolved")
    assert describe(n) == (
        "Changement de statut · SAV-2026-00012", "Julien Roche a passé « Colis abîmé » de « Ouvert » à « Résolu »"
    )
    automatic = notification("ticket.status_changed", actor=None, from_status="resolved", to_status="closed")
    assert describe(automatic)[1] == "« Colis abîmé » est passé automatiquement de « Résolu » à « Clôturé »"


def test_a_reminder_shows_its_note():
    assert describe(notification("reminder.due", note="Rappeler le client")) == (
        "Rappel · SAV-2026-00012", "« Colis abîmé » : Rappeler le client"
    )
    assert describe(notification("reminder.due"))[1] == "Colis abîmé"


def test_a_deadline_warning_says_whether_it_is_near_or_passed():
    near = notification("sla.at_risk", due_at=(CREATED + timedelta(minutes=30)).isoformat())
    passed = notification("sla.at_risk", due_at=(CREATED - timedelta(minutes=5)).isoformat())
    assert describe(near)[0] == "Échéance proche · SAV-2026-00012"
    assert describe(near)[1].startswith("« Colis abîmé » : échéance le ")
    assert describe(passed)[0] == "Échéance dépassée · SAV-2026-00012"
    assert describe(passed)[1].startswith("« Colis abîmé » : échéance dépassée depuis le ")
    said_breached = notification("sla.at_risk", due_at=(CREATED + timedelta(minutes=1)).isoformat(), breached=True)
    assert describe(said_breached)[0] == "Échéance dépassée · SAV-2026-00012"


def test_a_rating_gives_the_stars():
    n = notification("rating.received", actor=CAMILLE, stars=4)
    assert describe(n) == ("Évaluation reçue · SAV-2026-00012", "Camille Martin a noté « Colis abîmé » 4/5")


def test_someone_stands_in_for_a_missing_actor():
    assert describe(notification("message.created", excerpt="Bonjour"))[1] == "Quelqu'un : Bonjour"


def test_a_type_unknown_to_this_desktop_still_shows_its_ticket():
    n = notification("invoice.sent", excerpt="Facture de mars")
    assert describe(n) == ("Notification · SAV-2026-00012", "Colis abîmé")
    assert type_label("invoice.sent") == "invoice.sent"


def test_a_notification_without_a_ticket_has_a_title_without_reference():
    n = NotificationOut.model_validate(
        {"id": 2, "type": "budget.threshold_reached", "ticket": None, "payload": {},
         "created_at": CREATED.isoformat(), "read_at": None}
    )
    assert describe(n) == ("Seuil de budget atteint", "")


@pytest.mark.parametrize("type_", list(NotificationType))
def test_every_type_has_a_french_name_and_a_title(type_):
    assert type_label(type_) != type_.value
    title, _body = describe(notification(type_.value, actor=CAMILLE))
    assert title.endswith(" · SAV-2026-00012") and not title.startswith("Notification")

"""The notifications API: one's own notifications only, read marks, the badge, preferences."""

import pytest

from notifications.models import Notification, NotificationPreference
from tickets.services.messages import message_add

pytestmark = pytest.mark.django_db


def _notify(user, n=1):
    return [Notification.objects.create(recipient=user, type="message.created", payload={"reference": f"SAV-{i}"})
            for i in range(n)]


def test_a_user_lists_only_their_own_notifications_newest_first(api_as, cast):
    mine = _notify(cast["alice"], 3)
    _notify(cast["bob"], 2)

    body = api_as(cast["alice"]).get("/api/v1/notifications").json()

    assert [item["id"] for item in body["results"]] == [n.id for n in reversed(mine)]


def test_catch_up_after_an_id_is_oldest_first_and_pages(api_as, cast):
    mine = _notify(cast["alice"], 5)
    client = api_as(cast["alice"])

    first = client.get("/api/v1/notifications", {"after_id": mine[0].id, "page_size": 2}).json()
    second = client.get(
        "/api/v1/notifications", {"after_id": mine[0].id, "page_size": 2, "cursor": first["next_cursor"]}
    ).json()

    assert [i["id"] for i in first["results"] + second["results"]] == [n.id for n in mine[1:]]


def test_the_list_refuses_unknown_parameters(api_as, cast):
    response = api_as(cast["alice"]).get("/api/v1/notifications", {"recipient": cast["bob"].id})

    assert response.status_code == 400 and response.json()["code"] == "unknown_parameter"


def test_reading_someone_elses_notification_is_not_found(api_as, cast):
    (bobs,) = _notify(cast["bob"])

    response = api_as(cast["alice"]).post(f"/api/v1/notifications/{bobs.id}/read")

    assert response.status_code == 404
    bobs.refresh_from_db()
    assert bobs.read_at is None


def test_marking_read_takes_no_body_and_names_the_keys_it_refuses(api_as, cast):
    (mine,) = _notify(cast["alice"])

    response = api_as(cast["alice"]).post(f"/api/v1/notifications/{mine.id}/read", {"recipient": cast["bob"].id},
                                          format="json")

    assert (response.status_code, response.json()["code"]) == (400, "unknown_field")
    assert response.json()["errors"] == {
        "recipient": [{"code": "unknown_field", "message": "This field is not accepted."}]
    }
    mine.refresh_from_db()
    assert mine.read_at is None


def test_read_and_read_all_update_the_unread_count(api_as, cast):
    first, second, third = _notify(cast["alice"], 3)
    _notify(cast["bob"])
    client = api_as(cast["alice"])

    read = client.post(f"/api/v1/notifications/{first.id}/read")
    again = client.post(f"/api/v1/notifications/{first.id}/read")
    count = client.get("/api/v1/notifications/unread-count").json()
    all_read = client.post("/api/v1/notifications/read-all", {"up_to_id": second.id}).json()

    assert read.json()["read_at"] == again.json()["read_at"] is not None
    assert count == {"unread": 2}
    assert all_read == {"marked": 1, "unread": 1}
    assert api_as(cast["bob"]).get("/api/v1/notifications/unread-count").json() == {"unread": 1}


def test_a_reply_through_the_api_lands_in_the_requesters_list(api_as, cast, ticket):
    api_as(cast["marc"]).post(f"/api/v1/tickets/{ticket.id}/messages", {"body": "Le technicien passe demain."})

    item = api_as(cast["alice"]).get("/api/v1/notifications").json()["results"][0]

    assert item["type"] == "message.created" and item["ticket"] == ticket.id
    assert item["payload"]["excerpt"] == "Le technicien passe demain."
    assert item["payload"]["actor"]["full_name"] == "Marc Agent"


def test_preferences_list_the_types_a_user_may_receive_with_defaults(api_as, cast):
    client_prefs = api_as(cast["alice"]).get("/api/v1/notification-preferences").json()
    staff_prefs = api_as(cast["marc"]).get("/api/v1/notification-preferences").json()

    assert client_prefs == [
        {"type": "message.created", "in_app": True, "email": True},
        {"type": "ticket.status_changed", "in_app": True, "email": True},
    ]
    assert {p["type"]: p["email"] for p in staff_prefs}["ticket.assigned"] is True
    assert {p["type"]: p["email"] for p in staff_prefs}["message.created"] is False


def test_patch_changes_only_what_is_given_and_put_resets_the_rest(api_as, cast):
    client = api_as(cast["alice"])

    patched = client.patch("/api/v1/notification-preferences", [{"type": "message.created", "email": False}],
                           format="json").json()
    client.patch("/api/v1/notification-preferences", [{"type": "ticket.status_changed", "in_app": False}],
                 format="json")
    replaced = client.put("/api/v1/notification-preferences",
                          [{"type": "ticket.status_changed", "in_app": True, "email": False}], format="json").json()

    assert patched[0] == {"type": "message.created", "in_app": True, "email": False}
    assert replaced == [
        {"type": "message.created", "in_app": True, "email": True},
        {"type": "ticket.status_changed", "in_app": True, "email": False},
    ]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ([{"type": "note.created", "in_app": False, "email": False}], "type_not_available"),
        ([{"type": "message.created", "in_app": True, "email": True, "user": 1}], "unknown_field"),
        ([{"type": "nope", "in_app": True, "email": True}], "invalid_choice"),
        ([{"type": "message.created", "in_app": True}], "required"),
        ({"type": "message.created", "in_app": True, "email": True}, "not_a_list"),
        ([{"type": "message.created", "in_app": True, "email": True}] * 2, "duplicate_type"),
    ],
    ids=["staff type for a client", "unknown key", "unknown type", "missing switch", "not a list", "duplicate"],
)
def test_preferences_refuse_bad_input_and_change_nothing(api_as, cast, body, code):
    response = api_as(cast["alice"]).put("/api/v1/notification-preferences", body, format="json")

    problem = response.json()
    codes = {problem["code"]} | {error["code"] for errors in problem.get("errors", {}).values() for error in errors}
    assert response.status_code == 400, response.content
    assert code in codes
    assert not NotificationPreference.objects.exists()


def test_turning_in_app_off_stops_notifications_of_that_type(api_as, cast, ticket):
    api_as(cast["alice"]).patch("/api/v1/notification-preferences",
                                [{"type": "message.created", "in_app": False, "email": False}], format="json")

    message_add(actor=cast["marc"], ticket=ticket, body="Réponse")

    assert not Notification.objects.filter(recipient=cast["alice"]).exists()

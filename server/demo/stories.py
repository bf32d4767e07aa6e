"""What happens to one demo ticket, as a list of beats played by the same rules as the ticket
services (`tickets.services`): a status change sets or clears resolved_at / closed_at, a client
reply on a resolved or waiting ticket hands it back (reason `client_reply`), the first staff
reply sets first_response_at, every change is a TicketEvent with the services' `data` shapes.

`plan` decides the beats from the status the ticket should end in; `Player` applies them and
writes the history rows, and for a "full" ticket its discussion too."""

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any, NamedTuple

from demo import texts
from demo.clock import fit
from demo.people import CustomerFacts, Person
from shared_schemas.enums import MessageKind, TicketEventKind, TicketPriority, TicketStatus

OPEN, IN_PROGRESS, WAITING = TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING
RESOLVED, CLOSED = TicketStatus.RESOLVED, TicketStatus.CLOSED
AUTO_CLOSE_DAYS = 5


class Beat(NamedTuple):
    gap: float  # minutes after the previous beat
    kind: str
    actor: Person | None
    arg: Any = None


@dataclass
class Draft:
    """A ticket being generated: its row, plus who is around it."""

    ticket: dict  # the row, keyed by attname
    topic: texts.Topic
    discussion: texts.Discussion
    values: dict[str, Any]  # what the description said (product, serial, order…), for the replies
    customer: CustomerFacts
    requester: Person
    creator: Person
    assignee: Person
    helpers: list[Person]  # other staff who may watch or write notes


def final_status(rng: random.Random, age_days: float) -> TicketStatus:
    """~70 % of a year's tickets end resolved or closed; the rest are still being worked on,
    fresh ones more often than old ones."""
    active_share = 0.85 if age_days < 7 else 0.6 if age_days < 30 else 0.4 if age_days < 90 else 0.22
    if rng.random() < active_share:
        weights = (55, 90, 100) if age_days < 2 else (25, 75, 100)  # cumulative
        return rng.choices((OPEN, IN_PROGRESS, WAITING), cum_weights=weights)[0]
    weights = (80, 100) if age_days < AUTO_CLOSE_DAYS + 1 else (25, 100) if age_days < 30 else (5, 100)
    return rng.choices((RESOLVED, CLOSED), cum_weights=weights)[0]


def plan(rng: random.Random, draft: Draft, target: TicketStatus, age_days: float) -> list[Beat]:
    """The beats that take a new ticket to `target`."""
    staff, client, priority = draft.assignee, draft.requester, draft.ticket["priority"]
    beats: list[Beat] = []
    if rng.random() < 0.08:
        raised = TicketPriority.HIGH if priority != TicketPriority.HIGH else TicketPriority.NORMAL
        beats.append(Beat(rng.uniform(5, 90), "priority", staff, raised))
    if target == OPEN:
        if rng.random() < 0.35:
            beats.append(Beat(rng.uniform(5, 180), "assign", staff, staff))
        if age_days > 1 and rng.random() < 0.3:
            beats.append(Beat(rng.uniform(600, 2880), "reply", client, "client_follow"))
        return beats
    beats += [
        Beat(rng.uniform(5, 240), "assign", rng.choice((staff, staff, draft.helpers[0])), staff),
        Beat(rng.uniform(1, 60), "status", staff, IN_PROGRESS),
        Beat(rng.uniform(5, 120), "reply", staff, "first"),
    ]
    if rng.random() < 0.15:
        beats.append(Beat(rng.uniform(5, 60), "watch", staff, draft.helpers[0]))
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        beats.append(Beat(rng.uniform(60, 1440), "reply", client, "client_follow"))
        beats.append(Beat(rng.uniform(30, 600), "reply", staff, "follow"))
    if rng.random() < 0.3:
        beats.append(Beat(rng.uniform(10, 240), "note", rng.choice((staff, draft.helpers[-1])), None))
    if target in (IN_PROGRESS, WAITING) and rng.random() < 0.15:
        beats.append(Beat(rng.uniform(5, 60), "reminder", staff, False))
    if target == IN_PROGRESS:
        return beats
    if target == WAITING:
        return [*beats, Beat(rng.uniform(30, 600), "reply", staff, "ask"), Beat(1, "status", staff, WAITING)]
    beats += [Beat(rng.uniform(60, 2880), "reply", staff, "solution"), Beat(1, "status", staff, RESOLVED)]
    if rng.random() < 0.12:  # the client writes back: the problem is back
        beats += [
            Beat(rng.uniform(120, 2880), "reply", client, "client_reopen"),
            Beat(rng.uniform(30, 600), "reply", staff, "follow"),
            Beat(rng.uniform(60, 1440), "reply", staff, "solution"),
            Beat(1, "status", staff, RESOLVED),
        ]
    if rng.random() < 0.05:
        beats.append(Beat(rng.uniform(5, 60), "reminder", staff, True))
    if target == CLOSED:
        way = rng.random()
        if way < 0.3:  # thanks: the reply hands the ticket back, then staff close it
            beats += [
                Beat(rng.uniform(30, 1440), "reply", client, "client_thanks"),
                Beat(rng.uniform(10, 240), "status", staff, CLOSED),
            ]
        elif way < 0.4 or age_days < 3 * AUTO_CLOSE_DAYS:
            beats.append(Beat(rng.uniform(60, 2880), "status", staff, CLOSED))
        else:
            beats.append(Beat(AUTO_CLOSE_DAYS * 1440 + rng.uniform(1, 60), "status", None, CLOSED))
    if rng.random() < (0.45 if target == CLOSED else 0.3):
        beats.append(Beat(rng.uniform(10, 2880), "rate", client, None))
    return beats


@dataclass
class Rows:
    """Rows of a batch of tickets, as dicts keyed by field attname (see writer.TableWriter)."""

    tickets: list[dict] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    watchers: list[dict] = field(default_factory=list)
    ratings: list[dict] = field(default_factory=list)
    reminders: list[dict] = field(default_factory=list)


class Player:
    """Plays a ticket's beats on its row. With `full`, also writes its history (events), its
    discussion (messages), watchers, reminders and rating."""

    def __init__(self, rng: random.Random, ids: dict[str, int], today: datetime) -> None:
        self.rng = rng
        self.ids = ids  # next id to give, per table written with explicit ids
        self.local_zone = today.tzinfo
        self.today = today.astimezone(UTC)  # UTC like every moment played: cheap comparisons
        # UTC hours that are within 8 h–19 h local time whatever the season: no zone lookup for them.
        offsets = [(today - timedelta(days=days)).utcoffset().total_seconds() / 3600 for days in (0, 91, 182, 273)]
        self._utc_office_hours = (math.ceil(8 - min(offsets)), math.floor(18 - max(offsets)))
        self._events: list[dict] | None = None  # the events of the ticket being played, if kept

    def play(self, draft: Draft, beats: list[Beat], rows: Rows, *, full: bool) -> None:
        ticket = draft.ticket
        created_at = at = ticket["created_at"]
        self._events = rows.events if full else None
        self._event(rows, ticket, draft.creator, TicketEventKind.CREATED, at,
                    {"reference": ticket["reference"], "status": str(OPEN)})
        limit = self.today - timedelta(minutes=1)
        available = (self.today - created_at).total_seconds() / 60
        for beat, gap in zip(beats, fit([b.gap for b in beats], available), strict=True):
            at = min(at + timedelta(minutes=gap), limit)
            if beat.actor is not None and beat.actor.id != draft.requester.id:
                at = self._office_hours(at, limit)
            getattr(self, f"_{beat.kind}")(draft, beat, at, rows, full)
        ticket["last_activity_at"] = at
        rows.tickets.append(ticket)

    def _office_hours(self, at: datetime, limit: datetime) -> datetime:
        """Staff act on weekdays from 8 h to 19 h: an action that would fall outside waits for
        the next opening (unless that is past the end of the data set)."""
        if self._utc_office_hours[0] <= at.hour <= self._utc_office_hours[1] and at.weekday() < 5:
            return at
        local = at.astimezone(self.local_zone)
        if local.weekday() < 5 and 8 <= local.hour < 19:
            return at
        day = local.date() + timedelta(days=1 if local.hour >= 19 or local.weekday() >= 5 else 0)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        opening = datetime.combine(day, time(8), tzinfo=local.tzinfo) + timedelta(minutes=self.rng.uniform(0, 90))
        return opening.astimezone(UTC) if opening <= limit else at

    def _event(self, rows, ticket, actor, kind, at, data) -> None:
        if self._events is None:
            return
        self._events.append({
            "ticket_id": ticket["id"], "actor_id": actor.id if actor else None, "kind": str(kind),
            "data": data, "created_at": at,
        })

    def _status(self, draft, beat, at, rows, full, reason=None) -> None:
        ticket = draft.ticket
        data = {"from": str(ticket["status"]), "to": str(beat.arg)}
        if reason:
            data["reason"] = reason
        elif beat.actor is None:
            data["reason"] = "auto_close"
        ticket["status"] = str(beat.arg)
        if beat.arg == RESOLVED:
            ticket["resolved_at"] = at
        elif beat.arg == CLOSED:
            ticket["closed_at"] = at
        else:
            ticket["resolved_at"] = ticket["closed_at"] = None
        self._event(rows, ticket, beat.actor, TicketEventKind.STATUS_CHANGED, at, data)

    def _assign(self, draft, beat, at, rows, full) -> None:
        draft.ticket["assignee_id"] = beat.arg.id
        self._event(rows, draft.ticket, beat.actor, TicketEventKind.ASSIGNED, at, {"from": None, "to": beat.arg.ref})

    def _priority(self, draft, beat, at, rows, full) -> None:
        ticket = draft.ticket
        data = {"from": str(ticket["priority"]), "to": str(beat.arg)}
        self._event(rows, ticket, beat.actor, TicketEventKind.PRIORITY_CHANGED, at, data)
        ticket["priority"] = str(beat.arg)

    def _watch(self, draft, beat, at, rows, full) -> None:
        if full:
            rows.watchers.append({"ticket_id": draft.ticket["id"], "user_id": beat.arg.id})
            self._event(rows, draft.ticket, beat.actor, TicketEventKind.WATCHER_ADDED, at, {"user": beat.arg.ref})

    def _reply(self, draft, beat, at, rows, full) -> None:
        ticket = draft.ticket
        if full:
            self._message(draft, beat.actor, MessageKind.REPLY, at, rows, beat.arg)
        if beat.actor.id == draft.requester.id:
            ticket["last_client_message_at"] = at
            if ticket["status"] in (RESOLVED, WAITING):
                back = IN_PROGRESS if ticket["assignee_id"] else OPEN
                self._status(draft, Beat(0, "status", beat.actor, back), at, rows, full, reason="client_reply")
        elif ticket["first_response_at"] is None:
            ticket["first_response_at"] = at

    def _note(self, draft, beat, at, rows, full) -> None:
        if full:
            self._message(draft, beat.actor, MessageKind.NOTE, at, rows, "note")

    def _message(self, draft, author, kind, at, rows, text_key) -> None:
        message_id = self._next("message")
        rows.messages.append({
            "id": message_id, "ticket_id": draft.ticket["id"], "author_id": author.id, "kind": str(kind),
            "body": self._text(draft, author, text_key), "created_at": at,
        })
        event = TicketEventKind.REPLY_ADDED if kind == MessageKind.REPLY else TicketEventKind.NOTE_ADDED
        self._event(rows, draft.ticket, author, event, at, {"message_id": message_id})

    def _reminder(self, draft, beat, at, rows, full) -> None:
        if not full:
            return
        fired = beat.arg
        remind_at = at + timedelta(hours=4) if fired else self.today + timedelta(hours=self.rng.randint(9, 72))
        reminder = {
            "id": self._next("reminder"), "ticket_id": draft.ticket["id"], "recipient_id": beat.actor.id,
            "created_by_id": beat.actor.id, "remind_at": remind_at, "note": self.rng.choice(texts.REMINDER_NOTES),
            "fired_at": remind_at if fired and remind_at < self.today else None, "created_at": at,
        }
        rows.reminders.append(reminder)
        self._event(rows, draft.ticket, beat.actor, TicketEventKind.REMINDER_SET, at, {
            "reminder_id": reminder["id"], "remind_at": remind_at.isoformat(), "recipient": beat.actor.ref,
            "note": reminder["note"],
        })

    def _rate(self, draft, beat, at, rows, full) -> None:
        if not full:
            return
        stars = self.rng.choices((1, 2, 3, 4, 5), cum_weights=(4, 10, 25, 60, 100))[0]
        rows.ratings.append({
            "ticket_id": draft.ticket["id"], "author_id": beat.actor.id, "stars": stars,
            "comment": self.rng.choice(texts.RATING_COMMENTS[stars]), "created_at": at,
        })
        self._event(rows, draft.ticket, beat.actor, TicketEventKind.RATED, at, {"stars": stars})

    def _next(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def _text(self, draft: Draft, author: Person, key: str) -> str:
        rng, talk = self.rng, draft.discussion
        if key == "solution":
            template = texts.ANSWER.replace("{answer}", draft.topic.answer)
        else:
            template = rng.choice({
                "first": talk.first_replies, "ask": talk.ask_info, "follow": talk.staff_follow_ups,
                "client_follow": talk.client_follow_ups, "client_reopen": talk.client_reopens,
                "note": talk.notes, "client_thanks": texts.CLIENT_THANKS,
            }[key])
        return template.format(**draft.values, client=draft.requester.first_name, agent=author.full_name)


def french_amount(value: float) -> str:
    return f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")

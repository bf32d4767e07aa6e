"""OutboxStore: what the user wrote and has not yet seen reach the server, kept on disk.

One SQLite file (WAL) per user and server, in the app data location, readable by that user only
(directory 0700, file 0600). Two tables:

- `drafts`: the text being typed — the new-ticket form (key "new_ticket") and one reply/note per
  ticket (key "ticket:<id>") — with its form fields as JSON and the client UUID it will be sent
  with, so a send interrupted by a crash is retried under the same UUID, never duplicated.
- `outbox`: items the user sent while the server could not take them. `seq` orders them (and is
  the local id a queued reply uses to wait for a queued ticket, `depends_on`); `client_uuid` is
  made once, when the draft was started, and travels as the Idempotency-Key of every attempt.

Attached files come later as their own table keyed by a draft key or an outbox `seq`
(PRAGMA user_version numbers the schema for that migration)."""

import hashlib
import json
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal

SCHEMA_VERSION = 1
NEW_TICKET = "new_ticket"
CREATE_TICKET, MESSAGE = "create_ticket", "message"
PENDING, SENDING, REFUSED = "pending", "sending", "refused"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    key         TEXT PRIMARY KEY,
    text        TEXT NOT NULL DEFAULT '',
    fields      TEXT NOT NULL DEFAULT '{}',
    client_uuid TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('create_ticket', 'message')),
    ticket_id   INTEGER,
    depends_on  INTEGER REFERENCES outbox(seq) ON DELETE CASCADE,
    payload     TEXT NOT NULL,
    client_uuid TEXT NOT NULL UNIQUE,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'refused')),
    reason      TEXT NOT NULL DEFAULT '',
    attempts    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    CHECK (kind = 'create_ticket' OR ticket_id IS NOT NULL OR depends_on IS NOT NULL)
);
"""


def ticket_draft_key(ticket_id: int) -> str:
    return f"ticket:{ticket_id}"


def _now() -> str:
    return datetime.now(UTC).isoformat()


def default_data_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def store_path(server_url: str, user_id: int, data_dir: Path | None = None) -> Path:
    """One file per server and user; the name reveals neither."""
    digest = hashlib.sha256(f"{server_url}\n{user_id}".encode()).hexdigest()[:24]
    return (data_dir or default_data_dir()) / "outbox" / f"{digest}.sqlite3"


@dataclass(frozen=True)
class Draft:
    key: str
    text: str
    fields: dict[str, Any]
    client_uuid: uuid.UUID
    updated_at: datetime


@dataclass(frozen=True)
class OutboxItem:
    seq: int
    kind: str
    ticket_id: int | None
    depends_on: int | None
    payload: dict[str, Any]
    client_uuid: uuid.UUID
    state: str
    reason: str
    attempts: int
    created_at: datetime


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        seq=row["seq"],
        kind=row["kind"],
        ticket_id=row["ticket_id"],
        depends_on=row["depends_on"],
        payload=json.loads(row["payload"]),
        client_uuid=uuid.UUID(row["client_uuid"]),
        state=row["state"],
        reason=row["reason"],
        attempts=row["attempts"],
        created_at=datetime.fromisoformat(row["created_at"]),
    )


def _private_file(path: Path) -> None:
    """Creates the directory (0700) and the database file (0600) before SQLite opens it; SQLite
    gives its -wal and -shm files the database's mode."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    os.chmod(path, 0o600)


class OutboxStore(QObject):
    changed = Signal()  # the outbox items changed (drafts do not signal: their editor holds them)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        _private_file(path)
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        # A send interrupted by a crash or a sign-out is sent again: its client UUID makes that safe.
        self._db.execute("UPDATE outbox SET state = ? WHERE state = ?", (PENDING, SENDING))

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def close(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            db.close()

    def _transaction(self):
        return _Transaction(self._db)

    # --- drafts ------------------------------------------------------------------------------
    def save_draft(
        self, key: str, *, text: str, client_uuid: uuid.UUID, fields: dict[str, Any] | None = None
    ) -> None:
        self._db.execute(
            "INSERT INTO drafts (key, text, fields, client_uuid, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET text = excluded.text, fields = excluded.fields, "
            "client_uuid = excluded.client_uuid, updated_at = excluded.updated_at",
            (key, text, json.dumps(fields or {}), str(client_uuid), _now()),
        )

    def draft(self, key: str) -> Draft | None:
        row = self._db.execute("SELECT * FROM drafts WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return Draft(
            key=row["key"],
            text=row["text"],
            fields=json.loads(row["fields"]),
            client_uuid=uuid.UUID(row["client_uuid"]),
            updated_at=datetime.fromisoformat(row["updated_at"]),
        )

    def clear_draft(self, key: str, client_uuid: uuid.UUID | None = None) -> None:
        """Forgets a draft; with `client_uuid`, only if it is still that one (not a newer draft)."""
        if client_uuid is None:
            self._db.execute("DELETE FROM drafts WHERE key = ?", (key,))
        else:
            self._db.execute("DELETE FROM drafts WHERE key = ? AND client_uuid = ?", (key, str(client_uuid)))

    # --- queueing ----------------------------------------------------------------------------
    def queue_ticket(
        self,
        payload: dict[str, Any],
        client_uuid: uuid.UUID,
        *,
        draft_key: str = NEW_TICKET,
        files: list[tuple[Path, str, uuid.UUID]] | None = None,
    ) -> int:
        """Queues a new ticket and forgets its draft, in one transaction; `files` as for messages."""
        payload = dict(payload)
        if files:
            payload["files"] = self._carried(files)
        return self._queue(CREATE_TICKET, None, None, payload, client_uuid, draft_key)

    def queue_message(
        self,
        *,
        body: str,
        kind: str,
        client_uuid: uuid.UUID,
        ticket_id: int | None = None,
        depends_on: int | None = None,
        reference: str = "",
        attachments: list[int] | None = None,
        files: list[tuple[Path, str, uuid.UUID]] | None = None,
    ) -> int:
        """Queues a reply or note to a ticket, or to a queued ticket (`depends_on`, its seq).
        `reference` (the ticket's, as the user knows it) is for the pending list only.
        `attachments`: ids of files already uploaded (staged on the server, kept there a day);
        `files`: (path, name, client UUID) of files not uploaded yet — a private copy of each is kept
        with the item and uploaded (idempotently) just before it is sent."""
        if (ticket_id is None) == (depends_on is None):
            raise ValueError("a message goes to a ticket or to a queued ticket")
        draft_key = ticket_draft_key(ticket_id) if ticket_id is not None else None
        payload = {"body": body, "kind": kind, "reference": reference}
        if attachments:
            payload["attachments"] = list(attachments)
        if files:
            payload["files"] = self._carried(files)
        return self._queue(MESSAGE, ticket_id, depends_on, payload, client_uuid, draft_key)

    def _queue(self, kind, ticket_id, depends_on, payload, client_uuid, draft_key) -> int:
        with self._transaction():
            existing = self._db.execute(
                "SELECT seq FROM outbox WHERE client_uuid = ?", (str(client_uuid),)
            ).fetchone()
            if existing is not None:
                seq = existing["seq"]  # queued twice (a double click): still one item
            else:
                seq = self._db.execute(
                    "INSERT INTO outbox (kind, ticket_id, depends_on, payload, client_uuid, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (kind, ticket_id, depends_on, json.dumps(payload), str(client_uuid), _now()),
                ).lastrowid
            if draft_key is not None:
                self._db.execute(
                    "DELETE FROM drafts WHERE key = ? AND client_uuid = ?", (draft_key, str(client_uuid))
                )
        self.changed.emit()
        return seq

    # --- reading -----------------------------------------------------------------------------
    def items(self) -> list[OutboxItem]:
        return [_item(row) for row in self._db.execute("SELECT * FROM outbox ORDER BY seq")]

    def item(self, seq: int) -> OutboxItem | None:
        row = self._db.execute("SELECT * FROM outbox WHERE seq = ?", (seq,)).fetchone()
        return _item(row) if row is not None else None

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM outbox").fetchone()[0]

    def has_pending_for(self, ticket_id: int) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM outbox WHERE ticket_id = ? AND state != ?", (ticket_id, REFUSED)
        ).fetchone()
        return row is not None

    def next_sendable(self) -> OutboxItem | None:
        """The oldest pending item that does not wait for a ticket still queued."""
        row = self._db.execute(
            "SELECT * FROM outbox WHERE state = ? AND depends_on IS NULL ORDER BY seq LIMIT 1", (PENDING,)
        ).fetchone()
        return _item(row) if row is not None else None

    # --- sending -----------------------------------------------------------------------------
    def mark_sending(self, seq: int) -> None:
        self._set(seq, "state = ?, attempts = attempts + 1", (SENDING,))

    def mark_pending(self, seq: int) -> None:
        self._set(seq, "state = ?", (PENDING,))

    def mark_refused(self, seq: int, reason: str) -> None:
        self._set(seq, "state = ?, reason = ?", (REFUSED, reason))

    def retry(self, seq: int) -> None:
        self._set(seq, "state = ?, reason = ''", (PENDING,))

    def _set(self, seq: int, assignments: str, values: tuple) -> None:
        self._db.execute(f"UPDATE outbox SET {assignments} WHERE seq = ?", (*values, seq))  # noqa: S608
        self.changed.emit()

    # --- files carried by queued items ----------------------------------------------------------
    @property
    def files_dir(self) -> Path:
        folder = self.path.with_name(self.path.stem + "-files")
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
        return folder

    def _carried(self, files: list[tuple[Path, str, uuid.UUID]]) -> list[dict[str, str]]:
        return [
            {"path": str(self.keep_file(path, key)), "name": name, "client_uuid": str(key)}
            for path, name, key in files
        ]

    def keep_file(self, source: Path, key: uuid.UUID) -> Path:
        """A private copy (0600) of a file a queued message carries: the user may move or delete theirs."""
        target = self.files_dir / key.hex
        if target.exists():  # kept already: a draft saved again, a restored draft's file, the user's copy gone
            if not source.exists() or source.resolve() == target.resolve():
                return target
            if target.stat().st_size == source.stat().st_size:
                return target
        partial = target.with_suffix(".part")
        shutil.copyfile(source, partial)
        os.chmod(partial, 0o600)
        partial.replace(target)
        return target

    def _drop_files(self, item: OutboxItem | None) -> None:
        for carried in (item.payload.get("files", []) if item is not None else []):
            Path(carried["path"]).unlink(missing_ok=True)

    def mark_sent(self, seq: int, *, ticket_id: int | None = None) -> None:
        """The server has it: the item goes; replies waiting for this ticket now go to `ticket_id`."""
        sent = self.item(seq)
        with self._transaction():
            if ticket_id is not None:
                self._db.execute(
                    "UPDATE outbox SET ticket_id = ?, depends_on = NULL WHERE depends_on = ?", (ticket_id, seq)
                )
            self._db.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
        self._drop_files(sent)
        self.changed.emit()

    def cancel(self, seq: int) -> None:
        """The user gives up an item (and the replies that waited for it, if it is a ticket)."""
        doomed = [self.item(seq), *(i for i in self.items() if i.depends_on == seq)]
        self._db.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
        for item in doomed:
            self._drop_files(item)
        self.changed.emit()


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> sqlite3.Connection:
        self._db.execute("BEGIN IMMEDIATE")
        return self._db

    def __exit__(self, kind, error, trace) -> None:
        self._db.execute("ROLLBACK" if kind is not None else "COMMIT")

"""Outbox sync and upload speed of the desktop app against a real server. Prints figures; it never
passes or fails on time (it exits non-zero only when something does not work at all).

    .venv/bin/python bench/sync.py --no-debug              # SQLite in a temp dir
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sav_sync .venv/bin/python bench/sync.py --no-debug

What it does: migrate, `seed_demo --tickets N` and one run of the jobs on a fresh database; start
uvicorn; then in this process, the desktop's own code on a qasync loop (Qt offscreen):
1. sign in as client.a@demo.fr, queue --replies replies in the outbox (spread over --tickets-used of
   that client's tickets) while the sync is stopped — as if typed offline — then start the sync and
   time until the outbox is empty; check that the server has each reply once;
2. the same with a small file carried by each queued reply (the sync uploads it, then sends the reply);
3. upload one --upload-mb MB file (a PDF) --uploads times: MB/s.
"""

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.api import BenchError, Server, bench_environment, percentile, prepare_database, run_bench  # noqa: E402

PASSWORD = "SavDemo!2026"
CLIENT_EMAIL = "client.a@demo.fr"
PDF_HEAD = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n"


def a_pdf(folder: Path, name: str, size: int) -> Path:
    path = folder / name
    with path.open("wb") as out:
        out.write(PDF_HEAD)
        remaining = max(0, size - len(PDF_HEAD) - 6)
        block = b"%" + b"0" * 65535
        while remaining > 0:
            out.write(block[: min(remaining, len(block))])
            remaining -= len(block)
        out.write(b"\n%%EOF")
    return path


async def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise BenchError(f"timed out: {what}")
        await asyncio.sleep(0.01)


async def drain(ctx, tickets: list[int], count: int, timeout: float, label: str, *, file: Path | None = None) -> None:
    """Queue `count` replies (each carrying `file`) while the sync is stopped — as if typed offline —
    then start it and time until the outbox is empty; check the server has each reply (and file) once."""
    store, sync = ctx.outbox.store, ctx.outbox.sync
    sync.cancel()
    marker = uuid.uuid4().hex[:8]
    for i in range(count):
        files = [(file, file.name, uuid.uuid4())] if file is not None else None
        store.queue_message(body=f"Hors ligne {marker} n°{i}", kind="reply", client_uuid=uuid.uuid4(),
                            ticket_id=tickets[i % len(tickets)], files=files)
    started = time.perf_counter()
    sync.start()
    try:
        await wait_until(lambda: store.count() == 0, timeout, "the outbox to drain")
    except BenchError:
        states = sorted({(item.state, item.reason) for item in store.items()})
        raise BenchError(f"the outbox did not drain: {states[:5]}") from None
    elapsed = time.perf_counter() - started
    replies = files = 0
    for ticket_id in tickets:
        detail = await ctx.api.get(f"tickets/{ticket_id}")
        sent = [m for m in detail["messages"] if marker in m["body"]]
        replies += len(sent)
        files += sum(len(m["attachments"]) for m in sent)
    print(f"outbox: {count} {label} synced in {elapsed:.2f} s ({count / elapsed:.0f} per second); "
          f"on the server: {replies} replies, {files} files")
    if replies != count or files != (count if file is not None else 0):
        raise BenchError("the server does not have each queued reply (and file) exactly once")


async def run(base_url: str, args, workdir: Path) -> None:
    from PySide6.QtCore import QSettings

    from desktop.auth.operations import sign_in
    from desktop.auth.token_store import TokenStore
    from desktop.context import AppContext
    from desktop.settings import AppSettings
    from tests.desktop.memory_keyring import MemoryKeyring

    settings = AppSettings(QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings=settings, token_store=TokenStore(MemoryKeyring()))
    ctx.outbox.configure(data_dir=workdir / "outbox", first_delay=0.2, max_delay=2.0)
    await sign_in(ctx, server_url=base_url, email=CLIENT_EMAIL, password=PASSWORD, stay_signed_in=False)
    await wait_until(lambda: ctx.outbox.store is not None, 10, "the outbox store")
    ctx.push.cancel()  # measure the outbox alone
    page = await ctx.api.get("tickets", queue="open", page_size=args.tickets_used)
    tickets = [row["id"] for row in page["results"]]
    if not tickets:
        raise BenchError("client.a has no open ticket")

    # 1. queued replies, synced when the sync starts; 2. the same, each carrying a small file
    await drain(ctx, tickets, args.replies, args.timeout, "queued replies")
    small = a_pdf(workdir, "petit.pdf", args.small_kb * 1024)
    await drain(ctx, tickets, args.with_attachments, args.timeout, f"queued replies with a {args.small_kb} KB file",
                file=small)

    # 3. a big upload
    big = a_pdf(workdir, "gros.pdf", args.upload_mb * 1024 * 1024)
    rates = []
    for _ in range(args.uploads):
        t0 = time.perf_counter()
        await ctx.api.upload("attachments", big, fields={"client_uuid": str(uuid.uuid4())})
        seconds = time.perf_counter() - t0
        rates.append(args.upload_mb / seconds)
    rates.sort()
    print(f"upload of a {args.upload_mb} MB file: median {percentile(rates, 50):.1f} MB/s "
          f"(min {rates[0]:.1f}, max {rates[-1]:.1f}, {args.uploads} uploads)")
    if ctx.outbox.sync is not None:
        await ctx.outbox.sync.stop()
    await ctx.detach_api()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=1000, help="tickets to seed (default 1,000)")
    parser.add_argument("--replies", type=int, default=1000, help="replies queued in the outbox (default 1,000)")
    parser.add_argument("--tickets-used", type=int, default=10, help="client tickets they go to (default 10)")
    parser.add_argument("--with-attachments", type=int, default=1000,
                        help="queued replies carrying a file (default 1,000)")
    parser.add_argument("--small-kb", type=int, default=20, help="size of the small attachment (20 KB)")
    parser.add_argument("--upload-mb", type=int, default=25, help="size of the big upload (25 MB)")
    parser.add_argument("--uploads", type=int, default=5, help="big uploads (5)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers (default 1)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds an outbox may take to drain (600)")
    parser.add_argument("--no-debug", action="store_true", help="run the server with SAV_DEBUG=false")
    parser.add_argument("--skip-seed", action="store_true", help="reuse the database as it is")
    args = parser.parse_args()

    env, database = bench_environment(args)
    env["SAV_THROTTLE_ATTACHMENT_UPLOAD"] = "100000/hour"  # the default (300/hour per user) would pace the bench
    print(f"Database: {database}; workers: {args.workers}")
    if not args.skip_seed:
        prepare_database(env, args.tickets, run_jobs=True)
    server = Server(env, args.workers)
    try:
        server.wait_ready()
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["sav-bench-sync"])
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with tempfile.TemporaryDirectory(prefix="sav-bench-sync-") as workdir, loop:
            loop.run_until_complete(run(server.base_url, args, Path(workdir)))
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    run_bench(main)

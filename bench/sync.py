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

from bench.api import BenchError, Server, bench_environment, manage, percentile  # noqa: E402

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

    # 1. queued replies, synced when the sync starts
    store, outbox = ctx.outbox.store, ctx.outbox
    outbox.sync.cancel()
    marker = uuid.uuid4().hex[:8]
    for i in range(args.replies):
        store.queue_message(body=f"Réponse hors ligne {marker} n°{i}", kind="reply", client_uuid=uuid.uuid4(),
                            ticket_id=tickets[i % len(tickets)])
    started = time.perf_counter()
    outbox._start_sync()
    await wait_until(lambda: store.count() == 0, args.timeout, "the outbox to drain")
    elapsed = time.perf_counter() - started
    counted = 0
    for ticket_id in tickets:
        detail = await ctx.api.get(f"tickets/{ticket_id}")
        counted += sum(1 for m in detail["messages"] if marker in m["body"])
    print(f"outbox: {args.replies} queued replies synced in {elapsed:.2f} s "
          f"({args.replies / elapsed:.0f} per second); on the server: {counted} (expected {args.replies})")
    if counted != args.replies:
        raise BenchError("the server does not have each queued reply exactly once")

    # 2. queued replies carrying a small file each (uploaded by the sync, then sent with the reply)
    small = a_pdf(workdir, "petit.pdf", args.small_kb * 1024)
    outbox.sync.cancel()
    marker = uuid.uuid4().hex[:8]
    for i in range(args.with_attachments):
        store.queue_message(body=f"Avec fichier {marker} n°{i}", kind="reply", client_uuid=uuid.uuid4(),
                            ticket_id=tickets[i % len(tickets)], files=[(small, "petit.pdf", uuid.uuid4())])
    started = time.perf_counter()
    outbox._start_sync()
    try:
        await wait_until(lambda: store.count() == 0, args.timeout, "the outbox to drain")
    except BenchError:
        states = {(item.state, item.reason) for item in store.items()}
        raise BenchError(f"the outbox did not drain: {sorted(states)[:5]}") from None
    elapsed = time.perf_counter() - started
    carried = 0
    for ticket_id in tickets:
        detail = await ctx.api.get(f"tickets/{ticket_id}")
        carried += sum(len(m["attachments"]) for m in detail["messages"] if marker in m["body"])
    print(f"outbox: {args.with_attachments} queued replies with a {args.small_kb} KB file each synced in "
          f"{elapsed:.2f} s ({args.with_attachments / elapsed:.0f} per second); files on the server: {carried}")
    if carried != args.with_attachments:
        raise BenchError("the server does not have each queued file exactly once")

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
        manage(env, "migrate", "--noinput")
        manage(env, "seed_demo", "--tickets", str(args.tickets))
        manage(env, "run_jobs", "--once")
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
    try:
        sys.exit(main())
    except BenchError as exc:
        print(f"bench failed: {exc}", file=sys.stderr)
        sys.exit(1)

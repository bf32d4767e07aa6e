"""API latency and throughput of the Origyne SAV server on a seeded database. Prints figures; it
never passes or fails on time (it exits non-zero only when something does not work at all).

    .venv/bin/python bench/api.py                         # 100,000 tickets, SQLite in a temp dir
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sav_bench .venv/bin/python bench/api.py
    .venv/bin/python bench/api.py --skip-seed             # reuse SAV_DATA_DIR / DATABASE_URL as is

What it does: migrate and `seed_demo --tickets N` on a fresh database (the configured
DATABASE_URL, else SQLite under SAV_DATA_DIR, else under a new temporary directory); start
uvicorn as a subprocess on a free port; sign in as agent@origyne.fr and client.a@demo.fr; then,
one request at a time, time the open queue's first page, a deep page (after following
`next_cursor` --deep-pages times), a ticket's detail, a ticket opened by staff and by a client,
and a reply; finally the open queue's throughput with --concurrency clients for --duration
seconds. The server is stopped however the bench ends (errors, Ctrl-C).
"""

import argparse
import asyncio
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
SERVER = REPO / "server"
PASSWORD = "SavDemo!2026"
STAFF_EMAIL = "agent@origyne.fr"
CLIENT_EMAIL = "client.a@demo.fr"


class BenchError(RuntimeError):
    """Something does not work (not "it is slow"): the bench stops with this message."""


@dataclass
class Timings:
    label: str
    seconds: list[float] = field(default_factory=list)
    errors: int = 0

    def row(self) -> str:
        if not self.seconds:
            return f"{self.label:<44} {0:>6} {'-':>8} {'-':>8} {'-':>8} {'-':>8} {self.errors:>7}"
        ms = sorted(s * 1000 for s in self.seconds)
        return (
            f"{self.label:<44} {len(ms):>6} {percentile(ms, 50):>8.1f} {percentile(ms, 95):>8.1f} "
            f"{percentile(ms, 99):>8.1f} {ms[-1]:>8.1f} {self.errors:>7}"
        )


def percentile(ordered: list[float], p: float) -> float:
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(p) - 1]


# --- database and server -----------------------------------------------------------------------


def bench_environment(args) -> tuple[dict[str, str], str]:
    """The server's environment and a description of its database."""
    env = dict(os.environ)
    env.setdefault("SAV_LOG_LEVEL", "WARNING")
    env["SAV_THROTTLE_LOGIN"] = "100000/min"
    # The bench's few users open tickets and write replies far faster than a person (30 and 120 an hour).
    env["SAV_THROTTLE_TICKET_CREATE"] = env["SAV_THROTTLE_MESSAGE_CREATE"] = "100000/min"
    env["SAV_ACCESS_TOKEN_MINUTES"] = "240"  # the bench outlives the 5-minute default
    if args.no_debug:
        env.update(
            SAV_DEBUG="false", SAV_SECRET_KEY=secrets.token_urlsafe(50),
            SAV_ALLOWED_HOSTS="127.0.0.1,localhost", SAV_SECURE_SSL_REDIRECT="false",
        )
    if env.get("DATABASE_URL"):
        host = env["DATABASE_URL"].split("@")[-1]
        return env, f"PostgreSQL ({host})"
    if not env.get("SAV_DATA_DIR"):
        if args.skip_seed:
            raise BenchError("--skip-seed needs the database to reuse: set SAV_DATA_DIR or DATABASE_URL.")
        env["SAV_DATA_DIR"] = tempfile.mkdtemp(prefix="sav-bench-")
    return env, f"SQLite ({Path(env['SAV_DATA_DIR']) / 'sav.sqlite3'})"


def manage(env: dict[str, str], *arguments: str) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=SERVER, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise BenchError(f"manage.py {' '.join(arguments)} failed:\n{result.stdout}{result.stderr}")
    output = result.stdout.strip()
    if output:
        print("   ", output.splitlines()[0])


def prepare_database(env: dict[str, str], tickets: int, *, run_jobs: bool = False) -> None:
    """Migrate and seed a fresh database; `run_jobs`: run the scheduled jobs once, so the demo's
    overdue tickets are warned about now rather than as a backlog in the middle of a measurement."""
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "seed_demo", "--tickets", str(tickets))
    if run_jobs:
        manage(env, "run_jobs", "--once")


def run_bench(main: Callable[[], int]) -> None:
    """The entry point of a bench script: its exit code, or 1 with the message of a BenchError."""
    try:
        sys.exit(main())
    except BenchError as exc:
        print(f"bench failed: {exc}", file=sys.stderr)
        sys.exit(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """uvicorn in its own process group, so that stopping it stops its workers too."""

    def __init__(self, env: dict[str, str], workers: int) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.NamedTemporaryFile(prefix="sav-bench-server-", suffix=".log", delete=False)  # noqa: SIM115
        command = [
            sys.executable, "-m", "uvicorn", "config.asgi:application", "--host", "127.0.0.1",
            "--port", str(self.port), "--workers", str(workers), "--no-access-log", "--no-proxy-headers",
        ]
        self.process = subprocess.Popen(
            command, cwd=SERVER, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"the server exited ({self.process.returncode}):\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.base_url}/api/v1/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise BenchError(f"the server did not answer within {timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self) -> str:
        return Path(self.log.name).read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)


# --- measurements --------------------------------------------------------------------------------


def expect(response: httpx.Response, status: int, what: str) -> dict:
    if response.status_code != status:
        raise BenchError(f"{what}: HTTP {response.status_code} {response.text[:500]}")
    return response.json()


def sign_in(http: httpx.Client, email: str) -> dict[str, str]:
    body = expect(http.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD}), 200, f"sign-in {email}")
    return {"Authorization": f"Bearer {body['access']}"}


def measure(label: str, count: int, call: Callable[[int], httpx.Response], ok: int = 200) -> Timings:
    timings = Timings(label)
    for index in range(count):
        started = time.perf_counter()
        response = call(index)
        elapsed = time.perf_counter() - started
        if response.status_code == ok:
            timings.seconds.append(elapsed)
        else:
            timings.errors += 1
            if timings.errors == 1:
                print(f"    {label}: HTTP {response.status_code} {response.text[:300]}")
    return timings


def follow_pages(
    http: httpx.Client, headers: dict, url: str, params: dict, pages: int
) -> tuple[str | None, list[int]]:
    """Walks `pages` pages of a list; returns the cursor of the next one and the ids seen."""
    cursor, ids = None, []
    for _ in range(pages):
        page_params = {**params, "cursor": cursor} if cursor else params
        body = expect(http.get(url, params=page_params, headers=headers), 200, f"GET {url}")
        ids += [item["id"] for item in body["results"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    return cursor, ids


def sequential(http: httpx.Client, args) -> list[Timings]:
    staff = sign_in(http, STAFF_EMAIL)
    client = sign_in(http, CLIENT_EMAIL)
    tickets, open_queue = "/api/v1/tickets", {"queue": "open"}  # httpx: `params` replaces a URL's query
    n = args.requests
    results = [measure(
        "GET tickets?queue=open (first page)", n, lambda i: http.get(tickets, params=open_queue, headers=staff)
    )]

    cursor, seen = follow_pages(http, staff, tickets, open_queue, args.deep_pages)
    if cursor is None:
        print(f"    the open queue has fewer than {args.deep_pages + 1} pages: no deep page measured")
    else:
        results.append(measure(
            f"GET tickets?queue=open (page {args.deep_pages + 1})", n,
            lambda i: http.get(tickets, params={**open_queue, "cursor": cursor}, headers=staff),
        ))
    if not seen:
        raise BenchError("the open queue is empty: seed some tickets first")
    results.append(measure(
        "GET tickets/{id}", n, lambda i: http.get(f"/api/v1/tickets/{seen[i % len(seen)]}", headers=staff)
    ))

    customers = expect(http.get("/api/v1/customers", params={"is_active": "true"}, headers=staff), 200, "customers")
    categories = expect(http.get("/api/v1/categories", headers=staff), 200, "categories")
    category_ids = [c["id"] for c in (categories["results"] if isinstance(categories, dict) else categories)]
    customer_ids = [c["id"] for c in customers["results"]]
    created: list[int] = []

    def staff_create(i: int) -> httpx.Response:
        response = http.post("/api/v1/tickets", headers=staff, json={
            "customer": customer_ids[i % len(customer_ids)], "subject": f"Bench : terminal en panne {i}",
            "description": "Le terminal ne s'allume plus depuis ce matin.",
            "category": category_ids[i % len(category_ids)], "priority": "normal",
        })
        if response.status_code == 201:
            created.append(response.json()["id"])
        return response

    results.append(measure("POST tickets (staff, for a customer)", n, staff_create, ok=201))
    results.append(measure("POST tickets (client)", n, lambda i: http.post("/api/v1/tickets", headers=client, json={
        "subject": f"Bench : imprimante bloquée {i}", "description": "Plus aucun ticket ne sort depuis la mise à jour.",
        "category": category_ids[i % len(category_ids)], "priority": "high",
    }), ok=201))
    if created:
        results.append(measure("POST tickets/{id}/messages (staff reply)", n, lambda i: http.post(
            f"/api/v1/tickets/{created[i % len(created)]}/messages", headers=staff,
            json={"body": f"Bonjour, nous regardons cela ({i}).", "kind": "reply"},
        ), ok=201))
    return results


async def throughput(base_url: str, headers: dict, args) -> tuple[int, int, list[float], float]:
    """Clients loop on the open queue's first page until the deadline: (ok, errors, latencies, s)."""
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
    async with httpx.AsyncClient(base_url=base_url, headers=headers, limits=limits, timeout=30) as http:
        await http.get("/api/v1/tickets", params={"queue": "open"})  # connections warm
        deadline = time.perf_counter() + args.duration

        async def client() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                response = await http.get("/api/v1/tickets", params={"queue": "open"})
                if response.status_code == 200:
                    latencies.append(time.perf_counter() - started)
                else:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(args.concurrency)))
        elapsed = time.perf_counter() - started
    return len(latencies), errors, latencies, elapsed


# --- main ----------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000, help="tickets to seed (default 100,000)")
    parser.add_argument("--requests", type=int, default=200, help="requests per measurement (default 200)")
    parser.add_argument("--concurrency", type=int, default=16, help="clients of the throughput run (default 16)")
    parser.add_argument("--duration", type=float, default=10, help="seconds of the throughput run (default 10)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1)")
    parser.add_argument("--deep-pages", type=int, default=50, help="pages followed before the deep page (50)")
    parser.add_argument("--skip-seed", action="store_true", help="reuse the database as it is")
    parser.add_argument("--no-debug", action="store_true", help="run the server with SAV_DEBUG=false")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    # Ctrl-C and kill both unwind through `finally: server.stop()` (SIGINT may arrive ignored
    # from a background job's shell: take it back).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        env, database = bench_environment(args)
        if not args.skip_seed:
            print(f"Seeding {args.tickets:,} tickets into {database}…")
            prepare_database(env, args.tickets)
        server = Server(env, args.workers)
        try:
            server.wait_ready()
            print(f"Server: uvicorn, {args.workers} worker(s), DEBUG {'off' if args.no_debug else 'on'}, "
                  f"{database}, {server.base_url}")
            with httpx.Client(base_url=server.base_url, timeout=60) as http:
                rows = sequential(http, args)
                headers = sign_in(http, STAFF_EMAIL)
            ok, errors, latencies, elapsed = asyncio.run(throughput(server.base_url, headers, args))
        finally:
            server.stop()
    except BenchError as exc:
        print(f"bench/api.py: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench/api.py: interrupted; the server is stopped", file=sys.stderr)
        return 130
    print()
    print(f"{'concurrency 1':<44} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>7}")
    for row in rows:
        print(row.row())
    load = Timings(f"GET tickets?queue=open, {args.concurrency} clients", latencies, errors)
    print(load.row())
    print(f"\nThroughput: {ok / elapsed:,.0f} requests/s on the open queue's first page "
          f"({ok:,} in {elapsed:.1f} s, {args.concurrency} concurrent clients, {args.workers} worker(s)).")
    if "SAV_DATA_DIR" not in os.environ and "DATABASE_URL" not in os.environ:
        print(f"The seeded database stays in {env['SAV_DATA_DIR']}: run again on it with "
              f"SAV_DATA_DIR={env['SAV_DATA_DIR']} .venv/bin/python bench/api.py --skip-seed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

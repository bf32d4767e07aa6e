"""Push latency of the Origyne SAV server, with the desktop's own WebSocket client. Prints figures;
it never passes or fails on time (it exits non-zero only when something does not work at all).

    .venv/bin/python bench/push.py                          # SQLite in a temp dir, in-memory layer
    REDIS_URL=redis://127.0.0.1:6379/13 .venv/bin/python bench/push.py --workers 2   # channels-redis

What it does: migrate, `seed_demo --tickets N` and one run of the jobs on a fresh database, add
--fanout staff users
(`bench.agent.NNN@origyne.fr`, agent role, tokens made by `manage.py shell`), start uvicorn on a free
port; then
1. reply → event: client.a@demo.fr's desktop push client is connected; agent@origyne.fr posts
   --replies replies, one at a time, to one of client.a's tickets; for each, the time from sending
   the reply to the `message.created` event arriving at the desktop (and the reply's HTTP time);
2. fan-out: --fanout staff desktops are connected; client.a opens a ticket (--rounds times); the
   time from sending it until the first and until the last of those desktops has `ticket.created`.
The load generator shares the machine with the server: figures include its own CPU time.
"""

import argparse
import asyncio
import json
import sys
import time
import uuid
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.api import BenchError, Server, Timings, bench_environment, percentile, prepare_database, run_bench  # noqa: E402
from desktop.push.client import PushClient  # noqa: E402

PASSWORD = "SavDemo!2026"
STAFF_EMAIL = "agent@origyne.fr"
CLIENT_EMAIL = "client.a@demo.fr"

MAKE_STAFF = """
import json
from accounts.models import Role, User
from rest_framework_simplejwt.tokens import RefreshToken
role = Role.objects.get(code="agent")
count = {count}
emails = [f"bench.agent.{{i:03d}}@origyne.fr" for i in range(count)]
existing = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
User.objects.bulk_create([
    User(email=e, full_name=f"Agent banc {{i:03d}}", role=role, is_active=True, password="!")
    for i, e in enumerate(emails) if e not in existing
])
users = User.objects.filter(email__in=emails).order_by("email")
print(json.dumps([str(RefreshToken.for_user(u).access_token) for u in users]))
"""


def staff_tokens(env: dict[str, str], count: int) -> list[str]:
    import subprocess

    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", MAKE_STAFF.format(count=count)],
        cwd=REPO / "server", env=env, capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise BenchError(f"creating the staff users failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


async def sign_in(http: httpx.AsyncClient, email: str) -> str:
    response = await http.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    if response.status_code != 200:
        raise BenchError(f"sign-in {email}: HTTP {response.status_code} {response.text[:300]}")
    return response.json()["access"]


class Desktop:
    """One push client; `arrived[(type, ticket)]` is when each notification came in."""

    def __init__(self, base_url: str, token: str) -> None:
        self.arrived: dict[tuple[str, int | None], float] = {}
        self.waiters: dict[tuple[str, int | None], asyncio.Future] = {}

        async def access_token(stale=None):
            return token

        self.client = PushClient(base_url, access_token=access_token, on_notification=self._on, first_delay=0.2)

    def _on(self, notification) -> None:
        key = (notification.type, notification.ticket)
        self.arrived.setdefault(key, time.perf_counter())
        waiter = self.waiters.pop(key, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def expect(self, key) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        if key in self.arrived:
            future.set_result(None)
        else:
            self.waiters[key] = future
        return future


async def connect_all(desktops: list[Desktop], batch: int = 50) -> None:
    for start in range(0, len(desktops), batch):
        group = desktops[start:start + batch]
        for desktop in group:
            desktop.client.start()
        await asyncio.gather(*(d.client.wait_ready(timeout=60) for d in group))


async def open_ticket(http: httpx.AsyncClient, headers: dict[str, str], subject: str) -> dict:
    body = {"subject": subject, "description": "Banc d'essai du push.", "category": 1,
            "client_uuid": str(uuid.uuid4())}
    response = await http.post("/api/v1/tickets", json=body, headers=headers)
    if response.status_code != 201:
        raise BenchError(f"ticket creation: HTTP {response.status_code} {response.text[:300]}")
    return response.json()


async def reply_latency(base_url: str, count: int) -> tuple[Timings, Timings]:
    event, http_time = Timings("reply → message.created at the desktop"), Timings("reply request (HTTP)")
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as http:
        staff = {"Authorization": f"Bearer {await sign_in(http, STAFF_EMAIL)}"}
        client_token = await sign_in(http, CLIENT_EMAIL)
        ticket = await open_ticket(http, {"Authorization": f"Bearer {client_token}"}, "Banc : latence des réponses")
        desktop = Desktop(base_url, client_token)
        await connect_all([desktop])
        try:
            for i in range(count):
                # Each reply is a new message: wait for its own event, not an earlier one.
                desktop.arrived.clear()
                arrived = desktop.expect(("message.created", ticket["id"]))
                started = time.perf_counter()
                response = await http.post(
                    f"/api/v1/tickets/{ticket['id']}/messages", json={"body": f"Réponse {i}", "kind": "reply"},
                    headers=staff,
                )
                answered = time.perf_counter()
                if response.status_code != 201:
                    event.errors += 1
                    arrived.cancel()
                    continue
                try:
                    await asyncio.wait_for(arrived, timeout=10)
                except TimeoutError:
                    event.errors += 1
                    continue
                http_time.seconds.append(answered - started)
                event.seconds.append(desktop.arrived[("message.created", ticket["id"])] - started)
        finally:
            await desktop.client.stop()
    return event, http_time


async def fan_out(base_url: str, tokens: list[str], rounds: int) -> list[tuple[float, float, float, int]]:
    """Per round: (request seconds, first desktop, last desktop, desktops reached)."""
    desktops = [Desktop(base_url, token) for token in tokens]
    started_connecting = time.perf_counter()
    await connect_all(desktops)
    print(f"    {len(desktops)} desktops connected in {time.perf_counter() - started_connecting:.1f} s")
    results = []
    try:
        async with httpx.AsyncClient(base_url=base_url, timeout=60) as http:
            client = {"Authorization": f"Bearer {await sign_in(http, CLIENT_EMAIL)}"}
            for round_ in range(rounds):
                started = time.perf_counter()
                ticket = await open_ticket(http, client, f"Banc : diffusion {round_}")
                answered = time.perf_counter()
                key = ("ticket.created", ticket["id"])
                waits = [d.expect(key) for d in desktops]
                done, _ = await asyncio.wait(waits, timeout=30)
                times = sorted(d.arrived[key] for d in desktops if key in d.arrived)
                if not times:
                    raise BenchError("no desktop received the new ticket")
                results.append((answered - started, times[0] - started, times[-1] - started, len(times)))
    finally:
        await asyncio.gather(*(d.client.stop() for d in desktops))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=1000, help="tickets to seed (default 1,000)")
    parser.add_argument("--replies", type=int, default=200, help="replies timed one at a time (default 200)")
    parser.add_argument("--fanout", type=int, default=500, help="staff desktops of the fan-out (default 500)")
    parser.add_argument("--rounds", type=int, default=5, help="new tickets fanned out (default 5)")
    parser.add_argument("--workers", type=int, default=1,
                        help="uvicorn workers (default 1; more than one needs REDIS_URL)")
    parser.add_argument("--no-debug", action="store_true", help="run the server with SAV_DEBUG=false")
    parser.add_argument("--skip-seed", action="store_true", help="reuse the database as it is")
    args = parser.parse_args()

    env, database = bench_environment(args)
    if args.workers > 1 and not env.get("REDIS_URL"):
        raise BenchError("several workers reach each other's desktops only through Redis: set REDIS_URL")
    layer = "channels-redis" if env.get("REDIS_URL") else "in-memory"
    print(f"Database: {database}; channel layer: {layer}; workers: {args.workers}")
    if not args.skip_seed:
        prepare_database(env, args.tickets, run_jobs=True)
    tokens = staff_tokens(env, args.fanout)
    server = Server(env, args.workers)
    try:
        server.wait_ready()
        event, http_time = asyncio.run(reply_latency(server.base_url, args.replies))
        print()
        print(f"{'measure':<44} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>7}")
        print(event.row())
        print(http_time.row())
        print()
        rounds = asyncio.run(fan_out(server.base_url, tokens, args.rounds))
        print(f"fan-out of one new ticket to {args.fanout} connected staff desktops (+ the demo staff):")
        for request, first, last, reached in rounds:
            print(f"    request {request * 1000:7.1f} ms · first desktop {first * 1000:7.1f} ms · "
                  f"last desktop {last * 1000:7.1f} ms · reached {reached}/{args.fanout}")
        if any(r[3] < args.fanout for r in rounds):
            print("    server log:\n" + server.log_tail()[-1500:])
        lasts = sorted(r[2] * 1000 for r in rounds)
        print(f"    median time to the last desktop: {percentile(lasts, 50):.1f} ms")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    run_bench(main)

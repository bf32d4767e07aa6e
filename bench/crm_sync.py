"""Speed of the CRM pull: a full sync of a big company CRM, then an incremental sync with about 1 %
of the rows changed. Prints figures; it never passes or fails on time.

    .venv/bin/python bench/crm_sync.py            # 10,000 customers, 30,000 contacts, 300,000 orders,
                                                  # 500,000 deliveries (+ their order lines)
    .venv/bin/python bench/crm_sync.py --customers 1000 --contacts 3000 --orders 30000 --deliveries 50000

What it does, as in production: starts a throw-away PostgreSQL cluster for the CRM with TLS only (a CA and
a certificate made here; tests/crm_source.py), builds the demo CRM in it (scripts/crm_demo_db.py) with the
company's export views and read-only role, creates a fresh SAV database on the local PostgreSQL
(`--sav-database`, default sav_bench_crm on 127.0.0.1:5432), and runs the pull connector in this process
through the demo mapping, over `sslmode=verify-full`:
1. a full sync into the empty SAV (every row created);
2. a second full sync (every row read, none written: the fingerprints match);
3. `touch` of --changed (1 %) of the CRM's rows, then an incremental sync.
Both databases share the machine's cores with this process.
"""

import argparse
import os
import secrets
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "server"))

from scripts.crm_source.rows import Sizes  # noqa: E402
from tests.crm_source import CrmCluster, CrmSource, postgres_bindir  # noqa: E402


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--orders", type=int, default=300_000)
    parser.add_argument("--deliveries", type=int, default=500_000)
    parser.add_argument("--changed", type=float, default=0.01, help="share of rows changed before the incremental")
    parser.add_argument("--sav-database", default="sav_bench_crm")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432", help="the SAV's PostgreSQL server")
    return parser.parse_args()


def fresh_sav_database(server: str, name: str) -> str:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def rows_read(run) -> int:
    return sum(counts["created"] + counts["updated"] + counts["unchanged"] + counts["refused"]
               for counts in run.per_entity.values())


def report(title: str, run, seconds: float) -> None:
    read = rows_read(run)
    print(f"\n{title}: {run.status} in {seconds:.2f} s — {read:,} rows read, {read / seconds:,.0f} rows/s"
          + (f"  ERROR {run.error}" if run.error else ""))
    print(f"  {'entity':<20}{'created':>10}{'updated':>10}{'unchanged':>11}{'deactivated':>12}{'refused':>9}")
    for entity, counts in run.per_entity.items():
        print(f"  {entity:<20}{counts['created']:>10,}{counts['updated']:>10,}{counts['unchanged']:>11,}"
              f"{counts['deactivated']:>12,}{counts['refused']:>9,}")


def main() -> int:
    args = parse_args()
    bindir = postgres_bindir()
    if bindir is None:
        print("PostgreSQL's server binaries (initdb, postgres) are needed", file=sys.stderr)
        return 2
    sizes = Sizes(customers=args.customers, contacts=args.contacts, orders=args.orders, deliveries=args.deliveries)
    cluster = CrmCluster(bindir)
    cluster.start()
    try:
        with cluster.connect("postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE crm")
        source = CrmSource(cluster, reader_password=secrets.token_urlsafe(18), sizes=sizes,
                           as_of=datetime.now(UTC).replace(microsecond=0))
        started = time.perf_counter()
        source.rebuild()
        print(f"CRM built with TLS on port {source.port}: {sizes} in {time.perf_counter() - started:.1f} s")

        os.environ.update({
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DATABASE_URL": fresh_sav_database(args.pg, args.sav_database),
            "SAV_CRM_DATABASE_URL": source.reader_dsn,
            "SAV_CRM_MAPPING": str(REPO / "server" / "crm" / "mappings" / "origyne-demo.toml"),
            "SAV_EMBEDDED_WORKERS": "false",
            "SAV_DEBUG": "false",
            "SAV_SECRET_KEY": secrets.token_urlsafe(50),
            "SAV_ALLOWED_HOSTS": "localhost",
        })
        import django

        django.setup()
        from django.core.management import call_command

        from crm.sync.pull.connector import crm_pull

        call_command("migrate", verbosity=0)
        for title, full in (("full sync into an empty SAV", True), ("full sync again (nothing changed)", True)):
            started = time.perf_counter()
            run = crm_pull(full=full)
            report(title, run, time.perf_counter() - started)
        touched = source.touch(args.changed)
        print(f"\nchanged in the CRM ({args.changed:.0%}): {touched}")
        started = time.perf_counter()
        run = crm_pull(full=False)
        report("incremental sync", run, time.perf_counter() - started)
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

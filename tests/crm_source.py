"""A real "CRM" PostgreSQL for tests: a throw-away cluster that accepts only TLS, with a certificate for
crm.origyne.test from a CA made here, holding a small demo CRM (scripts/crm_demo_db.py) and the company's
export views and read-only role (scripts/crm_source/source_side.sql).

Fixtures (tests/server/crm/sync/conftest.py brings them in; elsewhere `from tests.crm_source import …`):
- `crm_source` (session): a CrmSource, the connection facts and helpers. Read it, do not change it.
- `crm_source_to_change`: the same CRM, for a test that changes rows: it is rebuilt after the test.

The cluster runs as the `postgres` OS user when the tests run as root (initdb and postgres refuse root),
in its own process group; it is stopped at the end of the session, at exit, and by the kernel if the test
process dies (parent-death signal). Without PostgreSQL's server binaries the fixtures skip."""

import atexit
import contextlib
import datetime
import os
import pwd
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from scripts import crm_demo_db
from scripts.crm_source.rows import Sizes
from tests.live_server import free_port

CRM_HOST = "crm.origyne.test"
DATABASE = "crm"
SUPERUSER = "postgres"
SIZES = Sizes(customers=40, contacts=120, orders=300, deliveries=400)
SEED = 2026
CLUSTER_PREFIX = "sav-crm-pg-"
STALE_AFTER_SECONDS = 600

POSTGRESQL_CONF = """
# The CRM server as the company runs it for the SAV: TLS only, on one address.
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{socket_dir}'
ssl = on
ssl_cert_file = '{cert}'
ssl_key_file = '{key}'
ssl_min_protocol_version = 'TLSv1.2'
password_encryption = 'scram-sha-256'
# A throw-away cluster: speed over durability.
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 40
shared_buffers = '32MB'
"""
PG_HBA_CONF = """
# TYPE    DATABASE  USER      ADDRESS       METHOD
# The tests' superuser, through the socket in the cluster's private directory.
local     all       {superuser}                 trust
# Over TCP: TLS and a SCRAM password, or nothing.
hostssl   all       all       127.0.0.1/32  scram-sha-256
hostnossl all       all       0.0.0.0/0     reject
hostnossl all       all       ::/0          reject
"""


def postgres_bindir() -> Path | None:
    """Where initdb and postgres are: `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin."""
    candidates = []
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        candidates.append(Path(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                              check=True).stdout.strip()))
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name)
                      if path.parent.name.isdigit() else 0, reverse=True)
    candidates += versions
    return next((path for path in candidates if (path / "initdb").exists() and (path / "postgres").exists()), None)


@dataclass(frozen=True)
class Certificates:
    ca: Path  # the company's CA, which the SAV trusts
    wrong_ca: Path  # another CA, which signed nothing the server shows
    server_cert: Path
    server_key: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Origyne (tests)"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(subject: str, key, issuer: str, issuer_key, *, ca: bool, host: str | None = None):
    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(hours=1)).not_valid_after(now + datetime.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                              critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False),
            critical=True)
    else:
        builder = (builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False))
    return builder.sign(issuer_key, hashes.SHA256())


def make_certificates(folder: Path, host: str = CRM_HOST) -> Certificates:
    """The company's CA and the CRM server's certificate for `host`, plus an unrelated CA."""
    pem = serialization.Encoding.PEM
    ca_key, wrong_key, server_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    ca = _certificate("Origyne test CA", ca_key, "Origyne test CA", ca_key, ca=True)
    wrong = _certificate("Someone else's CA", wrong_key, "Someone else's CA", wrong_key, ca=True)
    server = _certificate(host, server_key, "Origyne test CA", ca_key, ca=False, host=host)
    files = Certificates(folder / "ca.pem", folder / "wrong-ca.pem", folder / "server.crt", folder / "server.key")
    files.ca.write_bytes(ca.public_bytes(pem))
    files.wrong_ca.write_bytes(wrong.public_bytes(pem))
    files.server_cert.write_bytes(server.public_bytes(pem))
    files.server_key.write_bytes(server_key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    files.server_key.chmod(0o600)  # the server refuses a key others can read
    return files


def _temporary_root() -> str:
    """A temporary directory the postgres user can reach when we are root (some systems close /tmp to others)."""
    if os.geteuid() != 0:
        return tempfile.gettempdir()
    for candidate in (tempfile.gettempdir(), "/var/tmp", "/dev/shm"):
        path = Path(candidate)
        if path.is_dir() and all(ancestor.stat().st_mode & stat.S_IXOTH for ancestor in (path, *path.parents)):
            return candidate
    pytest.skip("no temporary directory the postgres OS user can reach")


def _remove_stale_clusters(root: Path) -> None:
    """Directories of clusters whose test run was killed (no exit handler ran): no postmaster lives in
    them and they are old enough not to belong to a run that is starting now."""
    for folder in root.glob(f"{CLUSTER_PREFIX}*"):
        with contextlib.suppress(OSError):
            if time.time() - folder.stat().st_mtime < STALE_AFTER_SECONDS:
                continue
            pid_file = folder / "data" / "postmaster.pid"
            if pid_file.exists():
                with contextlib.suppress(ProcessLookupError, ValueError):
                    os.kill(int(pid_file.read_text().split()[0]), 0)
                    continue  # its postmaster still runs
            shutil.rmtree(folder, ignore_errors=True)


def _parent_death_signal() -> None:
    """Runs in the server child (after it became the postgres user, which clears the setting): the kernel
    sends the postmaster SIGINT (fast shutdown) when the test process dies, even by a hard crash."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGINT)


class CrmCluster:
    """A PostgreSQL cluster of its own in a temporary directory, TLS only, started and stopped here."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = free_port()
        root = _temporary_root()
        _remove_stale_clusters(Path(root))
        self.base = Path(tempfile.mkdtemp(prefix=CLUSTER_PREFIX, dir=root))
        self.data = self.base / "data"
        self.process: subprocess.Popen | None = None
        self.certificates = make_certificates(self.base)
        self.as_user = {}
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            postgres = pwd.getpwnam("postgres")
            self.as_user = {"user": postgres.pw_uid, "group": postgres.pw_gid, "extra_groups": []}
            for path in (self.base, *self.base.iterdir()):
                os.chown(path, postgres.pw_uid, postgres.pw_gid)
        atexit.register(self.stop)

    def start(self, *, timeout: float = 30.0) -> None:
        initdb = subprocess.run(
            [self.bindir / "initdb", "-D", self.data, "-U", SUPERUSER, "-E", "UTF8", "--locale=C", "--no-sync",
             "--auth=reject"],
            cwd=self.base, capture_output=True, text=True, **self.as_user,
        )
        if initdb.returncode:
            raise RuntimeError(f"initdb failed:\n{initdb.stdout}{initdb.stderr}")
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(POSTGRESQL_CONF.format(port=self.port, socket_dir=self.base,
                                              cert=self.certificates.server_cert, key=self.certificates.server_key))
        (self.data / "pg_hba.conf").write_text(PG_HBA_CONF.format(superuser=SUPERUSER))
        log = (self.base / "postgres.log").open("ab")
        self.process = subprocess.Popen(
            [self.bindir / "postgres", "-D", self.data], cwd=self.base, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True, preexec_fn=_parent_death_signal, **self.as_user,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the CRM's PostgreSQL stopped at start:\n{self.log()}")
            with contextlib.suppress(psycopg.OperationalError), self.connect("postgres"):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the CRM's PostgreSQL did not start in {timeout:.0f} s:\n{self.log()}")

    def log(self) -> str:
        path = self.base / "postgres.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def superuser_dsn(self, database: str = DATABASE) -> str:
        return f"postgresql://{SUPERUSER}@/{database}?host={quote(str(self.base))}&port={self.port}"

    def connect(self, database: str = DATABASE, **options) -> psycopg.Connection:
        return psycopg.connect(self.superuser_dsn(database), connect_timeout=5, **options)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            try:
                process.send_signal(signal.SIGINT)  # fast shutdown: backends end, nothing is written for later
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        shutil.rmtree(self.base, ignore_errors=True)


@dataclass
class CrmSource:
    """Everything a test needs to reach the CRM as the SAV does, and to change it as the company does."""

    cluster: CrmCluster
    reader_password: str
    as_of: datetime.datetime  # the demo data's "now": every date in it is at most this
    host: str = CRM_HOST
    database: str = DATABASE
    reader_user: str = crm_demo_db.READER_ROLE
    sizes: Sizes = SIZES
    seed: int = SEED

    @property
    def port(self) -> int:
        return self.cluster.port

    @property
    def ca_file(self) -> Path:
        return self.cluster.certificates.ca

    @property
    def wrong_ca_file(self) -> Path:
        return self.cluster.certificates.wrong_ca

    @property
    def reader_params(self) -> dict[str, str]:
        """The SAV's connection: the host name the certificate must name, resolved to loopback by hostaddr."""
        return {"host": self.host, "hostaddr": "127.0.0.1", "port": str(self.port), "dbname": self.database,
                "user": self.reader_user, "password": self.reader_password, "sslmode": "verify-full",
                "sslrootcert": str(self.ca_file)}

    @property
    def reader_dsn(self) -> str:
        return self.reader_dsn_with()

    def reader_dsn_with(self, **changes: str | None) -> str:
        """The reader's DSN with some parameters changed (None removes one), e.g. sslrootcert=the wrong CA."""
        params = {key: value for key, value in {**self.reader_params, **changes}.items() if value is not None}
        user, password, host = quote(params.pop("user")), quote(params.pop("password"), safe=""), params.pop("host")
        port, database = params.pop("port"), params.pop("dbname")
        return f"postgresql://{user}:{password}@{host}:{port}/{database}?{urlencode(params)}"

    @property
    def superuser_dsn(self) -> str:
        return self.cluster.superuser_dsn()

    def superuser(self) -> psycopg.Connection:
        """A superuser connection (through the cluster's socket) to change the CRM's tables (schema crm)."""
        return self.cluster.connect()

    def touch(self, fraction: float, *, seed: int = 1) -> dict[str, int]:
        with self.superuser() as conn:
            return crm_demo_db.touch(conn, fraction, seed=seed)

    def change(self, entity: str, external_id: str, **columns: object) -> None:
        with self.superuser() as conn:
            crm_demo_db.change(conn, entity, external_id, **columns)

    def deactivate(self, entity: str, external_id: str) -> None:
        with self.superuser() as conn:
            crm_demo_db.deactivate(conn, entity, external_id)

    def reactivate(self, entity: str, external_id: str) -> None:
        with self.superuser() as conn:
            crm_demo_db.reactivate(conn, entity, external_id)

    def delete(self, entity: str, external_id: str) -> None:
        with self.superuser() as conn:
            crm_demo_db.delete(conn, entity, external_id)

    def rebuild(self) -> None:
        """The demo CRM again as it was at the start of the session (same seed, same `as_of`)."""
        with self.superuser() as conn:
            crm_demo_db.drop(conn)
            crm_demo_db.build(conn, self.sizes, seed=self.seed, as_of=self.as_of)
            crm_demo_db.apply_source_side(conn, reader_password=self.reader_password)


def start_crm_source() -> CrmSource:
    """Starts the cluster and builds the CRM in it; skips the calling test when that is impossible here."""
    bindir = postgres_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL's server binaries (initdb, postgres) are not installed")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root without a `postgres` OS user to run PostgreSQL as")
    cluster = CrmCluster(bindir)
    try:
        cluster.start()
        with cluster.connect("postgres", autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {DATABASE}")
        source = CrmSource(cluster, reader_password=secrets.token_urlsafe(18),
                           as_of=datetime.datetime.now(datetime.UTC).replace(microsecond=0))
        source.rebuild()
    except BaseException:
        cluster.stop()
        raise
    return source


@pytest.fixture(scope="session")
def crm_source() -> Iterator[CrmSource]:
    source = start_crm_source()
    yield source
    source.cluster.stop()


@pytest.fixture
def crm_source_to_change(crm_source: CrmSource) -> Iterator[CrmSource]:
    yield crm_source
    crm_source.rebuild()


if __name__ == "__main__":  # a CRM to look at by hand: prints how to reach it, runs until Ctrl-C
    running = start_crm_source()
    print(f"reader:    {running.reader_dsn}\nsuperuser: {running.superuser_dsn}", file=sys.stderr)
    with contextlib.suppress(KeyboardInterrupt):
        signal.pause()
    running.cluster.stop()

"""Fixtures of the link tests: a private socket name per test (never the user's real one)."""

import shutil
import tempfile
from pathlib import Path

import pytest


@pytest.fixture
def runtime_dir():
    """A short private directory like $XDG_RUNTIME_DIR (a socket path must stay under ~100 bytes)."""
    path = Path(tempfile.mkdtemp(prefix="sav-links-"))
    path.chmod(0o700)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def socket_name(runtime_dir) -> str:
    return str(runtime_dir / "sav.sock")


@pytest.fixture
def instances(socket_name):
    """`instances()` → a SingleInstance on this test's socket, closed at teardown."""
    from desktop.links.single_instance import SingleInstance

    made = []

    def make(name: str | None = None):
        instance = SingleInstance(name or socket_name)
        made.append(instance)
        return instance

    yield make
    for instance in made:
        instance.close()
        instance.deleteLater()

"""A fresh installation finds every local directory it needs, private to the server's user."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.data_dirs import ensure_private_dir

REPO = Path(__file__).resolve().parents[3]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def embedded_env(data_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SAV_", "DATABASE_URL", "REDIS_URL"))}
    env["SAV_DATA_DIR"] = str(data_dir)
    return env


def test_migrate_on_a_fresh_data_directory_creates_it_and_its_private_subdirectories(tmp_path):
    data_dir = tmp_path / "not" / "there" / "var"

    result = subprocess.run(
        [sys.executable, "server/manage.py", "migrate", "--noinput"],
        cwd=REPO,
        env=embedded_env(data_dir),
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    assert (data_dir / "sav.sqlite3").is_file()
    for directory in (data_dir, data_dir / "mail", data_dir / "attachments", data_dir / "static"):
        assert directory.is_dir()
        assert mode_of(directory) == 0o700, directory


def test_it_narrows_a_directory_others_could_read(tmp_path):
    directory = tmp_path / "var"
    directory.mkdir(mode=0o755)
    directory.chmod(0o755)

    ensure_private_dir(directory)

    assert mode_of(directory) == 0o700


def test_it_explains_a_data_directory_that_is_a_file(tmp_path):
    occupied = tmp_path / "var"
    occupied.write_text("not a directory")

    with pytest.raises(ImproperlyConfigured, match="var"):
        ensure_private_dir(occupied)

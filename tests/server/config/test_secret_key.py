"""The embedded mode signs with a key of its own installation, never with one written in the code."""

import ast
import json
import os
import stat
import subprocess
import sys
import threading
import time
import uuid
import warnings
from pathlib import Path

import jwt
import pytest
from django.core.exceptions import ImproperlyConfigured
from jwt.warnings import InsecureKeyLengthWarning

from config.secret_key import KEY_FILE_NAME, installation_secret_key

REPO = Path(__file__).resolve().parents[3]
SOURCE_DIRS = ("server", "scripts", "bench", "tests", "desktop", "shared_schemas")

# Loads the settings as a server process would, then reports its keys and which of the tokens given
# on standard input its JWT authentication accepts.
PROBE = """
import json, sys
import django
django.setup()
from django.conf import settings
from core.authentication import UserJWTAuthentication
accepted = []
for token in json.load(sys.stdin):
    try:
        UserJWTAuthentication().get_validated_token(token.encode())
    except Exception:
        continue
    accepted.append(token)
print(json.dumps({"secret_key": settings.SECRET_KEY, "signing_key": settings.SIMPLE_JWT["SIGNING_KEY"],
                  "accepted": accepted}))
"""


def server_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SAV_", "DATABASE_URL", "REDIS_URL"))}
    return {**env, "SAV_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "config.settings", **extra}


def probe(data_dir: Path, tokens: list[str] = (), **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO / "server", env=server_env(data_dir, **extra),
        input=json.dumps(list(tokens)), capture_output=True, text=True, timeout=120,
    )


def keys_of(data_dir: Path, tokens: list[str] = (), **extra: str) -> dict:
    result = probe(data_dir, tokens, **extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def strings_in_the_source() -> set[str]:
    """Every string literal of the project's Python files long enough to be a signing key (a test's
    lone surrogate is no key: it cannot even be encoded)."""
    found = set()
    for directory in SOURCE_DIRS:
        for path in (REPO / directory).rglob("*.py"):
            if ".venv" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 16 \
                        and _encodable(node.value):
                    found.add(node.value)
    return found


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def access_token_signed_with(key: str) -> str:
    now = int(time.time())
    claims = {"token_type": "access", "exp": now + 300, "iat": now, "jti": uuid.uuid4().hex, "user_id": "1"}
    with warnings.catch_warnings(category=InsecureKeyLengthWarning, action="ignore"):  # short strings too
        return jwt.encode(claims, key, algorithm="HS256")


def test_two_installations_get_two_keys_that_each_start_keeps(tmp_path):
    first = keys_of(tmp_path / "first")
    second = keys_of(tmp_path / "second")

    assert first["secret_key"] != second["secret_key"]
    assert first["signing_key"] == first["secret_key"]
    assert keys_of(tmp_path / "first")["secret_key"] == first["secret_key"]
    assert len(first["secret_key"]) >= 50


def test_the_key_file_is_readable_by_the_server_user_only_in_a_private_directory(tmp_path):
    data_dir = tmp_path / "fresh" / "var"

    keys_of(data_dir)

    assert stat.S_IMODE((data_dir / KEY_FILE_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(f".{KEY_FILE_NAME}")] == []


def test_a_token_signed_with_any_key_found_in_the_source_is_refused(tmp_path):
    candidates = sorted(strings_in_the_source())
    own = keys_of(tmp_path / "var")
    assert own["secret_key"] not in candidates

    checked = keys_of(tmp_path / "var", [access_token_signed_with(key) for key in candidates])

    assert len(candidates) > 100
    assert checked["accepted"] == []
    assert keys_of(tmp_path / "var", [access_token_signed_with(own["signing_key"])])["accepted"]


def test_sav_secret_key_wins_and_no_key_file_is_made(tmp_path):
    given = "given-by-the-operator-" + "k" * 40

    keys = keys_of(tmp_path / "var", SAV_SECRET_KEY=given)

    assert keys["secret_key"] == given
    assert not (tmp_path / "var" / KEY_FILE_NAME).exists()


def test_production_without_sav_secret_key_refuses_to_start(tmp_path):
    result = probe(tmp_path / "var", SAV_DEBUG="false", SAV_ALLOWED_HOSTS="sav.example")

    assert result.returncode != 0
    assert "SAV_SECRET_KEY must be set" in result.stderr
    assert not (tmp_path / "var" / KEY_FILE_NAME).exists()


def test_processes_starting_together_agree_on_one_key(tmp_path):
    keys, start = [], threading.Barrier(8)

    def first_start():
        start.wait()
        keys.append(installation_secret_key(tmp_path / "var"))

    threads = [threading.Thread(target=first_start) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(keys) == 8
    assert len(set(keys)) == 1


def test_a_key_file_others_could_read_is_narrowed(tmp_path):
    key = installation_secret_key(tmp_path)
    (tmp_path / KEY_FILE_NAME).chmod(0o644)

    assert installation_secret_key(tmp_path) == key
    assert stat.S_IMODE((tmp_path / KEY_FILE_NAME).stat().st_mode) == 0o600


def test_an_emptied_key_file_is_explained_not_replaced(tmp_path):
    (tmp_path / KEY_FILE_NAME).write_text("\n")

    with pytest.raises(ImproperlyConfigured, match="SAV_SECRET_KEY"):
        installation_secret_key(tmp_path)

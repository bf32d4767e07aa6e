"""The embedded mode's signing key: made once per installation and kept in its data directory.

A key written in the code would be the same for every installation, so anyone who read the source
could sign an access token for any account of any embedded server. Instead the first start draws
a random key and writes it to `<SAV_DATA_DIR>/secret_key` (0600, in a 0700 directory); every later
start, and every process of the installation, reads that file. SAV_SECRET_KEY, when set, wins and
this file is never made (production must set it: settings refuse to start without it)."""

import contextlib
import os
import secrets
import stat
import tempfile
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from config.data_dirs import ensure_private_dir

KEY_FILE_NAME = "secret_key"
KEY_FILE_MODE = 0o600
# Django's check (security.W009) wants at least 50 characters; 48 random bytes give 64.
KEY_BYTES = 48
MIN_KEY_LENGTH = 50


def installation_secret_key(data_dir: Path) -> str:
    """The key of the installation whose data lives in `data_dir`, created at the first call."""
    ensure_private_dir(data_dir)
    path = data_dir / KEY_FILE_NAME
    if not path.exists():
        _create(path)
    return _read(path)


def _create(path: Path) -> None:
    """Write a new key beside `path`, then link it into place: the file appears whole or not at all,
    and when two processes start at once the first link wins and both read the same key."""
    descriptor, draft = tempfile.mkstemp(prefix=f".{KEY_FILE_NAME}-", dir=path.parent)  # created 0600
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(secrets.token_urlsafe(KEY_BYTES) + "\n")
            file.flush()
            os.fsync(file.fileno())
        with contextlib.suppress(FileExistsError):  # another process made it first: its key is the one
            os.link(draft, path)
    finally:
        os.unlink(draft)


def _read(path: Path) -> str:
    info = path.stat()
    if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
        path.chmod(KEY_FILE_MODE)  # restored from a copy that others could read
    key = path.read_text(encoding="ascii").strip()
    if len(key) < MIN_KEY_LENGTH:
        raise ImproperlyConfigured(
            f"{path} holds no usable signing key; delete it to make a new one (every session ends) "
            "or set SAV_SECRET_KEY"
        )
    return key

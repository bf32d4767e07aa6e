"""The local directories the server writes to, created at start with private modes.

The embedded mode keeps its database, e-mail files, attachments and static files under
`SAV_DATA_DIR` (`var/` by default), which a fresh clone does not have. Settings call
`ensure_private_dirs` with the directories the configuration actually uses, so the first
`manage.py migrate` of a new installation finds them, and nobody but the server's user can
read what they hold (the database, the signing key, customers' files)."""

import os
import stat
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

PRIVATE_DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and missing parents) readable by the server's user only.

    A directory that already exists and belongs to this user is narrowed to 0700 if others could
    read it (an installation made before this rule); one that belongs to someone else is left as
    its owner set it (a deployment's volume)."""
    try:
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        info = path.stat()
    except OSError as exc:
        raise ImproperlyConfigured(f"cannot create the data directory {path}: {exc.strerror}") from exc
    if not stat.S_ISDIR(info.st_mode):
        raise ImproperlyConfigured(f"{path} should be a directory")
    if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
        path.chmod(PRIVATE_DIR_MODE)


def ensure_private_dirs(*paths: Path | None) -> None:
    for path in paths:
        if path is not None:
            ensure_private_dir(Path(path))

"""Typed helpers that read settings from the environment and fail loudly on bad values.

Every setting the project reads is listed in README.md ("Configuration").
"""

import os
from collections.abc import Callable
from pathlib import Path


class ImproperlyConfiguredEnv(RuntimeError):
    """An environment variable holds a value the server cannot use."""


def _load_dotenv(path: Path) -> None:
    """Fill os.environ from a `.env` file without overriding what is already set."""
    if not path.is_file():
        return
    for raw_line in path.read_text(encoding="utf-8").splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        os.environ.setdefault(key.strip(), value.strip().strip("'\""))


def envstr(name: str, default: str) -> str:
    return os.environ.get(name, default)


def envbool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfiguredEnv(f"{name} must be a boolean (true/false), got {raw!r}")


def envint(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ImproperlyConfiguredEnv(f"{name} must be an integer, got {raw!r}") from exc
    if minimum is not None and value < minimum:
        raise ImproperlyConfiguredEnv(f"{name} must be >= {minimum}, got {value}")
    return value


def envlist(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def envsecret(name: str, *, debug_default: Callable[[], str], debug: bool) -> str:
    """A secret that may fall back to `debug_default()` only when DEBUG is on (called only then)."""
    value = os.environ.get(name, "")
    if value:
        return value
    if debug:
        return debug_default()
    raise ImproperlyConfiguredEnv(f"{name} must be set when SAV_DEBUG is off")

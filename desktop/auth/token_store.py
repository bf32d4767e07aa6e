"""The refresh token lives in the operating system's keyring (Secret Service, macOS Keychain,
Windows Credential Locker) — never in a plain file. Backends that store secrets in clear text
or that do not work are refused, and the user is told that "stay signed in" is unavailable."""

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "origyne-sav"

# Backends that keep secrets readable on disk or that cannot store anything at all.
_UNSAFE_BACKENDS = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",
}


class SecureStorageUnavailable(RuntimeError):
    """No secure keyring on this machine."""


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _chosen_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    return list(getattr(backend, "backends", [backend]))


class TokenStore:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def is_available(self) -> bool:
        backends = _chosen_backends(self.backend)
        return bool(backends) and all(_backend_name(b) not in _UNSAFE_BACKENDS for b in backends)

    @staticmethod
    def account(server_url: str, email: str) -> str:
        return f"{server_url}|{email.strip().lower()}"

    def save(self, server_url: str, email: str, refresh_token: str) -> None:
        if not self.is_available():
            raise SecureStorageUnavailable(_backend_name(self.backend))
        try:
            self.backend.set_password(SERVICE, self.account(server_url, email), refresh_token)
        except keyring.errors.KeyringError as exc:
            raise SecureStorageUnavailable(str(exc)) from exc

    def load(self, server_url: str, email: str) -> str | None:
        if not self.is_available():
            return None
        try:
            return self.backend.get_password(SERVICE, self.account(server_url, email))
        except keyring.errors.KeyringError:
            return None

    def clear(self, server_url: str, email: str) -> None:
        if not self.is_available():
            return
        try:
            self.backend.delete_password(SERVICE, self.account(server_url, email))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError:
            pass

"""Writes of the accounts app, split by topic: sessions (JWT pairs), auth (sign-in, passwords),
reset_codes (e-mailed codes), users, roles, agents."""


class _Unset:
    """Marks an update argument that was not given (None is a value: "clear it")."""

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET = _Unset()

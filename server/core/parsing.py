"""Input rules shared by every app, and UNSET for an argument a caller did not give."""

from collections.abc import Iterable

from core.errors import ValidationFailed


class Unset:
    """The value of a service's optional argument the caller did not give: "leave it as it is" (None is a
    value: "clear it")."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET = Unset()


def refuse_query_parameters(query_params, allowed: Iterable[str] = ()) -> None:
    """A key outside `allowed` (by default: any key, for reads that take no parameter) is refused
    (`unknown_parameter`) rather than silently ignored, so a client never believes a filter or an
    ordering was applied."""
    allowed = set(allowed)
    unknown = sorted(str(key) for key in query_params if key not in allowed)
    if unknown:
        raise ValidationFailed(
            f"Unknown parameter: {', '.join(unknown)}.",
            code="unknown_parameter",
            errors={
                key: [{"code": "unknown_parameter", "message": "This parameter is not accepted."}] for key in unknown
            },
        )

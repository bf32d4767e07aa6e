"""Input rules shared by every app."""

from core.errors import ValidationFailed


def refuse_query_parameters(query_params) -> None:
    """For reads that take no parameter: a key is refused (`unknown_parameter`) rather than
    silently ignored, so a client never believes a filter or an ordering was applied."""
    unknown = sorted(str(key) for key in query_params)
    if unknown:
        raise ValidationFailed(
            f"Unknown parameter: {', '.join(unknown)}.",
            code="unknown_parameter",
            errors={
                key: [{"code": "unknown_parameter", "message": "This parameter is not accepted."}] for key in unknown
            },
        )

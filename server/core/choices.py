from enum import StrEnum


def choices_of(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """Model choices from a shared_schemas enum: the wire values are the database values."""
    return [(member.value, member.name.replace("_", " ").capitalize()) for member in enum]

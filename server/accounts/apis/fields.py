"""Input fields the accounts APIs share."""

from rest_framework import serializers


class PasswordField(serializers.CharField):
    """Passwords are taken as typed: never trimmed."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 256)
        kwargs.setdefault("trim_whitespace", False)
        kwargs.setdefault("style", {"input_type": "password"})
        super().__init__(**kwargs)


PHONE_VALIDATOR_REGEX = r"^[0-9+(). -]*$"


def phone_field(**kwargs) -> serializers.RegexField:
    return serializers.RegexField(
        PHONE_VALIDATOR_REGEX, max_length=30, allow_blank=True,
        error_messages={"invalid": "Digits, spaces and + ( ) . - only."}, **kwargs,
    )

"""Text people type on one line (a ticket subject, a name): refused when it holds a line break or another
control character, so it can never split an e-mail header, a CSV row or a log line, nor (through bidi
overrides) show something other than what it says. Formatting characters that scripts and emoji need
(zero-width joiners, left-to-right/right-to-left marks) stay allowed."""

import unicodedata

from rest_framework import serializers

# Cc: C0 (tab, line feed, escape…), DEL and C1 (NEL…); Cs: lone surrogates; Zl, Zp: U+2028, U+2029.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
# Embeddings, overrides and isolates reorder what follows them ("Trojan Source").
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

CONTROL_CHARACTERS = "control_characters"


def has_control_characters(value: str) -> bool:
    return any(char in _BIDI_CONTROLS or unicodedata.category(char) in _REFUSED_CATEGORIES for char in value)


def refuse_control_characters(value: str) -> None:
    if has_control_characters(value):
        raise serializers.ValidationError(
            "This field is one line: no line break, tab or other control character.", code=CONTROL_CHARACTERS
        )


class SingleLineField(serializers.CharField):
    """A CharField for one line of text (see the module's rule)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators.append(refuse_control_characters)


def one_line(text: str) -> str:
    """`text` as one header-safe line: every run of whitespace (line breaks included) becomes one
    space, any other control character goes. For e-mail subjects built from what users typed."""
    collapsed = " ".join(text.split())
    return "".join(char for char in collapsed if not has_control_characters(char))

"""One line of typed text: what is refused, what scripts and emoji keep, and the e-mail subject helper."""

import pytest
from rest_framework import serializers

from core.text import SingleLineField, has_control_characters, one_line


@pytest.mark.parametrize(
    "text",
    [
        "Panne\nsuite", "Panne\rsuite", "Panne\tE42", "\x00", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029",
        "Facture \u202efdp.exe", "\u202a", "\u2066x\u2069", "\ud800",
    ],
)
def test_line_breaks_controls_and_bidi_overrides_are_refused(text):
    assert has_control_characters(text)


@pytest.mark.parametrize(
    "text",
    [
        "Terminal de paiement en panne", "Boulangeries Martin & fils", "Éloïse Müller-Ødegaard",
        "مرحبا\u200f (SAV)", "Famille \U0001f468\u200d\U0001f469\u200d\U0001f467", "Prix\u00a0: 12\u202f€",
    ],
)
def test_text_of_every_script_and_emoji_is_one_line(text):
    assert not has_control_characters(text)


def test_the_field_refuses_with_a_stable_code_and_trims_like_any_char_field():
    class Form(serializers.Serializer):
        name = SingleLineField(max_length=20)

    refused, accepted = Form(data={"name": "Alice\nBcc: x"}), Form(data={"name": "  Alice Martin\n"})

    assert not refused.is_valid()
    assert refused.errors["name"][0].code == "control_characters"
    assert accepted.is_valid() and accepted.validated_data["name"] == "Alice Martin"


def test_one_line_folds_line_breaks_and_drops_other_controls():
    assert one_line("[SAV-1] Panne\r\nBcc: x@y.fr\u2028X:\x00 1\u202e") == "[SAV-1] Panne Bcc: x@y.fr X: 1"

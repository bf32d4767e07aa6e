import pytest

from desktop.links.parsing import (
    MAX_LINK_LENGTH,
    LinkRefused,
    NewTicketLink,
    Refusal,
    TicketLink,
    parse_link,
    read_link,
)


def refusal(text) -> Refusal:
    with pytest.raises(LinkRefused) as refused:
        parse_link(text)
    return refused.value.reason


def test_a_new_ticket_link_names_the_customer():
    assert parse_link("origyne-sav://tickets/new?customer=CRM-C01040") == NewTicketLink("CRM-C01040")


def test_a_new_ticket_link_may_name_an_order_or_a_delivered_product():
    assert parse_link("origyne-sav://tickets/new?customer=CRM-C01040&order=CMD-2026-0042") == NewTicketLink(
        "CRM-C01040", order="CMD-2026-0042"
    )
    assert parse_link("origyne-sav://tickets/new?delivered_product=TP25010001&customer=CRM-C01040") == NewTicketLink(
        "CRM-C01040", delivered_product="TP25010001"
    )


def test_a_ticket_link_names_its_reference_in_any_case():
    assert parse_link("origyne-sav://tickets/SAV-2026-000123") == TicketLink("SAV-2026-000123")
    assert parse_link("origyne-sav://tickets/sav-2026-000123") == TicketLink("SAV-2026-000123")


def test_the_scheme_and_the_host_are_read_in_any_case():
    assert parse_link("ORIGYNE-SAV://Tickets/new?customer=C1") == NewTicketLink("C1")


def test_values_are_percent_decoded_as_utf8_and_plus_is_a_space():
    link = parse_link("origyne-sav://tickets/new?customer=Soci%C3%A9t%C3%A9%20G%C3%A9n%C3%A9rale+%2B%26%3D")
    assert link == NewTicketLink("Société Générale +&=")


def test_surrounding_spaces_go_and_an_empty_order_or_delivered_product_is_not_given():
    link = parse_link("origyne-sav://tickets/new?customer=%20C1%20&order=&delivered_product=+")
    assert link == NewTicketLink("C1")


def test_one_trailing_slash_is_tolerated():
    assert parse_link("origyne-sav://tickets/new/?customer=C1") == NewTicketLink("C1")
    assert parse_link("origyne-sav://tickets/SAV-2026-000123/") == TicketLink("SAV-2026-000123")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", Refusal.MALFORMED),
        ("origyne-sav:tickets/new?customer=C1", Refusal.MALFORMED),
        ("origyne-sav://tickets/new?customer=C1#top", Refusal.MALFORMED),
        ("origyne-sav://tickets/new?customer=C%2", Refusal.MALFORMED),
        ("origyne-sav://tickets/new?customer=%C3%28", Refusal.MALFORMED),
        ("origyne-sav://tickets/new?customer=%FF", Refusal.MALFORMED),
        ("https://tickets/new?customer=C1", Refusal.UNKNOWN_SCHEME),
        ("origyne://tickets/new?customer=C1", Refusal.UNKNOWN_SCHEME),
        ("tickets/new?customer=C1", Refusal.UNKNOWN_SCHEME),
        ("javascript:alert(1)", Refusal.UNKNOWN_SCHEME),
        ("origyne-sav://admin/users", Refusal.UNKNOWN_PATH),
        ("origyne-sav://alice@tickets/new?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets:8000/new?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://%74ickets/new?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/open", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/new/extra?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets//new?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/../new?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/new/..?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/%2e%2e/new?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/./new?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/new%2F..?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/new%5C..?customer=C1", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/SAV-2026-12", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/SAV-26-000123", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/123", Refusal.UNKNOWN_PATH),
        ("origyne-sav://tickets/SAV-2026-000123?customer=C1", Refusal.UNKNOWN_PARAMETER),
        ("origyne-sav://tickets/new?customer=C1&subject=Urgent", Refusal.UNKNOWN_PARAMETER),
        ("origyne-sav://tickets/new?customer=C1&order", Refusal.UNKNOWN_PARAMETER),
        ("origyne-sav://tickets/new?Customer=C1", Refusal.UNKNOWN_PARAMETER),
        ("origyne-sav://tickets/new?customer=C1&&order=O1", Refusal.UNKNOWN_PARAMETER),
        ("origyne-sav://tickets/new?customer=C1&customer=C2", Refusal.REPEATED_PARAMETER),
        ("origyne-sav://tickets/new?customer=C1&order=&order=O1", Refusal.REPEATED_PARAMETER),
        ("origyne-sav://tickets/new", Refusal.MISSING_CUSTOMER),
        ("origyne-sav://tickets/new?customer=", Refusal.MISSING_CUSTOMER),
        ("origyne-sav://tickets/new?customer=%20%20", Refusal.MISSING_CUSTOMER),
        ("origyne-sav://tickets/new?order=O1", Refusal.MISSING_CUSTOMER),
        ("origyne-sav://tickets/new?customer=C1&order=O1&delivered_product=SN1", Refusal.ORDER_AND_DELIVERED_PRODUCT),
        ("origyne-sav://tickets/new?customer=" + "C" * 65, Refusal.VALUE_TOO_LONG),
        ("origyne-sav://tickets/new?customer=C1&order=" + "O" * 65, Refusal.VALUE_TOO_LONG),
        ("origyne-sav://tickets/new?customer=C1&delivered_product=" + "S" * 101, Refusal.VALUE_TOO_LONG),
        ("origyne-sav://tickets/new?customer=" + "%C3%A9" * 65, Refusal.VALUE_TOO_LONG),
        ("origyne-sav://tickets/new?customer=" + "C" * MAX_LINK_LENGTH, Refusal.TOO_LONG),
        ("origyne-sav://tickets/new?customer=C1%0A", Refusal.CONTROL_CHARACTERS),
        ("origyne-sav://tickets/new?customer=C1%0D%0AX-Injected:1", Refusal.CONTROL_CHARACTERS),
        ("origyne-sav://tickets/new?customer=C%001", Refusal.CONTROL_CHARACTERS),
        ("origyne-sav://tickets/new?customer=C1%09", Refusal.CONTROL_CHARACTERS),
        ("origyne-sav://tickets/new?customer=C1%C2%85", Refusal.CONTROL_CHARACTERS),
        ("origyne-sav://tickets/new?customer=C1%E2%80%A8", Refusal.CONTROL_CHARACTERS),
        ("origyne-sav://tickets/new?customer=%E2%80%AEC1", Refusal.CONTROL_CHARACTERS),
        ("origyne-sav://tickets/new?customer=C1\n", Refusal.CONTROL_CHARACTERS),
        ("origyne-sav://tickets/new?customer=C 1", Refusal.CONTROL_CHARACTERS),
        (" origyne-sav://tickets/new?customer=C1", Refusal.CONTROL_CHARACTERS),
        ("origyne-sav://tickets/new?customer=C1\udcff", Refusal.CONTROL_CHARACTERS),
    ],
)
def test_a_bad_link_is_refused_with_its_reason(text, reason):
    assert refusal(text) == reason


def test_what_is_not_text_is_refused():
    assert refusal(None) == Refusal.MALFORMED
    assert refusal(b"origyne-sav://tickets/new?customer=C1") == Refusal.MALFORMED


def test_read_link_gives_the_refusal_as_a_value():
    refused = read_link("origyne-sav://tickets/new?customer=C1&customer=C2")
    assert isinstance(refused, LinkRefused) and refused.reason == Refusal.REPEATED_PARAMETER
    assert read_link("origyne-sav://tickets/new?customer=C1") == NewTicketLink("C1")


def test_values_at_the_column_widths_are_accepted():
    link = parse_link(f"origyne-sav://tickets/new?customer={'C' * 64}&delivered_product={'S' * 100}")
    assert link == NewTicketLink("C" * 64, delivered_product="S" * 100)

from desktop.admin.crm.labels import entities_in_order, entity_label, format_duration, mode_label, reason_label


def test_a_duration_is_written_in_the_largest_units_that_read_well():
    assert format_duration(None) == "—"
    assert format_duration(850) == "850 ms"
    assert format_duration(12_400) == "12 s"
    assert format_duration(185_000) == "3 min 05 s"
    assert format_duration(3_720_000) == "1 h 02 min"


def test_codes_have_french_names_and_an_unknown_code_is_shown_as_sent():
    assert [entity_label(code) for code in entities_in_order([])] == [
        "Clients",
        "Interlocuteurs",
        "Articles",
        "Commandes",
        "Lignes de commande",
        "Produits livrés",
    ]
    assert mode_label("batch") == "Lot" and reason_label("unknown_parent") == "Parent inconnu"
    assert reason_label("a_newer_reason") == "a_newer_reason"


def test_an_entity_the_desktop_does_not_know_yet_is_listed_after_the_known_ones():
    assert entities_in_order(["warranties", "customers"])[-1] == "warranties"

"""Our deployment checks (`manage.py check --deploy`)."""

from core.checks import check_production_services


def ids(settings_changes, settings) -> set[str]:
    for name, value in settings_changes.items():
        setattr(settings, name, value)
    return {warning.id for warning in check_production_services(None)}


def test_the_in_memory_channel_layer_is_flagged_for_production(settings):
    assert "sav.W004" in ids({"SAV_CHANNEL_LAYER": "memory"}, settings)
    assert "sav.W004" not in ids({"SAV_CHANNEL_LAYER": "redis"}, settings)


def test_emails_written_to_files_are_flagged(settings):
    assert "sav.W003" in ids({"EMAIL_MODE": "file"}, settings)
    assert "sav.W003" not in ids({"EMAIL_MODE": "smtp"}, settings)

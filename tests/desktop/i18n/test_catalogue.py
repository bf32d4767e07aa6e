"""The English catalogue (desktop/i18n/sav_en.ts) covers every French string of the sources: a
new or changed string without its English translation fails here, not in front of a user."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.i18n import build, translator

CATALOGUE = build.I18N_DIR / "sav_en.ts"
PLACEHOLDER = re.compile(r"%n|%L?\d|\{\w+\}")
# (context, French source, English) — one per kind of call: self.tr, QCoreApplication.translate,
# QT_TRANSLATE_NOOP tables of the tickets and of the errors.
KNOWN = [
    ("SignInStep", "Se connecter", "Sign in"),
    ("TicketTableModel", "Statut", "Status"),
    ("tickets", "En attente client", "Waiting on customer"),
    ("tickets", "Clôturé", "Closed"),
    ("errors", "Adresse e-mail ou mot de passe incorrect.", "Incorrect email address or password."),
]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    """A copy of the catalogue refreshed from the current sources, as `build --update` would."""
    copy = tmp_path_factory.mktemp("i18n") / CATALOGUE.name
    shutil.copyfile(CATALOGUE, copy)
    subprocess.run(
        [build._tool("pyside6-lupdate"), *build.sources(), "-no-obsolete", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    return copy


def _messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_french_string_has_its_english_translation(regenerated):
    root = ET.parse(regenerated).getroot()
    assert (root.get("language"), root.get("sourcelanguage")) == ("en_US", "fr_FR")
    untranslated, mismatched = [], []
    for context, message in _messages(regenerated):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = (
            [translation.text]
            if message.get("numerus") != "yes"
            else [form.text for form in translation.iter("numerusform")]
        )
        if translation.get("type") is not None or not forms or not all(f and f.strip() for f in forms):
            untranslated.append(f"{context}: {source!r}")
            continue
        for form in forms:
            placeholders = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != placeholders or source.count("&") != form.count("&"):
                mismatched.append(f"{context}: {source!r} → {form!r}")
    assert not untranslated, (
        "French strings without English in desktop/i18n/sav_en.ts — run `python -m desktop.i18n.build --update` "
        "and translate them:\n" + "\n".join(untranslated)
    )
    assert not mismatched, "placeholders or accelerators differ from the French:\n" + "\n".join(mismatched)


@pytest.fixture
def compiled(regenerated, tmp_path):
    target = tmp_path / "sav_en.qm"
    subprocess.run(
        [build._tool("pyside6-lrelease"), "-silent", str(regenerated), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def test_the_compiled_catalogue_translates_into_english(qapp, compiled):
    english = QTranslator()
    assert english.load(str(compiled))
    for context, source, expected in KNOWN:
        assert english.translate(context, source) == expected


@pytest.fixture
def restored_language(qapp):
    """Leaves the application as the other tests expect it: French sources, no catalogue."""
    locale = QLocale()
    yield
    translator.install_language("fr")
    for installed in translator._installed:
        qapp.removeTranslator(installed)
    translator._installed.clear()
    QLocale.setDefault(locale)


def test_switching_the_language_to_english_and_back(qapp, compiled, monkeypatch, restored_language):
    monkeypatch.setattr(translator, "catalogue_path", lambda language: compiled)
    assert translator.install_language("en") == "en"
    assert QCoreApplication.translate("SignInStep", "Se connecter") == "Sign in"
    assert QCoreApplication.translate("tickets", "Clôturé") == "Closed"
    assert translator.install_language("fr") == "fr"
    assert QCoreApplication.translate("SignInStep", "Se connecter") == "Se connecter"

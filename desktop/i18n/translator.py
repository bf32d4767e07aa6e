"""Qt translation set-up. Source strings are French (the product speaks French first);
`sav_en.ts` holds the English catalogue, compiled to `.qm` by `python -m desktop.i18n.build`."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).parent
LANGUAGES = {"fr": "Français", "en": "English"}
_installed: list[QTranslator] = []


def catalogue_path(language: str) -> Path:
    return I18N_DIR / f"sav_{language}.qm"


def install_language(language: str) -> str:
    """Installs the catalogues of `language` ("fr" or "en") and returns the language in force."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "fr"
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_translations):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    if language != "fr":
        ours = QTranslator(app)
        if ours.load(str(catalogue_path(language))):
            app.installTranslator(ours)
            _installed.append(ours)
    return language

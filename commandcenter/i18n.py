"""Language: Chinese (zh_CN) where the locale is Chinese, English otherwise; ``--lang`` forces.

Translations are Qt's own: ``.ts`` sources made by pyside6-lupdate from the code, compiled to
``.qm`` by pyside6-lrelease (``make translations``).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from . import resources

log = logging.getLogger("models")

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None) -> str:
    """Translate ``text``; every call site passes a literal, so pyside6-lupdate finds it."""
    return QCoreApplication.translate("", text, disambiguation)


def choose(forced: str | None = None) -> str:
    if forced:
        return "zh_CN" if forced.lower().startswith("zh") else "en"
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install(app: QCoreApplication, language: str) -> None:
    """Load our translation and Qt's own for ``language`` (English needs none)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = QTranslator(app)
    if ours.load(str(resources.path("i18n", f"commandcenter_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled translation for %s (run `make translations`)", language)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)

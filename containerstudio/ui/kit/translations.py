"""The app's translations: for now, the English plural forms of its "%n …(s)" strings.

Qt words a count through `tr(text, "", n)`; the source text ("Inside: %n slip(s)") is a
key, and a translation gives each language its real plural forms ("1 slip", "2 slips").
English needs one too, or the key itself would show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from containerstudio.resources import resources_dir

ENGLISH_PLURALS = "containerstudio_en"
_OBJECT_NAME = "containerstudio_english_plurals"


def install_translations(app: QCoreApplication) -> QTranslator | None:
    """Install the shipped English plural forms once per application (later calls
    return the same translator); None when the file is missing (the keys then show)."""
    installed = app.findChild(QTranslator, _OBJECT_NAME)
    if installed is not None:
        return installed
    translator = QTranslator(app)
    translator.setObjectName(_OBJECT_NAME)
    if not translator.load(ENGLISH_PLURALS, str(resources_dir() / "translations")):
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator

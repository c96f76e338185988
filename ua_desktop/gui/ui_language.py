"""The language of the window: chosen by the user or taken from the
system, applied to our own messages (gettext), to Qt's built-in dialog
buttons (Qt's qtbase catalogs, or ours where Qt has none, as for Kyrgyz),
and to the layout direction (right to left for Arabic)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ua_desktop import i18n
from ua_desktop.i18n import N_

#: Window languages with a complete catalog, and their names in themselves.
UI_LANGUAGES = {
    "en": "English",
    "ru": "Русский",
    "ky": "Кыргызча",
    "fr": "Français",
    "es": "Español",
    "de": "Deutsch",
    "ar": "العربية",
}
RIGHT_TO_LEFT = {"ar"}
#: A font to put first for a window language whose script needs one (bundled).
SCRIPT_FONTS = {"ar": "Noto Naskh Arabic"}

#: Qt's standard button texts, translated through our own catalogs where
#: Qt ships no catalog of its own (Kyrgyz). Marked here for extraction.
STANDARD_BUTTONS = (N_("OK"), N_("Cancel"), N_("Close"), N_("Yes"), N_("No"), N_("Save"), N_("Open"),
                    N_("&Yes"), N_("&No"), N_("&OK"), N_("&Cancel"), N_("&Close"), N_("&Save"), N_("&Open"),
                    N_("Print"), N_("Discard"), N_("Apply"), N_("Help"))


class _StandardButtonTranslator(QTranslator):
    """Gives Qt's own standard buttons our catalog's words."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt's name)
        if source_text in STANDARD_BUTTONS:
            translated = i18n._(source_text)
            if translated != source_text:
                return translated
        return None


def available_languages() -> dict[str, str]:
    """The window languages whose catalogs are installed, English always."""
    from ua_desktop.paths import translations_dir

    installed = {path.parent.parent.name for path in translations_dir().glob(f"*/LC_MESSAGES/{i18n.DOMAIN}.mo")}
    known = {code: name for code, name in UI_LANGUAGES.items() if code == "en" or code in installed}
    return known | {code: code for code in sorted(installed - set(UI_LANGUAGES))}


def system_language() -> str:
    """The system's language if the window can speak it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in available_languages():
            return code
    return "en"


class UiLanguage:
    """Installs a window language into the running application."""

    def __init__(self, app: QApplication):
        self.app = app
        self._translators: list[QTranslator] = []
        self._base_families: list[str] | None = None

    def apply(self, code: str) -> str:
        if code not in available_languages():
            code = "en"
        code = i18n.set_language(code)
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        if code != "en":
            qt = QTranslator(self.app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{code}", folder):
                self._translators.append(qt)
            self._translators.append(_StandardButtonTranslator(self.app))
        for translator in self._translators:
            self.app.installTranslator(translator)
        self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                                    else Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale(code))  # dates and numbers in Qt's own widgets
        self._apply_font(code)
        return code

    def _apply_font(self, code: str) -> None:
        """Arabic text is taller than Latin text: with an Arabic font first,
        rows and labels are measured for it and nothing is cut off."""
        if self._base_families is None:
            self._base_families = list(self.app.font().families())
        font = QFont(self.app.font())  # keep the size the style chose
        font.setFamilies([SCRIPT_FONTS[code], *self._base_families] if code in SCRIPT_FONTS
                         else self._base_families)
        self.app.setFont(font)

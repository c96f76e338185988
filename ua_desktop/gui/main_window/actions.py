"""The window's menu actions, declared in one place with their keys."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ua_desktop.i18n import _


@dataclass
class WindowActions:
    open_case: QAction
    paste_sheet: QAction
    review_case: QAction
    open_sample: QAction
    save_letter: QAction
    print_letter: QAction
    save_pdf: QAction
    envelope: QAction
    labels: QAction
    print_envelope: QAction
    print_label: QAction
    signer_letters: QAction
    start_event: QAction
    quit: QAction
    copy_fax: QAction
    copy_email: QAction
    copy_email_text: QAction
    open_email: QAction
    page_a4: QAction
    page_letter: QAction
    forget_me: QAction
    reset_settings: QAction
    window_languages: dict[str, QAction]
    text_sizes: list[QAction]
    larger_text: QAction
    smaller_text: QAction
    about: QAction
    first_letter_help: QAction


def build_actions(window: QMainWindow, ui_language: str = "en") -> WindowActions:
    """The window's actions, its menu bar and its toolbar."""
    actions = _make_actions(window)
    _add_choice_groups(window, actions, ui_language)
    _add_menus(window, actions)
    return actions


def _make_actions(window: QMainWindow) -> WindowActions:
    def action(text: str, shortcut=None) -> QAction:
        act = QAction(text, window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        return act

    return WindowActions(
        open_case=action(_("&Open a case or sheet (PDF, Word, text)…"), QKeySequence.StandardKey.Open),
        paste_sheet=action(_("P&aste a case sheet…"), "Ctrl+Shift+V"),
        review_case=action(_("&Check or correct this case…")),
        open_sample=action(_("Open the sa&mple case")),
        save_letter=action(_("&Save letter…"), QKeySequence.StandardKey.Save),
        print_letter=action(_("&Print…"), QKeySequence.StandardKey.Print),
        save_pdf=action(_("Save as P&DF…")),
        envelope=action(_("&Envelope…")),
        labels=action(_("Address &label…")),
        print_envelope=action(_("Print the envelope…")),
        print_label=action(_("Print the address label…")),
        signer_letters=action(_("Le&tters for a list of signers…")),
        start_event=action(_("Start a letter-&writing event…")),
        quit=action(_("&Quit"), QKeySequence.StandardKey.Quit),
        copy_fax=action(_("Copy &fax number")),
        copy_email=action(_("Copy &email address")),
        copy_email_text=action(_("Copy &whole email")),
        open_email=action(_("Open in email &program")),
        page_a4=action(_("Paper size A4")),
        page_letter=action(_("Paper size US Letter")),
        forget_me=action(_("&Forget my details on this computer")),
        reset_settings=action(_("&Reset all settings…")),
        about=action(_("&About UA Desktop")),
        first_letter_help=action(_("&How to write your first letter"), QKeySequence.StandardKey.HelpContents),
        window_languages={},
        text_sizes=[],
        larger_text=action(_("Larger text"), QKeySequence.StandardKey.ZoomIn),
        smaller_text=action(_("Smaller text"), QKeySequence.StandardKey.ZoomOut),
    )


def _add_choice_groups(window: QMainWindow, actions: WindowActions, ui_language: str) -> None:
    """Text size, window language and paper size: one choice of several."""
    from ua_desktop.gui.text_size import NAMES

    size_group = QActionGroup(window)
    for name in NAMES:
        act = QAction(_(name), window)
        act.setCheckable(True)
        size_group.addAction(act)
        actions.text_sizes.append(act)
    from ua_desktop.gui.ui_language import available_languages

    language_group = QActionGroup(window)
    for code, name in available_languages().items():
        act = QAction(name, window)
        act.setCheckable(True)
        act.setChecked(code == ui_language)
        language_group.addAction(act)
        actions.window_languages[code] = act
    group = QActionGroup(window)
    for act in (actions.page_a4, actions.page_letter):
        act.setCheckable(True)
        group.addAction(act)


def _add_menus(window: QMainWindow, actions: WindowActions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(_("&File"))
    file_menu.addActions([actions.open_case, actions.paste_sheet, actions.open_sample, actions.review_case])
    file_menu.addSeparator()
    file_menu.addActions([actions.save_letter, actions.print_letter, actions.save_pdf])
    file_menu.addSeparator()
    file_menu.addActions([actions.envelope, actions.print_envelope, actions.labels, actions.print_label,
                          actions.signer_letters])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    event_menu = bar.addMenu(_("&Event"))  # one menu for events; the library adds its choice of cases
    event_menu.setObjectName("eventMenu")
    event_menu.addAction(actions.start_event)
    send_menu = bar.addMenu(_("Se&nd"))
    send_menu.addActions([actions.copy_fax, actions.copy_email, actions.copy_email_text, actions.open_email])
    settings_menu = bar.addMenu(_("Se&ttings"))
    settings_menu.addActions([actions.page_a4, actions.page_letter])
    settings_menu.addSeparator()
    sizes_menu = settings_menu.addMenu(_("Text size"))
    sizes_menu.addActions(actions.text_sizes)
    sizes_menu.addSeparator()
    sizes_menu.addActions([actions.larger_text, actions.smaller_text])
    languages_menu = settings_menu.addMenu(_("Language of the &window"))
    languages_menu.addActions(list(actions.window_languages.values()))
    settings_menu.addSeparator()
    settings_menu.addAction(actions.forget_me)
    settings_menu.addAction(actions.reset_settings)
    _add_toolbar(window, actions)
    help_menu = bar.addMenu(_("&Help"))
    help_menu.addAction(actions.first_letter_help)
    help_menu.addAction(actions.about)


def _add_toolbar(window: QMainWindow, actions: WindowActions) -> None:
    """One row of the most used actions, each with an icon and a word
    (the case library adds its own button to it)."""
    from PySide6.QtCore import Qt

    for act, text, theme, bundled in (
            (actions.open_case, _("Open"), "document-open", "open"),
            (actions.save_letter, _("Save"), "document-save", "save"),
            (actions.print_letter, _("Print"), "document-print", "print")):
        act.setIconText(text)
        act.setIcon(_toolbar_icon(theme, bundled))
    toolbar = window.addToolBar(_("Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    toolbar.addActions([actions.open_case, actions.save_letter, actions.print_letter])
    window.main_toolbar = toolbar


def _toolbar_icon(theme: str, bundled: str):
    """The icon theme's icon, or ours (resources/icons/toolbar: Qt's own
    standard icons, saved as files so the start needs no QStyle)."""
    from PySide6.QtGui import QIcon

    from ua_desktop.paths import resource

    fallback = QIcon()
    for path in sorted(resource("icons", "toolbar").glob(f"{bundled}-*.png")):
        fallback.addFile(str(path))
    return QIcon.fromTheme(theme, fallback)

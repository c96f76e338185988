"""One Event menu: starting an event and choosing its cases sit together,
not in File and Library (issue 15)."""

from PySide6.QtWidgets import QMenu


def test_one_event_menu_holds_everything_about_events(make_window):
    window = make_window()
    menus = {menu.title(): menu for menu in (action.menu() for action in window.menuBar().actions()) if menu}
    event = menus["&Event"]
    texts = [action.text() for action in event.actions()]
    assert texts == ["Start a letter-&writing event…", "Show &only the cases offered at the event"]
    for title in ("&File", "&Library"):
        assert not any("event" in action.text().lower() for action in menus[title].actions()), title
    bar = [action.text() for action in window.menuBar().actions()]
    assert bar.count("&Event") == 1 and bar.index("&Event") == bar.index("&Library") + 1

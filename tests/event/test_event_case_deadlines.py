"""The event's case list says each case's deadline."""


def test_the_case_list_shows_each_deadline(make_event_window):
    window = make_event_window()
    texts = [window.case_step.list.item(row).text() for row in range(window.case_step.list.count())]
    assert all("deadline" in text.casefold() for text in texts), texts

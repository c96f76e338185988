"""Pasted text laid out in columns goes through the same layout reading as a PDF."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ua_desktop.core.importer.extract.columns import split_columns

_line = st.lists(st.tuples(st.integers(1, 6), st.sampled_from(["Fax:", "Minister", "+7", "495", "Dear", "x@y.ru"])),
                 max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(_line, min_size=1, max_size=40))
def test_no_word_is_lost_or_repeated(rows):
    text = "\n".join("".join(" " * gap + word for gap, word in row) for row in rows)
    assert sorted(split_columns(text).split()) == sorted(text.split())


def test_two_addresses_typed_side_by_side_with_a_longer_left_one():
    text = "\n".join([
        "PLEASE SEND APPEALS TO:",
        "",
        "Minister of Justice              Prosecutor General",
        "Ivan Petrov                      Olga Smirnova",
        "Ulitsa 1                         Email: a@b.ru",
        "Fax: +7 495 1",
        "Salutation: Dear Minister",
        "",
        "Background information",
    ])
    assert split_columns(text).split("\n\n") == [
        "PLEASE SEND APPEALS TO:",
        "Minister of Justice\nIvan Petrov\nUlitsa 1\nFax: +7 495 1\nSalutation: Dear Minister",
        "Prosecutor General\nOlga Smirnova\nEmail: a@b.ru",
        "Background information"]

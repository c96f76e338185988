"""Properties that hold for any input: UA numbers, follow-up wording and
search folding."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outcomes import Outcomes
from library_helpers import make_case
from ua_desktop.core.library.store import CaseLibrary
from ua_desktop.core.library.entry import LibraryEntry
from ua_desktop.core.text import fold
from ua_desktop.core.case.ua_numbers import is_follow_up_wording, normalise_ua_number, ua_key

numbers = st.integers(min_value=1, max_value=999)
years = st.integers(min_value=0, max_value=99)
labels = st.sampled_from(["UA ", "UA: ", "ua", "AU ", "UA-", "UA no. ", "", "Further information on UA ",
                          "FI on UA ", "Third UA "])
separators = st.sampled_from(["/", " / ", "/ "])


@given(numbers, years, labels, separators, st.booleans())
def test_any_way_of_writing_a_number_gives_one_spelling(number, year, label, separator, long_year):
    written_year = f"20{year:02d}" if long_year else f"{year:02d}"
    text = f"{label}{number}{separator}{written_year}"
    expected = f"UA {number}/{year:02d}"
    assert normalise_ua_number(text) == expected
    assert normalise_ua_number(expected) == expected
    assert ua_key(text) == expected[3:]
    assert is_follow_up_wording(text) == label.startswith(("Further", "FI", "Third"))


#: Text around a number as sheets and people write it, beside any text at all.
text_with_a_number = st.builds(lambda before, label, number, year, separator, after:
                               f"{before}{label}{number}{separator}{year:02d}{after}",
                               st.text(max_size=40), labels, numbers, years, separators,
                               st.sampled_from(["", " ", ".", ", issued 2010", "\n"]))


def test_any_text_is_handled():
    """Any text gives no number or a number that is already in its one
    spelling; a real share of the examples carries a number, so that the
    second branch is tested too."""
    outcomes = Outcomes()

    @given(st.one_of(st.text(max_size=300), text_with_a_number))
    def run(text):
        number = normalise_ua_number(text)
        assert isinstance(is_follow_up_wording(text), bool)
        if number:
            assert normalise_ua_number(number) == number
            outcomes["number found"] += 1
        else:
            outcomes["no number"] += 1

    run()
    outcomes.check_share("number found", 0.25)


name_parts = st.text(alphabet=st.sampled_from(list("abcdeéèíñöøłšžçğıABCDÉÍÑÖŠЖжаяйё")), min_size=2, max_size=12)


@pytest.fixture(scope="module")
def empty_library(tmp_path_factory):
    return CaseLibrary(tmp_path_factory.mktemp("props") / "library")


def test_any_word_of_a_name_finds_the_case_in_any_case_and_without_accents(empty_library):
    outcomes = Outcomes()

    @settings(max_examples=60, deadline=None)
    @given(parts=st.lists(name_parts, min_size=1, max_size=3), data=st.data())
    def run(parts, data):
        name = " ".join(parts)
        entry = LibraryEntry.from_case("x", make_case(name), {})
        word = data.draw(st.sampled_from(parts))
        typed = data.draw(st.sampled_from([word, word.upper(), word.lower(), _without_accents(word)]))
        if fold(typed).strip():
            assert empty_library.search(typed, [entry]) == [entry]
            outcomes["searched"] += 1
        else:
            outcomes["nothing to search for"] += 1

    run()
    outcomes.check_share("searched", 0.9)


def _without_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))

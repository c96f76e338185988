"""`core.text.clean_line`'s quick way for plain ASCII gives what the full
cleaning gives."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ua_desktop.core.text import clean_line


def _fully_cleaned(value: str) -> str:
    value = "".join(" " if c in "\t\n\r\x0b\x0c\x85\u2028\u2029" else c for c in value)
    value = "".join(c for c in value if not (ord(c) < 0x20 or c in "\x7f\ufffe\uffff" or 0xD800 <= ord(c) <= 0xDFFF))
    return " ".join(unicodedata.normalize("NFC", value).split())


def test_any_text_is_cleaned_as_the_full_cleaning_does():
    quick: list[bool] = []

    @settings(max_examples=1500, deadline=None)
    @given(st.one_of(st.text(alphabet=st.sampled_from(" aZ9-,.'")),
                     st.text(alphabet=st.one_of(st.characters(max_codepoint=127), st.sampled_from("é\u0301\u2028ж")))))
    def check(value):
        assert clean_line(value) == _fully_cleaned(value)
        quick.append(value.isascii() and value.isprintable())

    check()
    assert sum(quick) >= 0.2 * len(quick)  # a real share went the quick way


def test_examples():
    assert clean_line("  Anna   Schmidt ") == "Anna Schmidt"
    assert clean_line("Anna\tSchmidt\n") == "Anna Schmidt"
    assert clean_line("A\x00nna") == "Anna"
    assert clean_line("Jose\u0301") == "José"

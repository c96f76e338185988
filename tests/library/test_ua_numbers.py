import pytest

from ua_desktop.core.case.ua_numbers import is_follow_up_wording, normalise_ua_number, ua_key


@pytest.mark.parametrize("text, expected", [
    ("UA 135/10", "UA 135/10"),
    ("UA: 135/10", "UA 135/10"),
    ("135/10", "UA 135/10"),
    (" 135 / 2010 ", "UA 135/10"),
    ("ua 135/2010", "UA 135/10"),
    ("AU 1/15", "UA 1/15"),
    ("UA-07/09", "UA 7/09"),
    ("Further information on UA 135/10", "UA 135/10"),
    ("FU UA 203/12 Index: AMR 41/071/2012", "UA 203/12"),
    ("third UA 60/16", "UA 60/16"),
])
def test_ua_numbers_are_written_one_way(text, expected):
    assert normalise_ua_number(text) == expected
    assert ua_key(text) == expected[3:]


@pytest.mark.parametrize("text", ["", "Life of human rights defender at risk", "3/4/2010", "UA 0/10",
                                  "EUR 58/007/2010"])
def test_text_without_a_ua_number(text):
    assert normalise_ua_number(text) == ""
    assert ua_key(text) == ""


@pytest.mark.parametrize("text", [
    "Further information on UA 135/10", "FURTHER INFORMATION ON UA 203/12 (AMR 41/049/2012)",
    "FI on UA 135/10", "FU UA 203/12", "third UA 60/16", "Second update on UA 60/16",
    "Follow-up to UA 12/19", "Complément d'information sur l'AU 1/15", "Más información sobre AU 188/16",
    "Weitere Informationen zu UA 2/14",
])
def test_follow_up_wording_is_recognised(text):
    assert is_follow_up_wording(text)


@pytest.mark.parametrize("text", ["UA 135/10", "Life of human rights defender at risk",
                                  "Activist released", "Information on the prisoner", ""])
def test_first_sheets_are_not_follow_ups(text):
    assert not is_follow_up_wording(text)

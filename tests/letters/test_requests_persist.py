"""Recognised requests live in the case file (format version 2): they are
written and read back unchanged, version 1 files still load (and are
recognised when needed), a newer kind is kept as words, and a damaged entry
gives the usual clear refusal."""

from __future__ import annotations

import json

import pytest

from ua_desktop.core.case.casefile import FORMAT_VERSION, CaseFileError, case_from_json, case_to_json, load_case
from ua_desktop.core.case.model import Ask
from ua_desktop.core.letters.requests.model import Request, UnrecognisedRequest, Who
from ua_desktop.core.letters.requests.of_case import requests_of
from ua_desktop.paths import sample_case_path


def _file(asks, version=FORMAT_VERSION):
    return json.dumps({"format": "ua-desktop-case", "version": version, "country": "Egypt",
                       "people": [{"name": "Noor Salem", "gender": "female"}, {"name": "Jonas Berg"}],
                       "asks": asks, "recipients": [{"name": "Minister"}]})


def test_requests_survive_a_save_and_a_load():
    case = load_case(sample_case_path())
    release = Request("release", who=Who(people=(0,)), qualifiers=frozenset({"immediately"}),
                      reason="prisoner_of_conscience", source_text="release him", confidence=0.75)
    work = Request("let_defenders_work", who=Who(group="defenders"), details={"occupation": "defenders,journalists"})
    asks = (Ask("release him", requests=(release, UnrecognisedRequest("rename the square", "and rename the square"))),
            Ask("let them work", requests=(work,)), Ask("I remind you", requests=()), Ask("not read yet"))
    again = case_from_json(case_to_json(case.with_changes(asks=asks)))
    assert again.asks == asks
    assert json.loads(case_to_json(again))["version"] == FORMAT_VERSION == 2


def test_the_bundled_case_carries_its_kinds():
    case = load_case(sample_case_path())
    assert [[r.kind for r in ask.requests] for ask in case.asks] == [
        ["release"], ["access_medical", "access_lawyer", "access_family"], ["investigate_torture"],
        ["return_property"], ["let_defenders_work"]]


def test_a_version_1_file_loads_and_is_recognised_when_needed():
    case = case_from_json(_file([{"text": "release Noor Salem immediately"}, "drop all charges against her"], 1))
    assert all(ask.requests is None for ask in case.asks)
    assert [r.kind for ask in case.asks for r in requests_of(ask, case)] == ["release", "drop_charges"]
    assert requests_of(case.asks[1], case)[0].who == Who(people=(0,))


def test_what_a_newer_version_writes_is_kept_as_words():
    case = case_from_json(_file([{"text": "x", "requests": [
        {"kind": "teleport", "source_text": "teleport her home"},
        {"kind": "release", "qualifiers": ["gently"], "source_text": "release her gently"},
        {"kind": "release", "who": {"people": [0, 7]}, "source_text": "release her"}]}]))
    first, second, third = case.asks[0].requests
    assert first == UnrecognisedRequest("teleport her home", "teleport her home")
    assert isinstance(second, UnrecognisedRequest) and second.text == "release her gently"
    assert third.who == Who(people=(0,))  # a person the case does not have is dropped


@pytest.mark.parametrize("requests", [
    "release", [3], [{"kind": 5}], [{"kind": "release", "who": {"people": ["Noor"]}}],
    [{"kind": "release", "qualifiers": "immediately"}], [{"kind": "release", "confidence": "high"}],
    [{"unrecognised": ["x"]}],
])
def test_damaged_requests_are_refused_with_where(requests):
    with pytest.raises(CaseFileError) as caught:
        case_from_json(_file([{"text": "release her", "requests": requests}]))
    assert "Where: Request 1, " in str(caught.value)

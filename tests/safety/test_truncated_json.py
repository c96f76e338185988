"""Reading what a JSON text cut short still holds."""

import json

import pytest

from ua_desktop.core.storage.truncated_json import close_json

RECORD = {"format": "x", "case": {"people": [{"name": "Анна"}, {"name": "Omar"}], "n": 12, "ok": True},
          "letter_text": "Dear Sir,\nRelease him \"now\".\n\u0410\n"}


def test_every_cut_gives_back_a_prefix_of_the_letter_or_refuses():
    text = json.dumps(RECORD, indent=1)
    ended = json.dumps(RECORD, indent=1, ensure_ascii=True)
    for source in (text, ended):
        read_back = 0
        for cut in range(1, len(source)):
            try:
                value = close_json(source[:len(source) - cut])
            except ValueError:
                continue
            read_back += 1
            letter = value.get("letter_text") if isinstance(value, dict) else None
            assert letter is None or RECORD["letter_text"].startswith(letter)
        assert read_back > len(source) // 2


@pytest.mark.parametrize("text", ["", "x", "]", "\"abc", "1 2", "]{"])
def test_what_cannot_be_closed_is_refused(text):
    with pytest.raises(ValueError):
        close_json(text)

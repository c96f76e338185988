"""The language a sheet is written in, from py3langid (97 languages, Kyrgyz
among them). The model loads on first use (about 0.9 s, 130 MB), never at
start-up; `warm_up()` may be called from a worker thread before it is needed.

Why py3langid and not lingua (measured on 27 short sheets written for the
test, en/fr/es/de/pt/it/nl/ru/ja): both named every sheet right from its first
40 characters on; lingua was better only on 12-30 character snippets. lingua
costs 4.3 s and 1.1 GB to load all its languages (1.6 s and 200 MB for ten),
is about 13 times slower per call, and has no Kyrgyz."""

from __future__ import annotations

import re
import threading

_URLS_AND_ADDRESSES = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|@\w+|[\d+()\-./:]+")
_MIN_LETTERS = 12
_SAMPLE_CHARS = 4000
_lock = threading.Lock()
_identifier = None


def _model():
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
        return _identifier


def warm_up() -> None:
    """Load the model now (for a worker thread), so the first import does not wait for it."""
    _model()


def identify_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0-1) of the text's language; ("", 0.0) when
    there are too few words to tell. Addresses, links, numbers and the case of
    letters are left out (capital headlines mislead the model)."""
    sample = _URLS_AND_ADDRESSES.sub(" ", text[:_SAMPLE_CHARS]).lower()
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return "", 0.0
    code, confidence = _model().classify(sample)
    return str(code), round(float(confidence), 3)

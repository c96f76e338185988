"""Many letters that differ only in who signs them, drafted once.

A batch writes the same letter (case, recipient, language, wording, date)
for many signers; only the signer's name, town and address lines change.
`SkeletonDrafter` drafts that letter once with stand-ins for those values,
cuts the text where the stand-ins stand (a `Cut`) and fills in each
signer's own values. The letter is the one `LetterDrafter.draft` gives for
that signer, character for character, because:

- a skeleton serves one *shape* of sender (`sender_shape`): which values
  are empty or equal, the characters other than letters and digits each
  holds (a template may test for a comma), whether the town is written in
  the letter's script (the drafter leaves it out of sentences otherwise),
  and the country itself (the letter names it in its own language). The
  stand-ins have the same shape;
- the letter is drafted with two different sets of stand-ins, and the
  skeleton is used only if filling the first draft with the second set
  gives the second draft exactly. A template that changes a value (capitals,
  initials, a slice) fails this check, and those letters are drafted one by
  one;
- values that this cannot vouch for are drafted in full: a value with
  accents typed as characters of their own, one that starts like a list item ("- "), one with no
  letters for a town, and any filled letter whose text would not be in the
  composed form (NFC) that drafting gives.

`tests/letters/test_skeleton.py` compares skeleton letters with full drafts
for varied signers in every letter language.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from ua_desktop.core.letters.cut import Cut, cut
from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest, in_script
from ua_desktop.core.letters.letter import Letter, Sender
from ua_desktop.core.text import clean_line

#: Letters for the two sets of stand-ins, by script. A town not written in
#: the letter's script gets Greek ones (no letter language is Greek).
_PROBE_LETTERS = {
    "Latn": ("Qzjxkv", "Wvqpyfhg"),
    "Cyrl": ("Жщэюъ", "Фыцчйяш"),
    "Arab": ("ضظغث", "خذشصقف"),
    "Grek": ("ΞΨΩΘ", "ΦΔΛΠΣΓ"),
}
_LIST_START = tuple("–—•-*")
#: A character other than a letter or digit (as `str.isalnum` tells them).
_NOT_ALNUM = re.compile(r"[\W_]")
_ASCII_ALNUM = str.maketrans("", "", string.ascii_letters + string.digits)


@dataclass(frozen=True)
class LetterSkeleton:
    """One letter for every sender of one shape: drafted with two sets of
    stand-ins (`probes`), and its text and subject cut where they stand."""

    letters: tuple[Letter, Letter]
    probes: tuple[tuple[str, ...], tuple[str, ...]]
    text: Cut
    subject: Cut

    @cached_property
    def ascii_joins(self) -> bool:
        """Whether the text goes on in ASCII after every value: then values
        in ASCII keep it composed (NFC) as drafting leaves it."""
        return all(piece[:1].isascii() for piece in self.text.pieces[1:])

    def fill(self, values: tuple[str, ...], text: str | None = None) -> Letter:
        probe = self.letters[0]
        return Letter(text=self.text.fill(values) if text is None else text, language=probe.language,
                      subject=self.subject.fill(values), right_to_left=probe.right_to_left, font=probe.font,
                      salutation=probe.salutation, untranslated=probe.untranslated)


class SkeletonLetter:
    """A drafted letter: drafted in full, or a skeleton and the values that
    fill it (then `letter` is filled in when first asked for)."""

    __slots__ = ("skeleton", "values", "_letter")

    def __init__(self, letter: Letter | None = None, skeleton: LetterSkeleton | None = None,
                 values: tuple[str, ...] = ()):
        self._letter, self.skeleton, self.values = letter, skeleton, values

    @property
    def letter(self) -> Letter:
        if self._letter is None:
            self._letter = self.skeleton.fill(self.values)
        return self._letter

    @property
    def language(self) -> str:
        return (self._letter or self.skeleton.letters[0]).language

    @property
    def untranslated(self) -> tuple[str, ...]:
        return (self._letter or self.skeleton.letters[0]).untranslated


class SkeletonDrafter:
    """`LetterDrafter.draft` for many senders of the same letter: a skeleton
    per letter and shape of sender, filled per sender. The first sender of
    a shape is drafted in full, so a list where every sender's shape is
    different costs no more drafts than drafting each letter.

    `at_first_sender`: make the skeleton at the first sender of a shape
    instead (two drafts instead of one), for a writer typing their name,
    where the next key nearly always brings a sender of the same shape."""

    def __init__(self, drafter: LetterDrafter, at_first_sender: bool = False):
        self.drafter = drafter
        self._at_first_sender = at_first_sender
        self._skeletons: dict[tuple, LetterSkeleton | None] = {}
        #: Letters and shapes drafted once in full: a skeleton (two drafts) is made at the second.
        self._seen: set[tuple] = set()
        self._cases: dict[int, object] = {}  # keeps each case drafted for alive, so its id stays its own

    def draft(self, request: LetterRequest) -> SkeletonLetter:
        """The letter `self.drafter.draft(request)` gives; raises its DraftingError."""
        sender = request.sender
        values = (sender.name, sender.town, *sender.address_lines)
        language = self.drafter.languages.get(request.language)
        shape = sender_shape(sender, language.script) if language is not None else None
        if shape is None:
            return SkeletonLetter(self.drafter.draft(request))
        key = (id(request.case), request.recipient_index, request.language, request.date, request.wording,
               request.personal, shape)
        skeleton = self._skeletons.get(key, False)
        if skeleton is False:
            if key not in self._seen and not self._at_first_sender:  # a skeleton pays from the second sender
                self._seen.add(key)
                self._cases[id(request.case)] = request.case
                return SkeletonLetter(self.drafter.draft(request))
            skeleton = self._skeletons[key] = self._skeleton(request, shape, language.script)
        if skeleton is not None:
            if skeleton.ascii_joins and "".join(values).isascii():
                return SkeletonLetter(None, skeleton, values)
            text = skeleton.text.fill(values)
            if text.isascii() or unicodedata.is_normalized("NFC", text):
                return SkeletonLetter(skeleton.fill(values, text), skeleton, values)
        return SkeletonLetter(self.drafter.draft(request))

    def _skeleton(self, request: LetterRequest, shape: tuple, script: str) -> LetterSkeleton | None:
        probes = (probe_values(shape, script, 0), probe_values(shape, script, 1))
        letters = tuple(self.drafter.draft(replace(request, sender=_probe_sender(request.sender, values)))
                        for values in probes)
        if replace(letters[0], text="", subject="") != replace(letters[1], text="", subject=""):
            return None
        text = cut(letters[0].text, probes[0], letters[1].text, probes[1])
        subject = cut(letters[0].subject, probes[0], letters[1].subject, probes[1])
        if text is None or subject is None:
            return None
        return LetterSkeleton(letters, probes, text, subject)


def sender_shape(sender: Sender, script: str) -> tuple | None:
    """What drafting may tell apart in `sender` besides the words of its
    name, town and address lines; None when a value is one a skeleton
    cannot vouch for."""
    values = (sender.name, sender.town, *sender.address_lines)
    traits = []
    for value in values:
        if value and not _plain(value):
            return None
        traits.append((bool(value), _others(value)))
    town = sender.town
    if town and not any(c.isalpha() for c in town):
        return None
    equal = tuple(values.index(value) for value in values)
    return tuple(traits), equal, sender.country, bool(town) and _town_in_script(town, script)


def _others(value: str) -> str:
    """The characters of `value` other than letters and digits, each once, in order."""
    rest = value.translate(_ASCII_ALNUM) if value.isascii() else "".join(_NOT_ALNUM.findall(value))
    return "".join(sorted(set(rest))) if rest else ""


@lru_cache(maxsize=4096)
def _town_in_script(town: str, script: str) -> bool:
    return in_script(town, script)


def _plain(value: str) -> bool:
    """A cleaned one-line value (`clean_line`) without marks (accents typed on their own) that
    does not start like a list item."""
    if value.startswith(_LIST_START):
        return False
    if value.isascii():
        return value.isprintable() and "  " not in value and value[0] != " " and value[-1] != " "
    return value == clean_line(value) and not any(unicodedata.category(c).startswith("M") for c in value)


def probe_values(shape: tuple, script: str, which: int) -> tuple[str, ...]:
    """Stand-ins of `shape` (first or second set, `which`): letters and a
    number around the value's own characters other than letters and digits."""
    traits, equal, _, town_in_script = shape
    values = []
    for index, (present, others) in enumerate(traits):
        if not present:
            values.append("")
        elif equal[index] != index:
            values.append(values[equal[index]])
        else:
            if index == equal[1]:  # the town, or the name when the same: in the script as it is
                letters = _PROBE_LETTERS.get(script if town_in_script else "Grek", _PROBE_LETTERS["Latn"])
            else:
                letters = _PROBE_LETTERS["Latn"]
            head = letters[which]
            split = 2 + which
            values.append(f"{head[:split]}{index + 5 * which}{others}{head[split:]}")
    return tuple(values)


def _probe_sender(sender: Sender, values: tuple[str, ...]) -> Sender:
    return Sender(values[0], values[1], sender.country, tuple(values[2:]))

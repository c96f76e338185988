"""Letters for a list of signers: one letter per signer per chosen
recipient, in one print-ready file, plus the matching envelopes or labels.

`batch_steps` does the work as a generator of small steps (one letter
drafted, one letter painted into the PDF), so the window can run it between
events on its own thread; `make_batch` runs it to the end, checking
`should_cancel` between steps and reporting `progress(done, total)`. The
steps:

1. `plan_letters`: signers × recipients, each with its language (the
   signer's own where we can write it, otherwise the batch's), checked
   before anything is drafted (no recipients, too many letters...);
2. drafting each letter with the `LetterDrafter` and adding it to the
   output (`BatchDocx`, or a PDF renderer handed in by the caller, since
   PDF needs Qt and the core has none);
3. writing: every output file is first written in full to a temporary file
   beside its target, then all are moved into place. A cancelled or failed
   batch leaves no file behind, and nothing half-made is ever presented as
   finished.

Errors are `BatchError` (message for the user); a cancel is
`BatchCancelled`; a file that cannot be written is `SaveError`.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ua_desktop.core.storage.atomic import SaveError, describe_save_error, write_all_or_nothing
from ua_desktop.core.storage.leftovers import temp_prefix
from ua_desktop.core.case.model import Case
from ua_desktop.core.output.docx_batch import BatchDocx
from ua_desktop.core.letters.drafting import DraftingError, LetterDrafter, LetterRequest
from ua_desktop.core.letters.letter import Letter
from ua_desktop.core.letters.skeleton import SkeletonDrafter
from ua_desktop.core.events.signers import Signer
from ua_desktop.i18n import _, ngettext

if TYPE_CHECKING:  # envelopes and labels are loaded only for a batch that makes them
    from ua_desktop.core.output.envelopes import AddressBlock

MAX_LETTERS = 10_000

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
#: Paints letters into a PDF: (letters, page_size) -> a generator that yields
#: how many letters are painted so far and returns the PDF's bytes.
PdfSteps = Callable[[Sequence[Letter], str], Generator[int, None, bytes]]
#: How often `make_batch` reports progress, in steps.
PROGRESS_EVERY = 20


class BatchError(Exception):
    """The batch cannot be made as asked; the message is for the user."""


class BatchCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class BatchRequest:
    case: Case
    signers: tuple[Signer, ...]
    recipient_indexes: tuple[int, ...]
    #: The language for signers who gave none we can write (or for all,
    #: with `force_language`).
    language: str
    force_language: bool = False
    date: dt.date | None = None
    page_size: str = "A4"


@dataclass(frozen=True)
class PlannedLetter:
    signer: Signer
    recipient_index: int
    language: str


@dataclass(frozen=True)
class BatchOutputs:
    """Where to write. Any may be None; at least one must be given."""

    docx: Path | None = None
    pdf: Path | None = None
    envelopes: Path | None = None
    envelope_size: str = "DL"
    labels: Path | None = None
    first_label: int = 1

    @property
    def paths(self) -> list[Path]:
        return [p for p in (self.docx, self.pdf, self.envelopes, self.labels) if p is not None]


@dataclass(frozen=True)
class CompanionPdf:
    """Paints envelopes and labels as PDF; handed in by the caller, since
    PDF needs Qt and the core has none. Used for companion files whose
    name ends in .pdf (see `companion_paths`)."""

    envelopes: Callable[[Sequence[AddressBlock], str], bytes]
    labels: Callable[[Sequence[AddressBlock], int], bytes]


@dataclass(frozen=True)
class BatchResult:
    letters: int
    signers: int
    written: tuple[Path, ...]
    by_language: dict[str, int] = field(default_factory=dict)
    notices: tuple[str, ...] = ()


# ------------------------------------------------------------------ planning

def plan_letters(request: BatchRequest, drafter: LetterDrafter) -> list[PlannedLetter]:
    case = request.case
    if not request.signers:
        raise BatchError(_("The list has no signers. Choose a list with at least one name."))
    if not request.recipient_indexes:
        raise BatchError(_("Choose at least one person to write to."))
    for index in request.recipient_indexes:
        if not 0 <= index < len(case.recipients):
            raise BatchError(_("This case has no recipient number {number}.").format(number=index + 1))
    if request.language not in drafter.languages:
        raise BatchError(_("UA Desktop cannot write letters in the language “{code}” yet.").format(
            code=request.language))
    total = len(request.signers) * len(request.recipient_indexes)
    if total > MAX_LETTERS:
        raise BatchError(_(
            "That would make {count} letters ({signers} signers × {recipients} recipients). UA Desktop makes at "
            "most {limit} letters at a time: choose fewer recipients, or split the list of signers."
        ).format(count=f"{total:,}", signers=f"{len(request.signers):,}",
                 recipients=len(request.recipient_indexes), limit=f"{MAX_LETTERS:,}"))
    planned = []
    for signer in request.signers:
        language = request.language
        if not request.force_language and signer.language in drafter.languages:
            language = signer.language
        for index in request.recipient_indexes:
            planned.append(PlannedLetter(signer, index, language))
    return planned


def draft_planned(request: BatchRequest, planned: PlannedLetter, drafter: LetterDrafter | SkeletonDrafter):
    """The planned letter: a `Letter` from a `LetterDrafter`, a
    `SkeletonLetter` from a `SkeletonDrafter`."""
    try:
        return drafter.draft(LetterRequest(request.case, planned.recipient_index, planned.language,
                                           planned.signer.sender, request.date))
    except DraftingError as error:
        raise BatchError(_("The letter for {name} (row {row}) could not be written: {problem}").format(
            name=planned.signer.name, row=planned.signer.row, problem=error)) from None


def main_font(planned: Sequence[PlannedLetter], drafter: LetterDrafter) -> str:
    """The font of the language most letters are written in."""
    language = Counter(item.language for item in planned).most_common(1)[0][0]
    return drafter.language(language).font


def planned_address(request: BatchRequest, planned: PlannedLetter, letter: Letter) -> AddressBlock:
    from ua_desktop.core.output.envelopes import address_block

    return address_block(request.case, planned.recipient_index, planned.language, planned.signer.sender,
                         letter.right_to_left)


# ------------------------------------------------------------------ making

def make_batch(request: BatchRequest, outputs: BatchOutputs, drafter: LetterDrafter | None = None,
               progress: Progress | None = None, should_cancel: ShouldCancel | None = None,
               pdf_renderer: PdfSteps | None = None) -> BatchResult:
    """Make every output and write them all, or nothing (`batch_steps`, run
    to the end)."""
    steps = batch_steps(request, outputs, drafter, pdf_renderer)
    done = total = 0
    try:
        while True:
            if should_cancel is not None and should_cancel():
                raise BatchCancelled()
            try:
                step, total = next(steps)
            except StopIteration as finished:
                if progress is not None:
                    progress(total, total)
                return finished.value
            if progress is not None and (step == 0 or step - done >= PROGRESS_EVERY):
                progress(step, total)
                done = step
    finally:
        steps.close()


def batch_steps(request: BatchRequest, outputs: BatchOutputs, drafter: LetterDrafter | None = None,
                pdf_steps: PdfSteps | None = None, companion_pdf: CompanionPdf | None = None
                ) -> Generator[tuple[int, int], None, BatchResult]:
    """The batch in small steps: yields (done, total) after each letter is
    drafted and each is painted into the PDF, and once more before the
    files are written; returns the `BatchResult` when every file is in
    place. Closed before its end, it writes nothing."""
    _check_outputs(outputs, pdf_steps, companion_pdf)
    drafter = drafter or LetterDrafter()
    planned = plan_letters(request, drafter)
    # Drafting counts for most of the bar, the PDF (if any) for the rest.
    pdf_share = len(planned) if outputs.pdf is not None else 0
    total = len(planned) + pdf_share + 1
    yield 0, total
    drafted = yield from _draft_all(request, outputs, planned, drafter, total)
    files = yield from _painted_pdf(outputs, drafted.letters, request.page_size, pdf_steps, len(planned), total)
    files.update((yield from _docx_files(outputs, drafted, total, companion_pdf)))
    yield total - 1, total  # the last chance to cancel: nothing is written yet
    write_all_or_nothing(files)
    return BatchResult(len(planned), len(request.signers), tuple(files), drafted.by_language,
                       _untranslated_notices(drafted.untranslated))


def _check_outputs(outputs: BatchOutputs, pdf_steps: PdfSteps | None, companion_pdf: CompanionPdf | None) -> None:
    """Raise BatchError or SaveError now, before any work, for outputs that cannot be made."""
    if not outputs.paths:
        raise BatchError(_("Choose what to make: the letters as a Word document or PDF, envelopes or labels."))
    companions_as_pdf = any(_is_pdf(path) for path in (outputs.envelopes, outputs.labels))
    if (outputs.pdf is not None and pdf_steps is None) or (companions_as_pdf and companion_pdf is None):
        raise BatchError(_("PDF files cannot be made here. Make a Word document instead."))
    if outputs.envelopes is not None and outputs.envelope_size not in _envelope_sizes():
        raise BatchError(_("Unknown envelope size {size}. Choose DL, C5 or C6.").format(size=outputs.envelope_size))
    for path in outputs.paths:
        check_writable_folder(path)


@dataclass
class _Drafted:
    """What drafting the letters gathered for the outputs."""

    docx: BatchDocx | None
    letters: list[Letter] = field(default_factory=list)  # kept for the PDF only
    blocks: list[AddressBlock] = field(default_factory=list)  # kept for envelopes and labels only
    untranslated: dict[str, int] = field(default_factory=dict)  # letters with untranslated requests, by language
    by_language: dict[str, int] = field(default_factory=dict)


def _draft_all(request: BatchRequest, outputs: BatchOutputs, planned: Sequence[PlannedLetter],
               drafter: LetterDrafter, total: int) -> Generator[tuple[int, int], None, _Drafted]:
    docx = BatchDocx(request.page_size, main_font=main_font(planned, drafter)) if outputs.docx is not None else None
    drafted = _Drafted(docx)
    skeletons = SkeletonDrafter(drafter)
    for done, item in enumerate(planned, start=1):
        made = draft_planned(request, item, skeletons)
        if docx is not None and not (made.skeleton is not None and docx.add_filled(made.skeleton, made.values)):
            docx.add(made.letter)
        if outputs.pdf is not None:
            drafted.letters.append(made.letter)
        if outputs.envelopes is not None or outputs.labels is not None:
            drafted.blocks.append(planned_address(request, item, made.letter))
        if made.untranslated:
            drafted.untranslated[made.language] = drafted.untranslated.get(made.language, 0) + 1
        drafted.by_language[made.language] = drafted.by_language.get(made.language, 0) + 1
        yield done, total
    return drafted


def _painted_pdf(outputs: BatchOutputs, letters: list[Letter], page_size: str, pdf_steps: PdfSteps | None,
                 done: int, total: int) -> Generator[tuple[int, int], None, dict[Path, bytes]]:
    """{pdf path: its bytes}, painted a letter at a time; {} when no PDF is asked for."""
    if outputs.pdf is None:
        return {}
    painting = pdf_steps(letters, page_size)
    while True:
        try:
            painted = next(painting)
        except StopIteration as finished:
            return {outputs.pdf: finished.value}
        yield done + painted, total


def _docx_files(outputs: BatchOutputs, drafted: _Drafted, total: int, companion_pdf: CompanionPdf | None
                ) -> Generator[tuple[int, int], None, dict[Path, bytes]]:
    """The DOCX files, the envelopes and labels in steps (each yields
    `total - 1`: the bar stays near its end, and Cancel still works).
    Envelopes and labels are PDF when their name ends in .pdf."""
    files: dict[Path, bytes] = {}
    if drafted.docx is not None:
        files[outputs.docx] = drafted.docx.to_bytes()
    if outputs.envelopes is None and outputs.labels is None:
        return files
    from ua_desktop.core.output.envelopes import envelopes_docx_steps, labels_docx_steps

    if outputs.envelopes is not None:
        files[outputs.envelopes] = yield from _near_the_end(
            _at_once(lambda: companion_pdf.envelopes(drafted.blocks, outputs.envelope_size))
            if _is_pdf(outputs.envelopes) else envelopes_docx_steps(drafted.blocks, outputs.envelope_size), total)
    if outputs.labels is not None:
        files[outputs.labels] = yield from _near_the_end(
            _at_once(lambda: companion_pdf.labels(drafted.blocks, outputs.first_label))
            if _is_pdf(outputs.labels) else labels_docx_steps(drafted.blocks, first_position=outputs.first_label),
            total)
    return files


def _near_the_end(steps: Generator[int, None, bytes], total: int) -> Generator[tuple[int, int], None, bytes]:
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            return finished.value
        yield total - 1, total


def _at_once(make: Callable[[], bytes]) -> Generator[int, None, bytes]:
    """A file made in one go (PDF envelopes, painted by Qt), as one step."""
    yield 0
    return make()


def _envelope_sizes():
    from ua_desktop.core.output.envelopes import ENVELOPE_SIZES_MM

    return ENVELOPE_SIZES_MM


def _is_pdf(path: Path | None) -> bool:
    return path is not None and path.suffix.lower() == ".pdf"


def _untranslated_notices(untranslated: dict[str, int]) -> tuple[str, ...]:
    return tuple(ngettext("Some requests in {count} letter in {language} have no translation and stand in the "
                          "sheet’s language.",
                          "Some requests in {count} letters in {language} have no translation and stand in the "
                          "sheet’s language.", count).format(count=count, language=language)
                 for language, count in untranslated.items())


def check_writable_folder(path: Path) -> None:
    """Raise SaveError now, before any work, if `path` cannot be written."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise SaveError(_("The folder {folder} does not exist. Choose another folder.").format(folder=folder))
    if path.is_dir():
        raise SaveError(_("{name} is a folder. Choose a file name.").format(name=path.name))
    try:
        fd, probe = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".check", dir=folder)
    except OSError as error:
        raise SaveError(describe_save_error(error, path)) from error
    os.close(fd)
    os.unlink(probe)


def companion_paths(letters_path: Path, envelope_size: str | None = None, labels: bool = False,
                    pdf: bool = False) -> tuple[Path | None, Path | None]:
    """Envelope and label files named after the letters' file:
    ``letters.docx`` -> ``letters - envelopes DL.docx``, ``letters - labels.docx``;
    with `pdf`, the same names ending in .pdf."""
    stem, folder = letters_path.stem, letters_path.parent
    envelopes = folder / _("{name} - envelopes {size}.docx").format(name=stem, size=envelope_size) \
        if envelope_size else None
    label_path = folder / _("{name} - labels.docx").format(name=stem) if labels else None
    if pdf:
        envelopes, label_path = (path.with_suffix(".pdf") if path else None for path in (envelopes, label_path))
    return envelopes, label_path

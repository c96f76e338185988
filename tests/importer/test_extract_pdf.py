"""PDF extraction with pypdfium2: reading order, columns from word positions,
spaces and ligatures, blocks with hints, and scans refused with a planned error.
The PDFs are made here by Qt's PDF writer (glyph by glyph, as word processors write)."""

from __future__ import annotations

import pytest
from qt_pdf import drawn_pdf, html_pdf, image_only_pdf, two_column_pages
from test_importer_sources import HEAD, LEFT, RIGHT, TAIL

from ua_desktop.core.importer import SheetImportError, import_text
from ua_desktop.core.importer.extract import ScannedSheetError, extract_bytes
from ua_desktop.core.importer.extract.layout import Word, page_blocks


@pytest.fixture
def two_columns(qapp) -> bytes:
    return drawn_pdf(two_column_pages(HEAD, LEFT, RIGHT, TAIL))


def test_two_recipient_blocks_side_by_side_come_out_one_after_the_other(two_columns):
    got = extract_bytes(two_columns, "sheet.pdf")
    assert got.kind == "pdf"
    texts = [block.text for block in got.blocks]
    assert "\n".join(LEFT) in texts and "\n".join(RIGHT) in texts
    left, right = texts.index("\n".join(LEFT)), texts.index("\n".join(RIGHT))
    assert right == left + 1
    assert (got.blocks[left].column, got.blocks[right].column) == (1, 2)
    assert got.blocks[left].page == 1
    assert got.blocks[-1].text.startswith(TAIL[0]) and got.blocks[-1].column == 0
    assert "\t" not in got.text and "  " not in got.text
    assert "\n\n".join(texts) == got.text


def test_the_importer_finds_both_recipients(two_columns):
    case = import_text(extract_bytes(two_columns, "sheet.pdf").text).case
    assert [r.name for r in case.recipients] == ["Rashid Nurgaliev", "Yury Chaika"]
    assert case.recipients[0].salutation == "Dear Minister"
    assert case.recipients[1].email == "info@genproc.gov.ru"


def test_a_left_column_longer_and_starting_higher_stays_one_block(qapp):
    items = [(56, 50, "PLEASE SEND APPEALS TO:")]
    items += [(56, 76 + 13 * i, line) for i, line in enumerate(LEFT + ["Twitter: @mvd"])]
    items += [(310, 102 + 13 * i, line) for i, line in enumerate(RIGHT[:4])]
    items += [(56, 300, "Background"), (56, 313, "The journalist wrote about the police.")]
    texts = [block.text for block in extract_bytes(drawn_pdf([items]), "x.pdf").blocks]
    assert texts == ["PLEASE SEND APPEALS TO:", "\n".join(LEFT + ["Twitter: @mvd"]), "\n".join(RIGHT[:4]),
                     "Background\nThe journalist wrote about the police."]


def test_a_table_laid_out_by_a_word_processor(qapp):
    html = ("<h1>URGENT ACTION</h1><p>Write to the officials before the deadline.</p><p></p>"
            "<table width='100%'><tr><td>" + "<br>".join(LEFT) + "</td><td>" + "<br>".join(RIGHT) +
            "</td></tr></table><p>" + TAIL[0] + "</p>")
    texts = [block.text for block in extract_bytes(html_pdf(html), "x.pdf").blocks]
    joined = "\n".join(texts)
    assert joined.index("Salutation: Dear Minister") < joined.index("Prosecutor General")
    assert "\n".join(RIGHT) in texts


def test_labels_and_values_on_one_line_are_not_split_into_columns(qapp):
    rows = [("Fax:", "+7 495 667 0810"), ("Email:", "info@mvd.ru"), ("Salutation:", "Dear Minister")]
    items = [(56, 50 + 13 * i, label) for i, (label, _) in enumerate(rows)]
    items += [(200, 50 + 13 * i, value) for i, (_, value) in enumerate(rows)]
    got = extract_bytes(drawn_pdf([items + [(56, 120, "Background: the journalist wrote about the police.")]]), "x.pdf")
    assert got.blocks[0].text == "Fax: +7 495 667 0810\nEmail: info@mvd.ru\nSalutation: Dear Minister"
    assert got.blocks[0].column == 0


def test_ligatures_and_spaces(qapp):
    """Qt writes "ffi", "fi" and "ff" as ligature glyphs in DejaVu (pypdf gives "oﬃcials" with tabs)."""
    line = "The officials affirmed the finding; the office was fined."
    got = extract_bytes(html_pdf(f"<p style='font-family: DejaVu Sans'>{line} Ein Schiff.</p>"
                                 f"<p style='font-family: DejaVu Serif'>{line}</p>"), "x.pdf")
    assert got.blocks[0].text.split("\n") == [line + " Ein Schiff.", line]
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in got.text)


def test_pages_in_order_with_page_numbers_on_blocks(qapp):
    pages = [[(56, 50, f"Page {n} says: the journalist is held in Moscow.")] for n in (1, 2, 3)]
    got = extract_bytes(drawn_pdf(pages), "x.pdf")
    assert [(block.page, block.text[:6]) for block in got.blocks] == [(1, "Page 1"), (2, "Page 2"), (3, "Page 3")]


def test_a_scan_says_scanned_sheets_cannot_be_read_yet(qapp):
    with pytest.raises(ScannedSheetError) as info:
        extract_bytes(image_only_pdf(), "scan.pdf")
    assert isinstance(info.value, SheetImportError)
    assert "scan.pdf" in str(info.value) and "cannot read scanned sheets yet" in str(info.value)


def test_capital_blocks_are_headings_and_give_the_next_blocks_their_heading(two_columns):
    blocks = extract_bytes(two_columns, "sheet.pdf").blocks
    target = next(block for block in blocks if block.text == "PLEASE SEND APPEALS BEFORE 14 APRIL 2011 TO:")
    assert target.is_heading
    assert blocks[blocks.index(target) + 1].heading == target.text


def test_layout_without_a_pdf():
    """Words placed by hand: two columns of prose are read column by column, not line by line."""
    words = []
    for i in range(6):
        y = 700 - 12 * i
        words += [Word(f"left{i}", 56, 90, y, 10), Word("words", 95, 120, y, 10),
                  Word(f"right{i}", 320, 350, y, 10), Word("words", 355, 380, y, 10)]
    blocks = page_blocks(words, 1)
    assert [block.text.split("\n")[0] for block in blocks] == ["left0 words", "right0 words"]
    assert [block.column for block in blocks] == [1, 2]
    assert page_blocks([], 1) == []


# ---------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_placed_word = st.tuples(st.integers(0, 50), st.integers(0, 60), st.sampled_from([8.0, 10.0, 12.0]))


@settings(max_examples=150, deadline=None)
@given(st.lists(_placed_word, min_size=1, max_size=120), st.booleans())
def test_layout_loses_and_repeats_no_word(placed, two_columns):
    """Whatever the positions, every word comes out exactly once, and each block is a run of whole lines."""
    words = []
    for number, (column, row, size) in enumerate(placed):
        x = 40 + column * (11 if not two_columns else 6) + (280 if two_columns and column > 25 else 0)
        words.append(Word(f"w{number}", x, x + 5 * size / 10, 780 - row * 13, size))
    blocks = page_blocks(words, 1)
    tokens = [token for block in blocks for token in block.text.split()]
    assert sorted(tokens) == sorted(word.text for word in words)
    assert all(block.text.strip() and "\n\n" not in block.text for block in blocks)


def test_two_column_examples_reach_the_column_path():
    """The property above also exercises columns: a grid like its two-column case has bands."""
    words = [Word(f"w{i}{side}", x, x + 20, 700 - 13 * i, 10) for i in range(8) for side, x in (("l", 50), ("r", 330))]
    assert {block.column for block in page_blocks(words, 1)} == {1, 2}


THIRD = ["Minister of Foreign Affairs", "Sergei Lavrov", "Smolenskaya-Sennaya pl. 32/34", "Moscow 119200",
         "RUSSIAN FEDERATION", "Fax: +7 499 244 3448", "Salutation: Dear Minister"]


def _three_columns(columns: list[list[str]], top: float = 110, xs=(56, 235, 414)) -> list[tuple[float, float, str]]:
    items = [(56, 50, "URGENT ACTION"), (56, 76, "PLEASE SEND APPEALS BEFORE 14 APRIL 2011 TO:")]
    for x, lines in zip(xs, columns):
        items += [(x, top + 13 * i, line) for i, line in enumerate(lines)]
    items.append((56, top + 13 * max(len(c) for c in columns) + 30, TAIL[0]))
    return items


def test_three_recipient_blocks_side_by_side_come_out_one_after_another(qapp):
    left, middle = [line[:28].rstrip() for line in LEFT], [line[:28].rstrip() for line in RIGHT]
    blocks = extract_bytes(drawn_pdf([_three_columns([left, middle, THIRD])], size=9), "x.pdf").blocks
    texts = [block.text for block in blocks]
    assert texts[2:5] == ["\n".join(left), "\n".join(middle), "\n".join(THIRD)]
    assert [block.column for block in blocks[2:5]] == [1, 2, 3]
    assert blocks[-1].column == 0 and blocks[-1].text.startswith(TAIL[0])


def test_a_three_column_newsletter_is_read_column_by_column(qapp):
    """Prose in three columns over two pages: each column's sentences come out whole and in order."""
    columns = [[f"Column {c} line {i} of the story" for i in range(1, 9)] for c in (1, 2, 3)]
    page = _three_columns(columns, xs=(56, 240, 424))
    text = extract_bytes(drawn_pdf([page, page], size=8), "x.pdf").text
    lines = [line for line in text.split("\n") if line.startswith("Column")]
    assert lines == [line for _page in range(2) for column in columns for line in column]


def test_the_importer_finds_three_recipients_side_by_side(qapp):
    left, middle = [line[:28].rstrip() for line in LEFT], [line[:28].rstrip() for line in RIGHT]
    text = extract_bytes(drawn_pdf([_three_columns([left, middle, THIRD])], size=9), "x.pdf").text
    assert [r.name for r in import_text(text).case.recipients] == ["Rashid Nurgaliev", "Yury Chaika", "Sergei Lavrov"]


def test_four_columns_placed_by_hand():
    words = [Word(f"c{c}r{i}", x, x + 60, 700 - 12 * i, 10) for i in range(5) for c, x in enumerate((40, 170, 300, 430))]
    blocks = page_blocks(words, 1)
    assert [block.text.split("\n") for block in blocks] == [[f"c{c}r{i}" for i in range(5)] for c in range(4)]
    assert [block.column for block in blocks] == [1, 2, 3, 4]


def test_a_bold_label_line_is_a_heading_of_its_own(qapp):
    html = ("<p><b>PLEASE SEND APPEALS TO:</b><br>Minister of Internal Affairs<br><b>Rashid Nurgaliev</b><br>"
            "Ulitsa Zhitnaya 16</p><p>Background: the journalist wrote about the police.</p>")
    blocks = extract_bytes(html_pdf(html), "x.pdf").blocks
    assert [(block.text, block.is_heading) for block in blocks[:2]] == [
        ("PLEASE SEND APPEALS TO:", True),
        ("Minister of Internal Affairs\nRashid Nurgaliev\nUlitsa Zhitnaya 16", False)]
    assert blocks[1].heading == "PLEASE SEND APPEALS TO:"


def test_running_headers_and_footers_are_dropped_after_the_first_page(qapp):
    pages = []
    for number in (1, 2, 3):
        pages.append([(56, 30, "Amnesty International - UA 123/11"),
                      (56, 80, f"Paragraph {number}: the journalist wrote about the police."),
                      (56, 800, f"Index: EUR 46/012/2011 - page {number} of 3")])
    texts = [block.text for block in extract_bytes(drawn_pdf(pages), "x.pdf").blocks]
    assert texts == ["Amnesty International - UA 123/11", "Paragraph 1: the journalist wrote about the police.",
                     "Index: EUR 46/012/2011 - page 1 of 3", "Paragraph 2: the journalist wrote about the police.",
                     "Paragraph 3: the journalist wrote about the police."]


def test_a_pdf_without_pages_is_damaged_not_scanned():
    empty = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
             b"trailer<</Root 1 0 R>>\n%%EOF\n")
    with pytest.raises(SheetImportError) as info:
        extract_bytes(empty, "empty.pdf")
    assert not isinstance(info.value, ScannedSheetError) and "damaged" in str(info.value)

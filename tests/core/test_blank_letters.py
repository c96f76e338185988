"""The saved blank letters (`resources/docx/`, made by
`tools/make_blank_letters.py`) are what python-docx makes today, and a
letter's DOCX made from them names the letter's own font."""

import zlib

import pytest

from ua_desktop.core.output.docx_batch import blank_letter_document, blank_letter_name, letter_package
from ua_desktop.core.output.docx_letter import PAGE_SIZES_MM
from ua_desktop.core.output.docx_stream import package_template
from ua_desktop.paths import resource


def _unpacked(part):
    data = zlib.decompress(part.deflated, -15)
    assert len(data) == part.size and zlib.crc32(data) == part.crc
    return part.name, data


@pytest.mark.parametrize("page_size", sorted(PAGE_SIZES_MM))
@pytest.mark.parametrize("font", ["Times New Roman", "Noto Naskh Arabic", 'Odd & "Quoted" <Font>'])
def test_the_saved_blank_letter_is_what_python_docx_makes(page_size, font):
    assert resource("docx", blank_letter_name(page_size)).is_file()
    letter_package.cache_clear()
    saved = letter_package(page_size, font)
    made = package_template(blank_letter_document(page_size, font))
    assert (saved.head, saved.tail, saved.core_xml) == (made.head, made.tail, made.core_xml)
    assert [_unpacked(part) for part in saved.parts] == [_unpacked(part) for part in made.parts], \
        "run python3 tools/make_blank_letters.py"


def test_another_text_size_is_made_with_python_docx():
    letter_package.cache_clear()
    package = letter_package("A4", "Times New Roman", 14)
    styles = dict(_unpacked(part) for part in package.parts)["word/styles.xml"].decode()
    assert '<w:sz w:val="28"/>' in styles

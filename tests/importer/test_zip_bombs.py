"""ZIP inputs are checked part by part before anything is unpacked: a bomb in
any part of a DOCX (or a .uacases bundle) gives the planned message, and
memory stays small while refusing it."""

from __future__ import annotations

import io
import tracemalloc
import zipfile

import docx
import pytest

from ua_desktop.core.importer import SheetImportError
from ua_desktop.core.importer.extract import extract_bytes
from ua_desktop.core.library.bundle import BundleError, bundle_from_bytes
from ua_desktop.core.storage.zipcheck import ArchiveLimitError, ZipLimits, check_zip

BOMB_BYTES = 64 * 1024 * 1024  # squeezes to about 64 kB
CHUNK = b" " * (1024 * 1024)


def small_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("URGENT ACTION")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def with_bomb(original: bytes, part: str, size: int = BOMB_BYTES) -> bytes:
    """The same ZIP with `part` replaced (or added) by `size` bytes that compress to almost nothing."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != part:
                target.writestr(info, source.read(info))
        with target.open(part, "w", force_zip64=True) as handle:
            handle.write(b"<?xml version='1.0'?><x>")
            for _ in range(size // len(CHUNK)):
                handle.write(CHUNK)
            handle.write(b"</x>")
    return out.getvalue()


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    original = small_docx()
    parts = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "[Content_Types].xml",
             "word/_rels/document.xml.rels", "word/media/image1.png", "docProps/core.xml"]
    return {part: with_bomb(original, part) for part in parts}


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/numbering.xml",
                                  "[Content_Types].xml", "word/_rels/document.xml.rels", "word/media/image1.png",
                                  "docProps/core.xml"])
def test_a_bomb_in_any_part_is_refused_with_little_memory(bombs, part):
    data = bombs[part]
    assert len(data) < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(SheetImportError) as info:
            extract_bytes(data, "sheet.docx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "would unpack to far more than it should" in str(info.value) and part in str(info.value)
    assert peak < 8 * 1024 * 1024, f"{peak / 1e6:.1f} MB while refusing a bomb in {part}"


def test_an_ordinary_docx_passes_the_check():
    assert extract_bytes(small_docx(), "sheet.docx").text == "URGENT ACTION"


def test_many_small_parts_together_exceed_the_total():
    limits = ZipLimits(max_total=3 * 1024 * 1024, max_part=2 * 1024 * 1024)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(4):
            archive.writestr(f"part{n}.xml", b" " * (1024 * 1024))
    with zipfile.ZipFile(out) as archive, pytest.raises(ArchiveLimitError, match="more than 3 MB"):
        check_zip(archive, limits, "x.zip")
    with zipfile.ZipFile(out) as archive, pytest.raises(ArchiveLimitError, match="too many parts"):
        check_zip(archive, ZipLimits(max_members=3), "x.zip")


def test_a_part_that_lies_about_its_size_yields_no_more_than_it_declares():
    """A header claiming 100 bytes for a large part: zipfile stops there and the part reads as damaged."""
    document = io.BytesIO()
    with zipfile.ZipFile(document, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<x>" + b" " * 5_000_000 + b"</x>")
    raw = bytearray(document.getvalue())
    record = raw.rindex(b"word/document.xml") - 46
    assert raw[record:record + 4] == b"PK\x01\x02"
    raw[record + 24:record + 28] = (100).to_bytes(4, "little")
    tracemalloc.start()
    try:
        with pytest.raises(SheetImportError):
            extract_bytes(bytes(raw), "liar.docx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_the_bundle_uses_the_same_check():
    manifest = b'{"format": "ua-desktop-bundle", "version": 1, "cases": []}'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", manifest)
    bomb = with_bomb(out.getvalue(), "cases/0001.json", 16 * 1024 * 1024)
    with pytest.raises(BundleError, match="would unpack to far more than it should"):
        bundle_from_bytes(bomb, "stick.uacases")

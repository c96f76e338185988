"""A zip file (a DOCX) put together from parts that are already compressed.

A letter's DOCX copies about 0.8 MB of styles and settings from its blank
document (`docx_stream.PackageTemplate`) into every file it writes.
Python's `zipfile` compresses each part again on every write (about 8 ms,
as long as a thousand letters take to fill in); here a part is compressed
once (`CompressedPart.of`), or taken compressed as it is from the saved
blank document (`stored_part`), and then only copied. Reading the
result is left to `zipfile`, which checks every part's CRC.

Only what a DOCX needs is written: deflated parts, no encryption, no
ZIP64 (a part or file over 4 GB is refused).
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass

_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")
_VERSION = 20  # 2.0: deflate
_MADE_BY = (3 << 8) | _VERSION  # Unix, as zipfile writes it
_DEFLATED = 8
_FILE_ATTRIBUTES = 0o600 << 16  # rw-------, as zipfile writes it
_LIMIT = 0xFFFFFFFF


@dataclass(frozen=True)
class CompressedPart:
    name: str
    date_time: tuple[int, ...]
    crc: int
    size: int
    deflated: bytes

    @classmethod
    def of(cls, name: str, data: bytes, date_time: tuple[int, ...] = (1980, 1, 1, 0, 0, 0),
           level: int = zlib.Z_DEFAULT_COMPRESSION) -> "CompressedPart":
        compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
        return cls(name, tuple(date_time), zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush())


class PartCompressor:
    """One part compressed as its data comes (`add`), then `finish`ed."""

    def __init__(self, name: str, level: int, date_time: tuple[int, ...] = (1980, 1, 1, 0, 0, 0)):
        self.name, self.date_time = name, date_time
        self._compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
        self._chunks: list[bytes] = []
        self._crc = self._size = 0

    def add(self, data: bytes) -> None:
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        self._chunks.append(self._compressor.compress(data))

    def finish(self) -> CompressedPart:
        self._chunks.append(self._compressor.flush())
        return CompressedPart(self.name, self.date_time, self._crc, self._size, b"".join(self._chunks))


def stored_part(data: bytes, info: zipfile.ZipInfo) -> CompressedPart:
    """The part `info` of the zip file `data`, deflated, as it is stored there."""
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
        raise ValueError(f"{info.filename} is not stored deflated")
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + _LOCAL.size + name_length + extra_length
    return CompressedPart(info.filename, info.date_time, info.CRC, info.file_size,
                          data[start:start + info.compress_size])


def zip_bytes(parts: list[CompressedPart]) -> bytes:
    """The zip file of `parts`, in their order."""
    out, central, offset = [], [], 0
    for part in parts:
        name = part.name.encode("utf-8")
        flags = 0x800 if not part.name.isascii() else 0
        if max(offset, part.size, len(part.deflated)) >= _LIMIT:
            raise ValueError("the file is too large for a DOCX")
        time, date = _dos_time(part.date_time)
        out.append(_LOCAL.pack(b"PK\x03\x04", _VERSION, flags, _DEFLATED, time, date, part.crc,
                               len(part.deflated), part.size, len(name), 0))
        out.append(name)
        out.append(part.deflated)
        central.append(_CENTRAL.pack(b"PK\x01\x02", _MADE_BY, _VERSION, flags, _DEFLATED, time, date, part.crc,
                                     len(part.deflated), part.size, len(name), 0, 0, 0, 0, _FILE_ATTRIBUTES,
                                     offset) + name)
        offset += _LOCAL.size + len(name) + len(part.deflated)
    directory = b"".join(central)
    end = _END.pack(b"PK\x05\x06", 0, 0, len(parts), len(parts), len(directory), offset, 0)
    return b"".join(out) + directory + end


def _dos_time(date_time: tuple[int, ...]) -> tuple[int, int]:
    year, month, day, hour, minute, second = date_time[:6]
    return (hour << 11) | (minute << 5) | (second // 2), ((year - 1980) << 9) | (month << 5) | day

"""Hostile inputs shared by the fuzz tests and ``tools/fuzz.py``: arbitrary
JSON-ish values, and mutations of the sample case (replace, delete or add
anything anywhere in its tree).

Plain Python with `random` for the long fuzz script; hypothesis strategies
built on the same ideas live in the test file.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

#: Text meant to break things: template syntax, Python dunders, control
#: characters, right-to-left overrides, surrogates, very long runs.
NASTY_TEXTS = (
    "{{ 7*7 }}", "{% for x in range(10**9) %}x{% endfor %}", "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.system('id') }}", "{{ self._TemplateReference__context }}",
    "{% include '/etc/passwd' %}", "{{ lipsum.__globals__ }}", "${7*7}", "#{7*7}", "%(name)s", "{name}",
    "\x00\x01\x02\x1b[31m", "\u202eevil\u202c", "\ud800", "\ufffe\uffff", "a\r\nb\rc\n", "\t\x0b\x0c",
    "</w:t><w:t>", "<script>alert(1)</script>", "&amp; < > \" '", "ң ө ү Ң Ө Ү", "مرحبا", "😀" * 10,
    "A" * 60_000, "\n" * 5000, " " * 1000, "", "null", "-1", "1e999", "NaN",
)


def random_text(rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.4:
        return rng.choice(NASTY_TEXTS)
    if choice < 0.7:
        return "".join(chr(rng.choice((rng.randrange(0, 0x80), rng.randrange(0, 0x800), rng.randrange(0, 0x110000))))
                       for _ in range(rng.randrange(0, 40)))
    return rng.choice(("male", "female", "unknown", "target", "copy", "ru", "ky", "en", "2010-07-30", "2010-02-30",
                       "ua-desktop-case", "nom", "gen", "dat", "minister", "president"))


def random_value(rng: random.Random, depth: int = 0) -> Any:
    kinds = ["none", "bool", "int", "float", "text", "text"]
    if depth < 4:
        kinds += ["list", "dict"]
    kind = rng.choice(kinds)
    if kind == "none":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "int":
        return rng.choice((0, 1, -1, 2, 10**30, -(10**30), rng.randrange(-1000, 1000)))
    if kind == "float":
        return rng.choice((0.5, -0.0, 1e308, float(rng.randrange(100))))
    if kind == "text":
        return random_text(rng)
    if kind == "list":
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))]
    return {random_text(rng)[:20]: random_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))}


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, prefix + (key,)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, prefix + (index,)))
    return found


def mutate(data: Any, rng: random.Random, rounds: int | None = None) -> Any:
    """A copy of `data` with a few random changes deep inside."""
    data = copy.deepcopy(data)
    for _ in range(rounds if rounds is not None else rng.randrange(1, 4)):
        paths = _paths(data)
        path = rng.choice(paths)
        if not path:
            if rng.random() < 0.1:
                data = random_value(rng)
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        action = rng.random()
        if action < 0.6:
            parent[key] = random_value(rng)
        elif action < 0.75:
            del parent[key]
        elif action < 0.9 and isinstance(parent, dict):
            parent[random_text(rng)[:20]] = random_value(rng)
        elif isinstance(parent[key], list) and parent[key]:
            parent[key] = parent[key] * rng.choice((2, 50, 300))  # long lists
        else:
            parent[key] = random_text(rng)
    return data


def mutate_bytes(raw: bytes, rng: random.Random, rounds: int | None = None) -> bytes:
    """Byte-level damage: flips, cuts, insertions, repeats."""
    data = bytearray(raw)
    for _ in range(rounds if rounds is not None else rng.randrange(1, 6)):
        if not data:
            data.extend(rng.randbytes(rng.randrange(1, 64)))
            continue
        at = rng.randrange(len(data))
        action = rng.random()
        if action < 0.4:
            data[at] = rng.randrange(256)
        elif action < 0.6:
            del data[at:at + rng.randrange(1, 200)]
        elif action < 0.8:
            data[at:at] = rng.randbytes(rng.randrange(1, 16))
        else:
            data[at:at] = rng.choice((b"[", b"{", b'"', b"\\", b"\\u0000", b"\xef\xbb\xbf", b"\xff"))
    return bytes(data)


def to_json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")


def mutate_texts(data: Any, rng: random.Random, rounds: int = 3) -> Any:
    """A copy of `data` with a few of its text values replaced by hostile
    text: the structure stays valid, so most such cases load and reach the
    letters and the DOCX writer."""
    data = copy.deepcopy(data)
    for _ in range(rounds):
        paths = [path for path in _paths(data) if path and isinstance(_at(data, path), str)]
        if not paths:
            break
        path = rng.choice(paths)
        _at(data, path[:-1])[path[-1]] = random_text(rng)
    return data


def _at(data: Any, path: tuple) -> Any:
    for key in path:
        data = data[key]
    return data

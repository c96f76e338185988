"""The Jinja2 sandbox letter templates are rendered in (loaded with the
first draft, not before: the window can show a kept letter without it).

A template may come from someone else, and a hostile one must not reach
Python internals. Case text reaches the template only as variables, so
``{{ 7*7 }}`` inside a case is printed as typed. Compiled templates are kept
between runs in a bytecode cache when a folder for it is given.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from ua_desktop.core.letters.letter import MAX_LETTER_CHARS
from ua_desktop.i18n import _

MAX_TEMPLATE_BYTES = 200_000


class _LimitedLoader(FileSystemLoader):
    """Refuses oversized templates before Jinja2 parses them."""

    def get_source(self, environment, template):
        source, filename, uptodate = super().get_source(environment, template)
        if len(source) > MAX_TEMPLATE_BYTES:
            raise TemplateError(_("the template {name} is too large").format(name=template))
        return source, filename, uptodate


class _QuietBytecodeCache(FileSystemBytecodeCache):
    """Compiled templates kept between runs (start-up is faster); a cache
    that cannot be written is simply not used."""

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError):
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


class _LetterSandbox(SandboxedEnvironment):
    """The sandbox, plus limits on what a template can make: the sandbox
    blocks Python internals but not `'a' * 10**9` or `10 ** 10 ** 10`."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator, left, right):
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise SecurityError("the number is too large")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(count, int) \
                        and len(seq) * count > MAX_LETTER_CHARS:
                    raise SecurityError("the text is too long")
        return super().call_binop(context, operator, left, right)


def letter_environment(letters_dir: Path, cache_dir: Path | None = None) -> SandboxedEnvironment:
    """The sandbox loading templates from `letters_dir`, with compiled
    templates kept in `cache_dir` when it can be made."""
    cache = None
    if cache_dir is not None:
        try:
            Path(cache_dir).mkdir(parents=True, exist_ok=True)
            cache = _QuietBytecodeCache(str(cache_dir))
        except OSError:
            cache = None
    return _LetterSandbox(
        bytecode_cache=cache,
        loader=_LimitedLoader(str(letters_dir)),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )

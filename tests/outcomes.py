"""Counting which path each generated example took, for property and fuzz
tests: a test whose examples never reach the success path tests nothing but
the refusal, so each such test checks a share at its end."""

from __future__ import annotations

from collections import Counter


class Outcomes(Counter):
    """How many inputs took each path; `check_share` at the end of a test."""

    def check_share(self, success: str, at_least: float) -> None:
        total = sum(self.values())
        assert total, "no examples ran"
        share = self[success] / total
        assert share >= at_least, (f"only {self[success]} of {total} examples ({share:.0%}) reached "
                                   f"'{success}'; at least {at_least:.0%} must: {dict(self)}")

"""The importer's one error class: everything that goes wrong reading a
sheet ends here, with a message for the user saying what and what next."""

from __future__ import annotations


class SheetImportError(Exception):
    """A sheet could not be imported; the message is for the user, in plain words."""

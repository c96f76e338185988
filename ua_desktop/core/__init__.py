"""The core: case model, case files, importer, drafting and export.

Nothing under this package may import Qt (a test checks); it is used by the
window and by the command line alike and tested with plain pytest.
"""

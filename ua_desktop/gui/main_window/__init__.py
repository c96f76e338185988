"""The main window and its five steps."""

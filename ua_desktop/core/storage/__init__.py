"""Writing safely: atomic writes and autosave with recovery."""

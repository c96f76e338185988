"""Modal windows and the one seam every modal interaction goes through."""

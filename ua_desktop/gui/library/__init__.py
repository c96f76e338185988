"""The case library on screen."""

"""The letter-writing event window and the organiser's panel."""

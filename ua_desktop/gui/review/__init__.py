"""Bringing a sheet in and reviewing what the importer found."""

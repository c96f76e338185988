"""The command-line programs: `letter`, `import` and `batch`, and the entry point that starts the window."""

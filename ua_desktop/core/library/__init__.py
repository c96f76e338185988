"""The case library: cases kept on disk, their index rows, follow-up chains and case bundles."""

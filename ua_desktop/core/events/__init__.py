"""Letter-writing events: the writer queue, the tally of letters, sign-up lists."""

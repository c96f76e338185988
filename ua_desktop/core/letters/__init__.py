"""Letters: drafting from templates, the letter's blocks and layout, the letter languages, requests."""

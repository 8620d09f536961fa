"""5a. Pages: one generated page per round, actor and issue, and their place in the navigation."""

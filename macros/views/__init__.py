"""5b. Views: the tables that macros place in hand-written pages (timeline, figures, commitments...)."""

"""0. Common: the vocabulary every layer shares (problems and how they print, which characters
text may hold, where each record is published, which fields name which records). It imports
nothing of the project's, so any layer may import it."""

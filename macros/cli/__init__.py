"""Command-line tools: validate, quotes, contributing and published_urls (run by make),
data_diff (run by CI on pull requests)."""

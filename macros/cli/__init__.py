"""Command-line tools run by make: validate, contributing, published_urls."""

"""Debian's chromium as the browser tests and `make bench` start it: headless, and asking no
host on the internet anything (this machine's network refuses it, and a test must not depend on it)."""

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
FLAGS += ["--disable-background-networking", "--disable-component-update"]

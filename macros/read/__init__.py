"""1. Read: the YAML files of data/ and seeds/, strictly, and the git history."""

"""2. Check: the schemas and the rules of meaning; every problem as FILE:LINE: field: what; expected."""

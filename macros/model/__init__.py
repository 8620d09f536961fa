"""3. Model: the checked records with the indexes and addresses pages need, built once per build."""

"""SQLite that never creates a database by accident (the ENGINE of the embedded setup)."""

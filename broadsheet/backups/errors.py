"""The one error a backup or a restore reports: a plain sentence for the operator."""


class BackupError(Exception):
    """A backup, a check or a restore that cannot go on, with the reason."""

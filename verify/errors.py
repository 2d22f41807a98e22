"""Errors a user can cause: each is reported as one line and exit code 2."""


class UserError(Exception):
    """Bad input or configuration; the message is shown to the user as is."""

    exit_code = 2

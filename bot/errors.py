"""One error family: each carries a code and a message that is safe to show a user."""

from __future__ import annotations


class NewsroomError(Exception):
    """Base of every error the core raises on purpose; ``str()`` is user-safe."""

    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def user_message(self) -> str:
        """Return the message to show a user, with the hint when there is one."""
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(NewsroomError):
    """A setting is missing or malformed."""

    code = "E100"


class IngestError(NewsroomError):
    """An article could not be read: empty, binary, too large, undated junk..."""

    code = "E200"


class FetchError(IngestError):
    """A URL could not be fetched."""

    code = "E210"


class DateError(IngestError):
    """A date could not be understood."""

    code = "E220"


class CommandError(NewsroomError):
    """A command was unknown or its arguments malformed."""

    code = "E300"


class NotFoundError(NewsroomError):
    """A requested article, claim or person does not exist."""

    code = "E400"


class PermissionDenied(NewsroomError):
    """The user may not run this command here."""

    code = "E500"


class StoreError(NewsroomError):
    """The database refused a write or a read."""

    code = "E600"

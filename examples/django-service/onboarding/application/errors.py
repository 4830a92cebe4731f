"""Errors raised by application services (on top of domain errors)."""


class ApplicationError(Exception):
    """Base class for use-case failures that are not business-rule violations."""


class NotFound(ApplicationError):
    """The requested aggregate does not exist."""

    def __init__(self, what, key):
        self.what = what
        self.key = key
        super().__init__(f"{what} {key!r} not found")

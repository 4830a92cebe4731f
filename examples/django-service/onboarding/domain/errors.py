"""Errors raised by domain objects."""


class DomainError(Exception):
    """Base class for business-rule violations."""


class QuestionnaireDefinitionError(DomainError):
    """A questionnaire definition is inconsistent (unknown step, duplicate key...)."""


class InvalidAnswers(DomainError):
    """Answers for a step failed validation.

    ``errors`` maps a question key to a list of human-readable messages.
    """

    def __init__(self, errors):
        self.errors = dict(errors)
        super().__init__("invalid answers: " + ", ".join(sorted(self.errors)))


class StepMismatch(DomainError):
    """Answers were posted for a step that is not the submission's current step."""

    def __init__(self, expected, got):
        self.expected = expected
        self.got = got
        super().__init__(f"expected answers for step {expected!r}, got {got!r}")


class SubmissionAlreadyComplete(DomainError):
    """A completed submission cannot be changed."""


class InvalidPeriod(DomainError):
    """A usage period is not of the form YYYY-MM."""


class QuotaExceeded(DomainError):
    """The monthly quota of the external API is used up."""

    def __init__(self, period, limit):
        self.period = period
        self.limit = limit
        super().__init__(f"monthly quota of {limit} calls used up for {period}")

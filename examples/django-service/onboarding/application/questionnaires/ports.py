"""Ports the questionnaire use cases depend on."""

import abc
from datetime import datetime
from typing import List

from onboarding.domain.questionnaire import Questionnaire
from onboarding.domain.submission import Submission


class QuestionnaireRepository(abc.ABC):
    @abc.abstractmethod
    def get(self, slug: str) -> Questionnaire:
        """Return the questionnaire or raise ``NotFound``."""

    @abc.abstractmethod
    def list(self) -> List[Questionnaire]:
        """All active questionnaires, ordered by slug."""


class SubmissionRepository(abc.ABC):
    @abc.abstractmethod
    def get(self, submission_id: str) -> Submission:
        """Return the submission or raise ``NotFound``."""

    @abc.abstractmethod
    def save(self, submission: Submission) -> Submission:
        """Insert or update; a new submission gets its ``id`` assigned."""

    @abc.abstractmethod
    def find_stale(self, cutoff: datetime) -> List[Submission]:
        """Unfinished submissions not updated since ``cutoff``."""

    @abc.abstractmethod
    def delete(self, submission_ids: List[str]) -> int:
        """Delete submissions (and what hangs off them); return how many went."""

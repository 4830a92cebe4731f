"""A person's progress through a questionnaire ("save and advance")."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, List, Mapping, Optional

from onboarding.domain.errors import StepMismatch, SubmissionAlreadyComplete
from onboarding.domain.questionnaire import Questionnaire

IN_PROGRESS = "in_progress"
COMPLETE = "complete"
STATUSES = (IN_PROGRESS, COMPLETE)


@dataclass
class Submission:
    id: Optional[str]
    questionnaire_slug: str
    current_step: Optional[str]
    status: str = IN_PROGRESS
    answers: Dict[str, Any] = field(default_factory=dict)
    history: List[str] = field(default_factory=list)
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None
    completed_at: Optional[datetime] = None

    @classmethod
    def start(cls, questionnaire: Questionnaire, now: datetime) -> "Submission":
        return cls(
            id=None,
            questionnaire_slug=questionnaire.slug,
            current_step=questionnaire.first_step.key,
            created_at=now,
            updated_at=now,
        )

    @property
    def is_complete(self) -> bool:
        return self.status == COMPLETE

    def save_and_advance(
        self,
        questionnaire: Questionnaire,
        step_key: str,
        answers: Mapping[str, Any],
        now: datetime,
    ) -> Optional[str]:
        """Store the answers for the current step and move to the next one.

        Returns the new current step key, or None when the submission is complete.
        Answers are validated before anything changes, so a failed call leaves the
        submission untouched.
        """
        if self.is_complete:
            raise SubmissionAlreadyComplete(f"submission {self.id} is already complete")
        if step_key != self.current_step:
            raise StepMismatch(self.current_step, step_key)
        step = questionnaire.step(step_key)
        cleaned = step.validate(answers)

        merged = dict(self.answers)
        # Answers of a re-visited step replace the earlier ones entirely.
        for question in step.questions:
            merged.pop(question.key, None)
        merged.update(cleaned)

        following = questionnaire.next_step(step_key, merged)
        self.answers = merged
        self.history.append(step_key)
        self.updated_at = now
        self.current_step = following
        if following is None:
            self.status = COMPLETE
            self.completed_at = now
        return following

    def is_stale(self, cutoff: datetime) -> bool:
        """An unfinished submission last touched before ``cutoff``."""
        touched = self.updated_at or self.created_at
        return not self.is_complete and touched is not None and touched < cutoff

"""Commands and the service that handles them."""

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List

from onboarding.application.questionnaires.ports import (
    QuestionnaireRepository,
    SubmissionRepository,
)
from onboarding.domain.questionnaire import Questionnaire
from onboarding.domain.submission import Submission


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class StartSubmission:
    questionnaire_slug: str


@dataclass(frozen=True)
class SaveAndAdvance:
    submission_id: str
    step: str
    answers: Dict[str, Any] = field(default_factory=dict)


class QuestionnaireService:
    def __init__(
        self,
        questionnaires: QuestionnaireRepository,
        submissions: SubmissionRepository,
        clock: Callable[[], datetime] = utc_now,
    ):
        self.questionnaires = questionnaires
        self.submissions = submissions
        self.clock = clock

    def list_questionnaires(self) -> List[Questionnaire]:
        return self.questionnaires.list()

    def get_questionnaire(self, slug: str) -> Questionnaire:
        return self.questionnaires.get(slug)

    def get_submission(self, submission_id: str) -> Submission:
        return self.submissions.get(submission_id)

    def start(self, command: StartSubmission) -> Submission:
        questionnaire = self.questionnaires.get(command.questionnaire_slug)
        submission = Submission.start(questionnaire, self.clock())
        return self.submissions.save(submission)

    def save_and_advance(self, command: SaveAndAdvance) -> Submission:
        """Validate and store one step's answers; the rules pick the next step."""
        submission = self.submissions.get(command.submission_id)
        questionnaire = self.questionnaires.get(submission.questionnaire_slug)
        submission.save_and_advance(questionnaire, command.step, command.answers, self.clock())
        return self.submissions.save(submission)

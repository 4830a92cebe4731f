"""Verify an uploaded document through the vision API, metering each call."""

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Optional

from onboarding.application.verification.ports import (
    ApplicantLookup,
    DocumentRepository,
    DocumentVerifier,
    UsageRepository,
    VerifierRejectedRequest,
)
from onboarding.domain.usage import UsageRecord, parse_period, period_of
from onboarding.domain.verification import (
    DEFAULT_MIN_CONFIDENCE,
    DocumentImage,
    VerificationResult,
    decide,
)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class VerifyDocument:
    submission_id: str
    kind: str
    content: bytes
    content_type: str
    filename: str = "document"


@dataclass(frozen=True)
class VerificationOutcome:
    document_id: str
    result: VerificationResult
    usage: UsageRecord


class UsageService:
    """Read-side of the monthly usage record."""

    def __init__(self, usage: UsageRepository, api: str, monthly_limit: int,
                 clock: Callable[[], datetime] = utc_now):
        self.usage = usage
        self.api = api
        self.monthly_limit = monthly_limit
        self.clock = clock

    def current_period(self) -> str:
        return period_of(self.clock().date())

    def report(self, period: Optional[str] = None) -> UsageRecord:
        period = parse_period(period) if period else self.current_period()
        return self.usage.get(self.api, period, self.monthly_limit)

    def record_call(self, period: str) -> UsageRecord:
        return self.usage.increment(self.api, period, self.monthly_limit)


class VerificationService:
    def __init__(
        self,
        verifier: DocumentVerifier,
        usage: UsageRepository,
        documents: DocumentRepository,
        applicants: ApplicantLookup,
        monthly_limit: int,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        clock: Callable[[], datetime] = utc_now,
    ):
        self.verifier = verifier
        self.documents = documents
        self.applicants = applicants
        self.min_confidence = min_confidence
        self.usage = UsageService(usage, verifier.name, monthly_limit, clock)

    def verify(self, command: VerifyDocument) -> VerificationOutcome:
        image = DocumentImage(
            kind=command.kind,
            content=command.content,
            content_type=command.content_type,
            filename=command.filename,
        )
        expected_name = self.applicants.expected_name(command.submission_id)
        period = self.usage.current_period()
        self.usage.report(period).ensure_available()

        # Every call that reaches the vendor is billed, whatever the answer (a
        # refused request too); one that fails in transit propagates unbilled.
        try:
            reading = self.verifier.read(image)
        except VerifierRejectedRequest:
            self.usage.record_call(period)
            raise
        record = self.usage.record_call(period)

        result = decide(reading, self.min_confidence, expected_name)
        document_id = self.documents.add(command.submission_id, image, result)
        return VerificationOutcome(document_id=document_id, result=result, usage=record)

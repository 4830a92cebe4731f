"""Ports the verification use cases depend on."""

import abc
from typing import Optional, Set

from onboarding.domain.usage import UsageRecord
from onboarding.domain.verification import DocumentImage, VendorReading, VerificationResult


class VerifierUnavailable(Exception):
    """The vision API could not be reached or failed (5xx, timeout). Not billed."""


class VerifierRejectedRequest(Exception):
    """The vision API refused the request itself (4xx): bad key, bad payload."""


class DocumentVerifier(abc.ABC):
    """An external vision/OCR service that reads identity documents."""

    name = "vision"

    @abc.abstractmethod
    def read(self, document: DocumentImage) -> VendorReading:
        """Send one document to the vendor and return its reading.

        Raise ``VerifierUnavailable`` when the call did not go through and
        ``VerifierRejectedRequest`` when the vendor refused the request.
        """


class UsageRepository(abc.ABC):
    @abc.abstractmethod
    def get(self, api: str, period: str, default_limit: int) -> UsageRecord:
        """The record for the period; a zero record if none was stored yet."""

    @abc.abstractmethod
    def increment(self, api: str, period: str, default_limit: int) -> UsageRecord:
        """Atomically add one call to the period's record, creating it if needed."""


class ApplicantLookup(abc.ABC):
    @abc.abstractmethod
    def expected_name(self, submission_id: str) -> Optional[str]:
        """Full name the applicant typed in, if any; raise ``NotFound`` for no submission."""


class DocumentRepository(abc.ABC):
    @abc.abstractmethod
    def add(self, submission_id: str, document: DocumentImage,
            result: VerificationResult) -> str:
        """Store the file and its verification result; return the new record id."""

    @abc.abstractmethod
    def referenced_files(self) -> Set[str]:
        """Storage names (relative to the media root) of all stored documents."""

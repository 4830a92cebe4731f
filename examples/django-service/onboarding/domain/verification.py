"""Identity documents and the outcome of verifying them."""

from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

from onboarding.domain.errors import DomainError

DOCUMENT_KINDS = ("passport", "id_card", "driving_licence", "residence_permit")

VERIFIED = "verified"
REJECTED = "rejected"
NEEDS_REVIEW = "needs_review"
OUTCOMES = (VERIFIED, REJECTED, NEEDS_REVIEW)

#: Below this confidence a document the vendor accepted still goes to a human.
DEFAULT_MIN_CONFIDENCE = 0.85

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
ACCEPTED_CONTENT_TYPES = ("image/jpeg", "image/png", "application/pdf")


@dataclass(frozen=True)
class DocumentImage:
    """The bytes of one uploaded document page, as sent to the vision API."""

    kind: str
    content: bytes
    content_type: str
    filename: str = "document"

    def __post_init__(self):
        if self.kind not in DOCUMENT_KINDS:
            raise DomainError(f"unknown document kind {self.kind!r}")
        if not self.content:
            raise DomainError("the document is empty")
        if len(self.content) > MAX_DOCUMENT_BYTES:
            raise DomainError("the document is larger than 10 MiB")
        if self.content_type not in ACCEPTED_CONTENT_TYPES:
            raise DomainError(f"unsupported content type {self.content_type!r}")


@dataclass(frozen=True)
class VendorReading:
    """What the vision/OCR vendor said about a document, before our policy."""

    accepted: bool
    confidence: float
    fields: Dict[str, str] = field(default_factory=dict)
    reasons: Tuple[str, ...] = ()
    reference: str = ""


@dataclass(frozen=True)
class VerificationResult:
    outcome: str
    confidence: float
    fields: Dict[str, str] = field(default_factory=dict)
    reasons: Tuple[str, ...] = ()
    reference: str = ""

    @property
    def verified(self) -> bool:
        return self.outcome == VERIFIED


def decide(reading: VendorReading, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
           expected_name: Optional[str] = None) -> VerificationResult:
    """Turn the vendor's reading into our outcome.

    * rejected by the vendor -> rejected
    * accepted with low confidence -> needs review
    * accepted, but the name read off the document differs from the one the
      applicant typed in -> needs review
    * otherwise verified
    """
    reasons = list(reading.reasons)
    if not reading.accepted:
        outcome = REJECTED
    elif reading.confidence < min_confidence:
        outcome = NEEDS_REVIEW
        reasons.append(f"confidence {reading.confidence:.2f} below {min_confidence:.2f}")
    else:
        outcome = VERIFIED
    if outcome == VERIFIED and expected_name:
        read_name = reading.fields.get("full_name", "")
        if _normalise(read_name) != _normalise(expected_name):
            outcome = NEEDS_REVIEW
            reasons.append("name on document does not match the questionnaire")
    return VerificationResult(
        outcome=outcome,
        confidence=reading.confidence,
        fields=dict(reading.fields),
        reasons=tuple(reasons),
        reference=reading.reference,
    )


def _normalise(name: str) -> str:
    return " ".join(name.casefold().split())


_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF-", "application/pdf"),
)


def detect_content_type(content: bytes) -> Optional[str]:
    """Content type from the file's magic bytes; None when not an accepted format."""
    for signature, content_type in _SIGNATURES:
        if content.startswith(signature):
            return content_type
    return None

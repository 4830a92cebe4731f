"""In-memory stand-in for the vision API, used in tests and local development."""

from collections import deque
from typing import Deque, List, Optional, Union

from onboarding.application.verification.ports import DocumentVerifier
from onboarding.domain.verification import DocumentImage, VendorReading


class InMemoryDocumentVerifier(DocumentVerifier):
    """Answers from a queue of scripted readings (or errors), then a default reading.

    Every call is recorded in ``calls`` so tests can assert what was sent.
    """

    def __init__(self, default: Optional[VendorReading] = None):
        self.default = default or VendorReading(
            accepted=True, confidence=0.97, fields={"document_number": "X0000000"},
            reference="fake-default")
        self._script: Deque[Union[VendorReading, Exception]] = deque()
        self.calls: List[DocumentImage] = []

    def will_return(self, *readings: Union[VendorReading, Exception]) -> "InMemoryDocumentVerifier":
        self._script.extend(readings)
        return self

    def reset(self) -> None:
        self._script.clear()
        self.calls.clear()

    def read(self, document: DocumentImage) -> VendorReading:
        self.calls.append(document)
        outcome = self._script.popleft() if self._script else self.default
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

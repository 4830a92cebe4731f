"""Composition root: builds application services with their adapters.

Interfaces (views, commands) ask this module for services; tests may pass
adapters in explicitly.
"""

from typing import Optional

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from onboarding.application.maintenance import CleanupService
from onboarding.application.questionnaires.commands import QuestionnaireService
from onboarding.application.verification.commands import UsageService, VerificationService
from onboarding.application.verification.ports import DocumentVerifier
from onboarding.infrastructure.fake_vision import InMemoryDocumentVerifier
from onboarding.infrastructure.repositories import (
    DjangoApplicantLookup,
    DjangoDocumentRepository,
    DjangoQuestionnaireRepository,
    DjangoSubmissionRepository,
    DjangoUsageRepository,
)
from onboarding.infrastructure.storage import FileSystemMediaStorage
from onboarding.infrastructure.vision_http import HttpDocumentVerifier

_fake_verifier = InMemoryDocumentVerifier()


def fake_verifier() -> InMemoryDocumentVerifier:
    """The process-wide fake used when ``VISION_API_BACKEND = "fake"``."""
    return _fake_verifier


def document_verifier() -> DocumentVerifier:
    backend = settings.VISION_API_BACKEND
    if backend == "fake":
        return _fake_verifier
    if backend == "http":
        if not settings.VISION_API_URL:
            raise ImproperlyConfigured("VISION_API_URL must be set for the http backend")
        return HttpDocumentVerifier(settings.VISION_API_URL, settings.VISION_API_KEY,
                                    settings.VISION_API_TIMEOUT)
    raise ImproperlyConfigured(f"unknown VISION_API_BACKEND {backend!r}")


def questionnaire_service() -> QuestionnaireService:
    return QuestionnaireService(DjangoQuestionnaireRepository(), DjangoSubmissionRepository())


def verification_service(verifier: Optional[DocumentVerifier] = None) -> VerificationService:
    return VerificationService(
        verifier=verifier or document_verifier(),
        usage=DjangoUsageRepository(),
        documents=DjangoDocumentRepository(),
        applicants=DjangoApplicantLookup(),
        monthly_limit=settings.VISION_API_MONTHLY_LIMIT,
        min_confidence=settings.VISION_MIN_CONFIDENCE,
    )


def usage_service() -> UsageService:
    return UsageService(DjangoUsageRepository(), DocumentVerifier.name,
                        settings.VISION_API_MONTHLY_LIMIT)


def cleanup_service() -> CleanupService:
    return CleanupService(
        submissions=DjangoSubmissionRepository(),
        documents=DjangoDocumentRepository(),
        storage=FileSystemMediaStorage(settings.MEDIA_ROOT),
    )

"""Map domain and application errors to HTTP responses."""

from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from onboarding.application.errors import NotFound
from onboarding.application.verification.ports import (
    VerifierRejectedRequest,
    VerifierUnavailable,
)
from onboarding.domain.errors import (
    DomainError,
    InvalidAnswers,
    QuotaExceeded,
    StepMismatch,
    SubmissionAlreadyComplete,
)


def exception_handler(exc, context):
    if isinstance(exc, NotFound):
        return Response({"detail": str(exc)}, status=status.HTTP_404_NOT_FOUND)
    if isinstance(exc, InvalidAnswers):
        return Response({"detail": "Some answers are invalid.", "errors": exc.errors},
                        status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, StepMismatch):
        return Response({"detail": str(exc), "current_step": exc.expected},
                        status=status.HTTP_409_CONFLICT)
    if isinstance(exc, SubmissionAlreadyComplete):
        return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, QuotaExceeded):
        return Response({"detail": str(exc)}, status=status.HTTP_429_TOO_MANY_REQUESTS)
    if isinstance(exc, VerifierUnavailable):
        return Response({"detail": "The verification provider is unavailable; retry later."},
                        status=status.HTTP_503_SERVICE_UNAVAILABLE)
    if isinstance(exc, VerifierRejectedRequest):
        return Response({"detail": "The verification provider refused the document."},
                        status=status.HTTP_502_BAD_GATEWAY)
    if isinstance(exc, DomainError):
        return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
    return drf_exception_handler(exc, context)

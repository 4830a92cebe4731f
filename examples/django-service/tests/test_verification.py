"""Document verification through the DocumentVerifier port, with the in-memory adapter."""

from datetime import datetime, timezone

import pytest

from onboarding.application.errors import NotFound
from onboarding.application.questionnaires.commands import SaveAndAdvance, StartSubmission
from onboarding.application.verification.commands import VerifyDocument
from onboarding.application.verification.ports import (
    VerifierRejectedRequest,
    VerifierUnavailable,
)
from onboarding.domain.errors import DomainError, QuotaExceeded
from onboarding.domain.verification import (
    NEEDS_REVIEW,
    REJECTED,
    VERIFIED,
    VendorReading,
    decide,
    detect_content_type,
)
from onboarding.infrastructure import factory, models
from onboarding.infrastructure.fake_vision import InMemoryDocumentVerifier

pytestmark = pytest.mark.django_db

ADA = VendorReading(accepted=True, confidence=0.97,
                    fields={"full_name": "ADA  LOVELACE", "document_number": "P1"},
                    reference="req_1")


@pytest.fixture
def submission_id(kyc):
    service = factory.questionnaire_service()
    submission = service.start(StartSubmission("kyc-basic"))
    service.save_and_advance(SaveAndAdvance(submission.id, "applicant", {
        "full_name": "Ada Lovelace", "date_of_birth": "1815-12-10", "has_company": "no"}))
    return submission.id


def verify(service, submission_id, png_bytes, kind="passport"):
    return service.verify(VerifyDocument(submission_id=submission_id, kind=kind,
                                         content=png_bytes, content_type="image/png",
                                         filename="passport.png"))


def period_now():
    return datetime.now(timezone.utc).strftime("%Y-%m")


def test_policy_decisions():
    assert decide(ADA).outcome == VERIFIED
    assert decide(ADA, expected_name="Ada Lovelace").outcome == VERIFIED
    assert decide(ADA, expected_name="Charles Babbage").outcome == NEEDS_REVIEW
    low = VendorReading(accepted=True, confidence=0.5)
    assert decide(low).outcome == NEEDS_REVIEW
    assert decide(VendorReading(accepted=False, confidence=0.99,
                                reasons=("expired",))).outcome == REJECTED


def test_content_sniffing(png_bytes):
    assert detect_content_type(png_bytes) == "image/png"
    assert detect_content_type(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert detect_content_type(b"%PDF-1.7") == "application/pdf"
    assert detect_content_type(b"GIF89a") is None


def test_verified_document_is_stored_and_billed(submission_id, png_bytes, settings):
    fake = InMemoryDocumentVerifier().will_return(ADA)
    outcome = verify(factory.verification_service(fake), submission_id, png_bytes)

    assert outcome.result.outcome == VERIFIED
    assert outcome.usage.used == 1 and outcome.usage.limit == 10000
    assert fake.calls[0].kind == "passport"
    document = models.UploadedDocument.objects.get(pk=outcome.document_id)
    assert document.outcome == VERIFIED
    assert document.vendor_reference == "req_1"
    assert (settings.MEDIA_ROOT / document.file.name).read_bytes() == png_bytes


def test_name_mismatch_needs_review(submission_id, png_bytes):
    other = VendorReading(accepted=True, confidence=0.99, fields={"full_name": "C Babbage"})
    fake = InMemoryDocumentVerifier().will_return(other)
    outcome = verify(factory.verification_service(fake), submission_id, png_bytes)
    assert outcome.result.outcome == NEEDS_REVIEW
    assert "name on document" in outcome.result.reasons[-1]


def test_every_call_increments_the_monthly_record(submission_id, png_bytes):
    fake = InMemoryDocumentVerifier().will_return(
        ADA, VendorReading(accepted=False, confidence=0.9), VerifierRejectedRequest("bad"))
    service = factory.verification_service(fake)
    verify(service, submission_id, png_bytes)
    verify(service, submission_id, png_bytes)
    with pytest.raises(VerifierRejectedRequest):
        verify(service, submission_id, png_bytes)
    record = models.ApiUsageRecord.objects.get(api="vision", period=period_now())
    assert record.used == 3
    assert models.UploadedDocument.objects.count() == 2


def test_calls_that_never_reached_the_vendor_are_not_billed(submission_id, png_bytes):
    fake = InMemoryDocumentVerifier().will_return(VerifierUnavailable("timeout"))
    with pytest.raises(VerifierUnavailable):
        verify(factory.verification_service(fake), submission_id, png_bytes)
    assert not models.ApiUsageRecord.objects.exists()


def test_quota_exhausted_blocks_before_calling(submission_id, png_bytes, settings):
    settings.VISION_API_MONTHLY_LIMIT = 2
    models.ApiUsageRecord.objects.create(api="vision", period=period_now(), used=2, limit=2)
    fake = InMemoryDocumentVerifier()
    with pytest.raises(QuotaExceeded):
        verify(factory.verification_service(fake), submission_id, png_bytes)
    assert fake.calls == []


def test_unknown_submission_and_bad_documents(kyc, png_bytes):
    service = factory.verification_service(InMemoryDocumentVerifier())
    with pytest.raises(NotFound):
        verify(service, "00000000-0000-0000-0000-000000000000", png_bytes)
    with pytest.raises(DomainError):
        verify(service, "00000000-0000-0000-0000-000000000000", png_bytes, kind="library_card")


def test_factory_uses_the_http_adapter_when_configured(settings):
    from onboarding.infrastructure.vision_http import HttpDocumentVerifier

    settings.VISION_API_BACKEND = "http"
    settings.VISION_API_URL = "https://vision.invalid/api"
    verifier = factory.document_verifier()
    assert isinstance(verifier, HttpDocumentVerifier)
    assert verifier.endpoint == "https://vision.invalid/api/v1/documents/verify"


def test_factory_refuses_http_without_url(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.VISION_API_BACKEND = "http"
    with pytest.raises(ImproperlyConfigured):
        factory.document_verifier()


class TestUploadEndpoint:
    def upload(self, client, submission_id, content, kind="passport"):
        from django.core.files.uploadedfile import SimpleUploadedFile

        return client.post(f"/api/submissions/{submission_id}/documents/",
                           {"kind": kind, "file": SimpleUploadedFile("scan.png", content)},
                           format="multipart")

    def test_upload_is_verified_with_the_configured_adapter(
            self, api_client, submission_id, png_bytes, fake_vision):
        fake_vision.will_return(ADA)
        response = self.upload(api_client, submission_id, png_bytes)
        assert response.status_code == 201, response.content
        body = response.json()
        assert body["outcome"] == "verified"
        assert body["usage"] == {"period": period_now(), "used": 1, "limit": 10000,
                                 "remaining": 9999}
        assert len(fake_vision.calls) == 1

    def test_non_image_upload_is_400(self, api_client, submission_id, fake_vision):
        response = self.upload(api_client, submission_id, b"MZ\x90\x00 not an image")
        assert response.status_code == 400
        assert fake_vision.calls == []

    def test_provider_errors_map_to_http_statuses(
            self, api_client, submission_id, png_bytes, fake_vision, settings):
        fake_vision.will_return(VerifierUnavailable("down"), VerifierRejectedRequest("400"))
        assert self.upload(api_client, submission_id, png_bytes).status_code == 503
        assert self.upload(api_client, submission_id, png_bytes).status_code == 502
        settings.VISION_API_MONTHLY_LIMIT = 1
        assert self.upload(api_client, submission_id, png_bytes).status_code == 429

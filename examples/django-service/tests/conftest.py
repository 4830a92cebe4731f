import pytest
from rest_framework.test import APIClient

from onboarding.infrastructure import factory
from onboarding.infrastructure.repositories import DjangoQuestionnaireRepository
from onboarding.infrastructure.seed import demo_questionnaire

TOKEN = "test-token-0123456789"

# Smallest valid PNG signature plus some bytes; enough for content sniffing.
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(autouse=True)
def _isolated_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.API_SECRET_TOKEN = TOKEN
    settings.VISION_API_BACKEND = "fake"
    settings.VISION_API_URL = ""
    settings.VISION_API_MONTHLY_LIMIT = 10000
    settings.VISION_MIN_CONFIDENCE = 0.85
    factory.fake_verifier().reset()
    yield
    factory.fake_verifier().reset()


@pytest.fixture
def fake_vision():
    return factory.fake_verifier()


@pytest.fixture
def anon_client():
    return APIClient()


@pytest.fixture
def api_client():
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    return client


@pytest.fixture
def kyc(db):
    """The demo questionnaire stored in the database."""
    questionnaire = demo_questionnaire()
    DjangoQuestionnaireRepository().store(questionnaire)
    return questionnaire


@pytest.fixture
def png_bytes():
    return PNG_BYTES

"""Bearer-token authentication, the public health check and the schema endpoint."""

import pytest

from tests.conftest import TOKEN

pytestmark = pytest.mark.django_db


def test_missing_token_is_401_with_challenge(anon_client, kyc):
    response = anon_client.get("/api/questionnaires/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'


@pytest.mark.parametrize("header", [
    "Bearer wrong-token",
    f"Bearer {TOKEN} extra",
    "Bearer",
    f"Bearer {TOKEN[:-1]}",
])
def test_bad_tokens_are_401(anon_client, kyc, header):
    anon_client.credentials(HTTP_AUTHORIZATION=header)
    assert anon_client.get("/api/questionnaires/").status_code == 401


def test_other_schemes_are_not_authenticated(anon_client, kyc):
    anon_client.credentials(HTTP_AUTHORIZATION=f"Token {TOKEN}")
    assert anon_client.get("/api/questionnaires/").status_code == 401


def test_scheme_is_case_insensitive(anon_client, kyc):
    anon_client.credentials(HTTP_AUTHORIZATION=f"bearer {TOKEN}")
    assert anon_client.get("/api/questionnaires/").status_code == 200


def test_empty_configured_token_denies_everything(anon_client, kyc, settings):
    settings.API_SECRET_TOKEN = ""
    anon_client.credentials(HTTP_AUTHORIZATION="Bearer ")
    assert anon_client.get("/api/questionnaires/").status_code == 401


def test_every_api_route_requires_the_token(anon_client, kyc):
    for method, path in [
        ("get", "/api/questionnaires/kyc-basic/"),
        ("post", "/api/submissions/"),
        ("get", "/api/usage/"),
    ]:
        assert getattr(anon_client, method)(path).status_code == 401, path


def test_healthz_needs_no_auth(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": "dev", "commit": ""}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_version_and_commit(client, settings):
    settings.APP_VERSION = "1.4.2"
    settings.GIT_SHA = "0a1b2c3"
    assert client.get("/healthz").json() == {"status": "ok", "version": "1.4.2",
                                             "commit": "0a1b2c3"}


def test_healthz_only_answers_safe_methods(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 200


def test_schema_endpoint_is_public_and_describes_bearer_auth(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "Onboarding service API"
    assert schema["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert "/api/submissions/{submission_id}/answers/" in schema["paths"]
    assert "/healthz" not in schema["paths"]

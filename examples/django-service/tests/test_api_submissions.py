"""Save and advance through the HTTP API."""

import uuid

import pytest

pytestmark = pytest.mark.django_db

APPLICANT = {"full_name": "Ada Lovelace", "date_of_birth": "1815-12-10", "has_company": "no"}


def start(client, slug="kyc-basic"):
    response = client.post("/api/submissions/", {"questionnaire": slug}, format="json")
    assert response.status_code == 201, response.content
    return response.json()


def answer(client, submission_id, step, answers):
    return client.post(f"/api/submissions/{submission_id}/answers/",
                       {"step": step, "answers": answers}, format="json")


def test_list_and_detail_questionnaires(api_client, kyc):
    listing = api_client.get("/api/questionnaires/").json()
    assert listing == [{"slug": "kyc-basic", "title": kyc.title, "version": 1,
                        "description": kyc.description, "step_count": 5}]
    detail = api_client.get("/api/questionnaires/kyc-basic/").json()
    assert [s["key"] for s in detail["steps"]] == kyc.step_keys
    first_rule = detail["steps"][0]["rules"][0]
    assert first_rule == {"question": "has_company", "operator": "eq", "value": "yes",
                          "target": "company_details"}


def test_unknown_questionnaire_is_404(api_client, kyc):
    assert api_client.get("/api/questionnaires/nope/").status_code == 404
    response = api_client.post("/api/submissions/", {"questionnaire": "nope"}, format="json")
    assert response.status_code == 404


def test_start_returns_the_first_step_to_render(api_client, kyc):
    body = start(api_client)
    assert body["status"] == "in_progress"
    assert body["current_step"] == "applicant"
    assert [q["key"] for q in body["step"]["questions"]] == [
        "full_name", "date_of_birth", "has_company"]
    assert body["answers"] == {} and body["history"] == []


def test_personal_path_completes(api_client, kyc):
    submission_id = start(api_client)["id"]

    body = answer(api_client, submission_id, "applicant", APPLICANT).json()
    assert body["current_step"] == "identity"

    body = answer(api_client, submission_id, "identity",
                  {"document_kind": "passport", "document_number": "P123"}).json()
    assert body["current_step"] == "consent"

    response = answer(api_client, submission_id, "consent", {"accept_terms": "yes"})
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "complete"
    assert body["current_step"] is None and body["step"] is None
    assert body["completed_at"] is not None
    assert body["history"] == ["applicant", "identity", "consent"]
    assert body["answers"]["document_number"] == "P123"

    again = api_client.get(f"/api/submissions/{submission_id}/").json()
    assert again == body


def test_company_path_branches_on_answers(api_client, kyc):
    submission_id = start(api_client)["id"]
    body = answer(api_client, submission_id, "applicant",
                  dict(APPLICANT, has_company="yes")).json()
    assert body["current_step"] == "company_details"
    body = answer(api_client, submission_id, "company_details",
                  {"company_name": "Engines Ltd", "company_number": "C1",
                   "employees": 1200}).json()
    assert body["current_step"] == "enhanced_due_diligence"
    assert body["answers"]["employees"] == 1200


def test_invalid_answers_are_400_with_errors(api_client, kyc):
    submission_id = start(api_client)["id"]
    response = answer(api_client, submission_id, "applicant",
                      {"full_name": "", "date_of_birth": "yesterday", "has_company": "perhaps"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"full_name", "date_of_birth", "has_company"}
    assert api_client.get(f"/api/submissions/{submission_id}/").json()["current_step"] == \
        "applicant"


def test_malformed_body_is_400(api_client, kyc):
    submission_id = start(api_client)["id"]
    response = api_client.post(f"/api/submissions/{submission_id}/answers/",
                               {"answers": "not an object"}, format="json")
    assert response.status_code == 400
    assert {"step", "answers"} <= set(response.json())


def test_answers_for_the_wrong_step_are_409(api_client, kyc):
    submission_id = start(api_client)["id"]
    response = answer(api_client, submission_id, "consent", {"accept_terms": "yes"})
    assert response.status_code == 409
    assert response.json()["current_step"] == "applicant"


def test_completed_submission_cannot_change(api_client, kyc):
    submission_id = start(api_client)["id"]
    answer(api_client, submission_id, "applicant", APPLICANT)
    answer(api_client, submission_id, "identity", {"document_kind": "id_card",
                                                   "document_number": "X"})
    answer(api_client, submission_id, "consent", {"accept_terms": "no"})
    response = answer(api_client, submission_id, "consent", {"accept_terms": "yes"})
    assert response.status_code == 409


def test_unknown_submission_is_404(api_client, kyc):
    missing = uuid.uuid4()
    assert api_client.get(f"/api/submissions/{missing}/").status_code == 404
    assert answer(api_client, missing, "applicant", APPLICANT).status_code == 404
    assert api_client.get("/api/submissions/not-a-uuid/").status_code == 404

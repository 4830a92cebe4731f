"""The questionnaire rules engine and answer validation (pure domain, no database)."""

from datetime import datetime, timezone

import pytest

from onboarding.domain.errors import (
    InvalidAnswers,
    QuestionnaireDefinitionError,
    StepMismatch,
    SubmissionAlreadyComplete,
)
from onboarding.domain.questionnaire import (
    END,
    Question,
    Questionnaire,
    Rule,
    Step,
    questionnaire_from_dict,
    questionnaire_to_dict,
    reachable_steps,
)
from onboarding.domain.submission import COMPLETE, IN_PROGRESS, Submission
from onboarding.infrastructure.seed import DEMO_QUESTIONNAIRE

NOW = datetime(2026, 11, 5, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def kyc():
    return questionnaire_from_dict(DEMO_QUESTIONNAIRE)


def test_yes_branches_to_company_details(kyc):
    assert kyc.next_step("applicant", {"has_company": "yes"}) == "company_details"


def test_no_goes_to_identity(kyc):
    assert kyc.next_step("applicant", {"has_company": "no"}) == "identity"


def test_numeric_rule_picks_enhanced_due_diligence(kyc):
    assert kyc.next_step("company_details", {"employees": 251}) == "enhanced_due_diligence"
    assert kyc.next_step("company_details", {"employees": 250}) == "identity"


def test_without_rules_the_next_step_in_order_follows(kyc):
    assert kyc.next_step("enhanced_due_diligence", {}) == "identity"
    assert kyc.next_step("identity", {}) == "consent"


def test_end_rule_and_last_step_finish(kyc):
    assert kyc.next_step("consent", {"accept_terms": "yes"}) is None
    plain = Questionnaire(slug="one", title="One", steps=(Step("only", "Only"),))
    assert plain.next_step("only", {}) is None


def test_first_matching_rule_wins():
    step = Step("a", "A", rules=(
        Rule(target="c", operator="gte", question="age", value=18),
        Rule(target="b", operator="always"),
    ))
    questionnaire = Questionnaire("q", "Q", steps=(step, Step("b", "B"), Step("c", "C")))
    assert questionnaire.next_step("a", {"age": 30}) == "c"
    assert questionnaire.next_step("a", {"age": 17}) == "b"
    assert questionnaire.next_step("a", {}) == "b"


@pytest.mark.parametrize("operator,value,answer,expected", [
    ("eq", "Yes", "yes", True),
    ("ne", "yes", "no", True),
    ("in", ["loan", "other"], "loan", True),
    ("not_in", ["loan", "other"], "revenue", True),
    ("gt", 10, 11, True),
    ("lt", 10, 11, False),
    ("lte", 10, 10, True),
    ("answered", None, "x", True),
    ("answered", None, "", False),
    ("gt", 10, "not a number", False),
])
def test_rule_operators(operator, value, answer, expected):
    rule = Rule(target="x", operator=operator, question="q", value=value)
    assert rule.matches({"q": answer}) is expected


def test_conditions_on_missing_answers_do_not_match():
    assert not Rule(target="x", operator="ne", question="q", value="a").matches({})


def test_validation_cleans_and_reports_every_problem(kyc):
    step = kyc.step("applicant")
    cleaned = step.validate({"full_name": " Ada Lovelace ", "date_of_birth": "1815-12-10",
                             "has_company": True})
    assert cleaned == {"full_name": "Ada Lovelace", "date_of_birth": "1815-12-10",
                       "has_company": "yes"}
    with pytest.raises(InvalidAnswers) as caught:
        step.validate({"date_of_birth": "10/12/1815", "has_company": "maybe", "extra": 1})
    assert set(caught.value.errors) == {"full_name", "date_of_birth", "has_company", "extra"}


def test_number_and_choice_questions():
    number = Question("n", "N", kind="number")
    assert number.clean("42") == 42
    assert number.clean("2.5") == 2.5
    with pytest.raises(ValueError):
        number.clean("NaN")
    day = Question("d", "D", kind="date")
    assert day.clean("2024-02-29") == "2024-02-29"
    for bad in ("2023-02-29", "2024-2-9", "20240229", "yesterday"):
        with pytest.raises(ValueError):
            day.clean(bad)
    choice = Question("c", "C", kind="choice", choices=("a", "b"))
    with pytest.raises(ValueError):
        choice.clean("z")


@pytest.mark.parametrize("definition", [
    {"slug": "empty", "steps": []},
    {"slug": "dup", "steps": [{"key": "a"}, {"key": "a"}]},
    {"slug": "bad-target", "steps": [{"key": "a", "rules": [{"target": "nowhere"}]}]},
    {"slug": "bad-op", "steps": [
        {"key": "a", "rules": [{"target": END, "operator": "like", "question": "x"}]}]},
    {"slug": "no-question", "steps": [
        {"key": "a", "rules": [{"target": END, "operator": "eq"}]}]},
    {"slug": "choice", "steps": [{"key": "a", "questions": [{"key": "c", "kind": "choice"}]}]},
])
def test_inconsistent_definitions_are_refused(definition):
    with pytest.raises(QuestionnaireDefinitionError):
        questionnaire_from_dict(definition)


def test_definition_round_trip(kyc):
    assert questionnaire_from_dict(questionnaire_to_dict(kyc)) == kyc


def test_every_demo_step_is_reachable(kyc):
    assert sorted(reachable_steps(kyc)) == sorted(kyc.step_keys)


def test_save_and_advance_through_the_company_path(kyc):
    submission = Submission.start(kyc, NOW)
    assert submission.current_step == "applicant"
    submission.save_and_advance(kyc, "applicant", {
        "full_name": "Ada Lovelace", "date_of_birth": "1815-12-10", "has_company": "yes"}, NOW)
    assert submission.current_step == "company_details"
    submission.save_and_advance(kyc, "company_details", {
        "company_name": "Engines Ltd", "company_number": "123", "employees": "900"}, NOW)
    assert submission.current_step == "enhanced_due_diligence"
    submission.save_and_advance(kyc, "enhanced_due_diligence", {"source_of_funds": "revenue"}, NOW)
    submission.save_and_advance(kyc, "identity", {"document_kind": "passport",
                                                  "document_number": "P1"}, NOW)
    assert submission.status == IN_PROGRESS
    assert submission.save_and_advance(kyc, "consent", {"accept_terms": "yes"}, NOW) is None
    assert submission.status == COMPLETE
    assert submission.completed_at == NOW
    assert submission.history == ["applicant", "company_details", "enhanced_due_diligence",
                                  "identity", "consent"]
    with pytest.raises(SubmissionAlreadyComplete):
        submission.save_and_advance(kyc, "consent", {"accept_terms": "yes"}, NOW)


def test_answers_for_another_step_are_refused(kyc):
    submission = Submission.start(kyc, NOW)
    with pytest.raises(StepMismatch) as caught:
        submission.save_and_advance(kyc, "identity", {}, NOW)
    assert caught.value.expected == "applicant"


def test_failed_validation_leaves_the_submission_untouched(kyc):
    submission = Submission.start(kyc, NOW)
    with pytest.raises(InvalidAnswers):
        submission.save_and_advance(kyc, "applicant", {"full_name": "Ada"}, NOW)
    assert submission.answers == {}
    assert submission.history == []
    assert submission.current_step == "applicant"

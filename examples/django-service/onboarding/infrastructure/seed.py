"""The demo questionnaire: a small business/personal KYC flow with branching."""

from onboarding.domain.questionnaire import END, questionnaire_from_dict

DEMO_QUESTIONNAIRE = {
    "slug": "kyc-basic",
    "title": "Basic customer onboarding",
    "version": 1,
    "description": "Personal details, optional company details, identity document, consent.",
    "steps": [
        {
            "key": "applicant",
            "title": "About you",
            "questions": [
                {"key": "full_name", "label": "Full legal name"},
                {"key": "date_of_birth", "label": "Date of birth", "kind": "date"},
                {"key": "has_company", "label": "Are you signing up for a company?",
                 "kind": "yes_no"},
            ],
            "rules": [
                {"question": "has_company", "operator": "eq", "value": "yes",
                 "target": "company_details"},
                {"target": "identity"},
            ],
        },
        {
            "key": "company_details",
            "title": "Your company",
            "questions": [
                {"key": "company_name", "label": "Registered company name"},
                {"key": "company_number", "label": "Company registration number"},
                {"key": "employees", "label": "Number of employees", "kind": "number"},
            ],
            "rules": [
                {"question": "employees", "operator": "gt", "value": 250,
                 "target": "enhanced_due_diligence"},
                {"target": "identity"},
            ],
        },
        {
            "key": "enhanced_due_diligence",
            "title": "Source of funds",
            "questions": [
                {"key": "source_of_funds", "label": "Main source of funds", "kind": "choice",
                 "choices": ["revenue", "investment", "loan", "other"]},
                {"key": "funds_details", "label": "Details", "required": False},
            ],
        },
        {
            "key": "identity",
            "title": "Identity document",
            "questions": [
                {"key": "document_kind", "label": "Document type", "kind": "choice",
                 "choices": ["passport", "id_card", "driving_licence"]},
                {"key": "document_number", "label": "Document number"},
            ],
        },
        {
            "key": "consent",
            "title": "Consent",
            "questions": [
                {"key": "accept_terms", "label": "Do you accept the terms?", "kind": "yes_no"},
            ],
            "rules": [{"target": END}],
        },
    ],
}


def demo_questionnaire():
    return questionnaire_from_dict(DEMO_QUESTIONNAIRE)

"""OpenAPI schema generation (drf-spectacular and DRF's own generator)."""

from io import StringIO
from pathlib import Path

import yaml
from django.core.management import call_command

SERVICE_DIR = Path(__file__).resolve().parent.parent


def spectacular_yaml():
    out = StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=out)
    return out.getvalue()


def test_spectacular_schema_is_valid_and_committed():
    generated = spectacular_yaml()
    committed = (SERVICE_DIR / "schema.yml").read_text()
    assert generated == committed, (
        "schema.yml is out of date: run `manage.py spectacular --file schema.yml`")


def test_spectacular_schema_content():
    schema = yaml.safe_load(spectacular_yaml())
    operations = {op["operationId"] for path in schema["paths"].values() for op in path.values()}
    assert operations == {
        "questionnaires_list", "questionnaires_retrieve", "submissions_create",
        "submissions_retrieve", "submissions_answer", "submissions_verify_document",
        "usage_retrieve",
    }
    upload = schema["paths"]["/api/submissions/{submission_id}/documents/"]["post"]
    assert "multipart/form-data" in upload["requestBody"]["content"]


def test_drf_generateschema_works():
    out = StringIO()
    call_command("generateschema", stdout=out)
    schema = yaml.safe_load(out.getvalue())
    assert schema["openapi"].startswith("3.")
    assert "/api/submissions/{submission_id}/answers/" in schema["paths"]

"""The management commands scheduled jobs call; each prints JSON."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from onboarding.application.questionnaires.commands import SaveAndAdvance, StartSubmission
from onboarding.application.verification.commands import VerifyDocument
from onboarding.infrastructure import factory, models

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return json.loads(out.getvalue())


def test_usage_report_for_a_period():
    models.ApiUsageRecord.objects.create(api="vision", period="2026-11", used=7100, limit=10000)
    assert run("usage_report", "--period", "2026-11") == {
        "used": 7100, "limit": 10000, "period": "2026-11"}


def test_usage_report_current_month_without_record(settings):
    settings.VISION_API_MONTHLY_LIMIT = 500
    report = run("usage_report")
    assert report == {"used": 0, "limit": 500,
                      "period": timezone.now().strftime("%Y-%m")}


def test_usage_report_rejects_bad_period():
    with pytest.raises(CommandError):
        call_command("usage_report", "--period", "2026-13", stdout=StringIO())


def make_submission(days_old, complete=False):
    service = factory.questionnaire_service()
    submission = service.start(StartSubmission("kyc-basic"))
    if complete:
        for step, answers in [
            ("applicant", {"full_name": "A", "date_of_birth": "1990-01-01", "has_company": "no"}),
            ("identity", {"document_kind": "passport", "document_number": "1"}),
            ("consent", {"accept_terms": "yes"}),
        ]:
            service.save_and_advance(SaveAndAdvance(submission.id, step, answers))
    models.Submission.objects.filter(pk=submission.id).update(
        updated_at=timezone.now() - timedelta(days=days_old))
    return submission.id


def test_cleanup_stale(kyc, settings, png_bytes):
    stale = make_submission(days_old=45)
    fresh = make_submission(days_old=3)
    finished = make_submission(days_old=400, complete=True)
    factory.verification_service().verify(VerifyDocument(
        submission_id=stale, kind="passport", content=png_bytes, content_type="image/png",
        filename="old.png"))
    stale_file = models.UploadedDocument.objects.get(submission_id=stale).file.name
    orphan = settings.MEDIA_ROOT / "documents" / "2020" / "01" / "lost.png"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(png_bytes)
    models.Submission.objects.filter(pk=stale).update(
        updated_at=timezone.now() - timedelta(days=45))

    preview = run("cleanup_stale", "--dry-run")
    assert preview["dry_run"] is True
    assert preview["stale_submissions"] == [stale]
    assert preview["orphaned_files"] == ["documents/2020/01/lost.png"]
    assert preview["deleted_submissions"] == 0 and preview["deleted_files"] == 0
    assert orphan.exists() and models.Submission.objects.filter(pk=stale).exists()

    report = run("cleanup_stale", "--days", "30")
    assert report["deleted_submissions"] == 1
    assert sorted(report["orphaned_files"]) == sorted(["documents/2020/01/lost.png", stale_file])
    assert report["deleted_files"] == 2
    assert not orphan.exists() and not (settings.MEDIA_ROOT / "documents" / "2020").exists()
    assert set(models.Submission.objects.values_list("pk", flat=True).order_by()) == {
        models.Submission.objects.get(pk=fresh).pk, models.Submission.objects.get(pk=finished).pk}

    assert run("cleanup_stale", "--days", "2")["stale_submissions"] == [fresh]


def test_cleanup_stale_without_media_root(kyc, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "does-not-exist"
    assert run("cleanup_stale")["orphaned_files"] == []


def test_cleanup_stale_rejects_bad_days():
    with pytest.raises(CommandError):
        call_command("cleanup_stale", "--days", "0", stdout=StringIO())


def test_privileged_users():
    users = get_user_model().objects
    users.create_user("alice", "alice@example.com", is_staff=True)
    root = users.create_superuser("root", "root@example.com", "pw")
    root.last_login = timezone.now()
    root.save()
    users.create_user("bob", "bob@example.com")
    users.create_user("carol", "", is_staff=True, is_active=False)

    rows = run("privileged_users")
    assert [r["username"] for r in rows] == ["alice", "carol", "root"]
    alice, carol, root_row = rows
    assert alice == {"username": "alice", "email": "alice@example.com", "is_staff": True,
                     "is_superuser": False, "is_active": True, "last_login": None,
                     "date_joined": alice["date_joined"]}
    assert carol["is_active"] is False
    assert root_row["is_superuser"] is True and root_row["last_login"].startswith("20")


def test_privileged_users_empty():
    assert run("privileged_users") == []


def test_seed_demo_is_idempotent():
    assert run("seed_demo")["seeded"] == "kyc-basic"
    run("seed_demo")
    assert models.Questionnaire.objects.count() == 1
    assert models.QuestionnaireStep.objects.count() == 5

"""Django ORM implementations of the application ports."""

import uuid
from typing import List, Optional, Set

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F

from onboarding.application.errors import NotFound
from onboarding.application.questionnaires.ports import (
    QuestionnaireRepository,
    SubmissionRepository,
)
from onboarding.application.verification.ports import (
    ApplicantLookup,
    DocumentRepository,
    UsageRepository,
)
from onboarding.domain import questionnaire as q
from onboarding.domain.submission import IN_PROGRESS, Submission
from onboarding.domain.usage import UsageRecord
from onboarding.domain.verification import DocumentImage, VerificationResult
from onboarding.infrastructure import models


def _to_domain_questionnaire(record: models.Questionnaire) -> q.Questionnaire:
    steps = []
    for step in record.steps.all():
        questions = tuple(
            q.Question(key=x.key, label=x.label, kind=x.kind, required=x.required,
                       choices=tuple(x.choices or ()))
            for x in step.questions.all()
        )
        rules = tuple(
            q.Rule(target=r.target, operator=r.operator,
                   question=r.question_key or None, value=r.value)
            for r in step.rules.all()
        )
        steps.append(q.Step(key=step.key, title=step.title, questions=questions, rules=rules))
    return q.Questionnaire(slug=record.slug, title=record.title, steps=tuple(steps),
                           version=record.version, description=record.description)


class DjangoQuestionnaireRepository(QuestionnaireRepository):
    def _queryset(self):
        return models.Questionnaire.objects.filter(is_active=True).prefetch_related(
            "steps__questions", "steps__rules"
        )

    def get(self, slug: str) -> q.Questionnaire:
        record = self._queryset().filter(slug=slug).first()
        if record is None:
            raise NotFound("questionnaire", slug)
        return _to_domain_questionnaire(record)

    def list(self) -> List[q.Questionnaire]:
        return [_to_domain_questionnaire(r) for r in self._queryset().order_by("slug")]

    @transaction.atomic
    def store(self, questionnaire: q.Questionnaire) -> None:
        """Create or replace a questionnaire definition (used by seeding and admin tools)."""
        record, created = models.Questionnaire.objects.get_or_create(
            slug=questionnaire.slug,
            defaults={"title": questionnaire.title, "version": questionnaire.version,
                      "description": questionnaire.description},
        )
        if not created:
            record.title = questionnaire.title
            record.version = questionnaire.version
            record.description = questionnaire.description
            record.is_active = True
            record.save()
            record.steps.all().delete()
        for position, step in enumerate(questionnaire.steps):
            step_record = models.QuestionnaireStep.objects.create(
                questionnaire=record, key=step.key, title=step.title, position=position)
            models.Question.objects.bulk_create([
                models.Question(step=step_record, key=x.key, label=x.label, kind=x.kind,
                                required=x.required, choices=list(x.choices), position=i)
                for i, x in enumerate(step.questions)
            ])
            models.StepRule.objects.bulk_create([
                models.StepRule(step=step_record, position=i, question_key=r.question or "",
                                operator=r.operator, value=r.value, target=r.target)
                for i, r in enumerate(step.rules)
            ])


def _parse_uuid(value) -> Optional[uuid.UUID]:
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


def _to_domain_submission(record: models.Submission) -> Submission:
    return Submission(
        id=str(record.id),
        questionnaire_slug=record.questionnaire.slug,
        current_step=record.current_step or None,
        status=record.status,
        answers=dict(record.answers or {}),
        history=list(record.history or []),
        created_at=record.created_at,
        updated_at=record.updated_at,
        completed_at=record.completed_at,
    )


class DjangoSubmissionRepository(SubmissionRepository):
    def get(self, submission_id: str) -> Submission:
        pk = _parse_uuid(submission_id)
        record = None
        if pk is not None:
            record = models.Submission.objects.select_related("questionnaire").filter(pk=pk).first()
        if record is None:
            raise NotFound("submission", str(submission_id))
        return _to_domain_submission(record)

    def save(self, submission: Submission) -> Submission:
        questionnaire = models.Questionnaire.objects.get(slug=submission.questionnaire_slug)
        values = {
            "questionnaire": questionnaire,
            "current_step": submission.current_step or "",
            "status": submission.status,
            "answers": submission.answers,
            "history": submission.history,
            "completed_at": submission.completed_at,
        }
        if submission.created_at is not None:
            values["created_at"] = submission.created_at
        if submission.updated_at is not None:
            values["updated_at"] = submission.updated_at
        if submission.id is None:
            record = models.Submission.objects.create(**values)
        else:
            record, _ = models.Submission.objects.update_or_create(
                pk=_parse_uuid(submission.id), defaults=values)
        return _to_domain_submission(record)

    def find_stale(self, cutoff) -> List[Submission]:
        records = models.Submission.objects.select_related("questionnaire").filter(
            status=IN_PROGRESS, updated_at__lt=cutoff).order_by("updated_at")
        return [_to_domain_submission(r) for r in records]

    def delete(self, submission_ids: List[str]) -> int:
        pks = [pk for pk in (_parse_uuid(i) for i in submission_ids) if pk is not None]
        _, per_model = models.Submission.objects.filter(pk__in=pks).delete()
        return per_model.get(models.Submission._meta.label, 0)


class DjangoUsageRepository(UsageRepository):
    """The limit reported is always the configured one; the row keeps the last one used."""

    def get(self, api: str, period: str, default_limit: int) -> UsageRecord:
        used = (models.ApiUsageRecord.objects.filter(api=api, period=period)
                .values_list("used", flat=True).first())
        return UsageRecord(api=api, period=period, used=used or 0, limit=default_limit)

    def increment(self, api: str, period: str, default_limit: int) -> UsageRecord:
        with transaction.atomic():
            record, _ = models.ApiUsageRecord.objects.get_or_create(
                api=api, period=period, defaults={"limit": default_limit})
            models.ApiUsageRecord.objects.filter(pk=record.pk).update(
                used=F("used") + 1, limit=default_limit)
            record.refresh_from_db(fields=["used"])
        return UsageRecord(api=api, period=period, used=record.used, limit=default_limit)


class DjangoApplicantLookup(ApplicantLookup):
    def expected_name(self, submission_id: str) -> Optional[str]:
        pk = _parse_uuid(submission_id)
        answers = None
        if pk is not None:
            answers = (models.Submission.objects.filter(pk=pk)
                       .values_list("answers", flat=True).first())
        if answers is None:
            raise NotFound("submission", str(submission_id))
        name = answers.get("full_name")
        return str(name) if name else None


class DjangoDocumentRepository(DocumentRepository):
    def add(self, submission_id: str, document: DocumentImage,
            result: VerificationResult) -> str:
        record = models.UploadedDocument(
            submission_id=_parse_uuid(submission_id),
            kind=document.kind,
            content_type=document.content_type,
            size=len(document.content),
            outcome=result.outcome,
            confidence=result.confidence,
            extracted_fields=dict(result.fields),
            reasons=list(result.reasons),
            vendor_reference=result.reference,
        )
        record.file.save(_safe_name(document.filename), ContentFile(document.content), save=False)
        record.save()
        return str(record.pk)

    def referenced_files(self) -> Set[str]:
        return set(models.UploadedDocument.objects.exclude(file="")
                   .values_list("file", flat=True))


def _safe_name(filename: str) -> str:
    base = filename.replace("\\", "/").rsplit("/", 1)[-1].strip() or "document"
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in base)[:100]

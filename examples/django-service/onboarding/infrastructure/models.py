"""ORM models. Domain objects are mapped to and from these in ``repositories``."""

import uuid

from django.db import models
from django.utils import timezone

from onboarding.domain import questionnaire as q
from onboarding.domain import submission as s
from onboarding.domain import verification as v


def _choices(values):
    return [(value, value.replace("_", " ")) for value in values]


class Questionnaire(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return f"{self.title} (v{self.version})"


class QuestionnaireStep(models.Model):
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE,
                                      related_name="steps")
    key = models.SlugField(max_length=80)
    title = models.CharField(max_length=200)
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ["questionnaire", "position"]
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "key"],
                                    name="onboarding_step_key_unique"),
            models.UniqueConstraint(fields=["questionnaire", "position"],
                                    name="onboarding_step_position_unique"),
        ]

    def __str__(self):
        return f"{self.questionnaire.slug}/{self.key}"


class Question(models.Model):
    step = models.ForeignKey(QuestionnaireStep, on_delete=models.CASCADE,
                             related_name="questions")
    key = models.SlugField(max_length=80)
    label = models.CharField(max_length=300)
    kind = models.CharField(max_length=16, choices=_choices(q.QUESTION_KINDS), default="text")
    required = models.BooleanField(default=True)
    choices = models.JSONField(default=list, blank=True)
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ["step", "position"]
        constraints = [
            models.UniqueConstraint(fields=["step", "key"], name="onboarding_question_key_unique"),
        ]

    def __str__(self):
        return self.key


class StepRule(models.Model):
    """One branching rule of a step; evaluated in ``position`` order."""

    step = models.ForeignKey(QuestionnaireStep, on_delete=models.CASCADE, related_name="rules")
    position = models.PositiveIntegerField()
    question_key = models.CharField(max_length=80, blank=True)
    operator = models.CharField(max_length=16, choices=_choices(q.OPERATORS), default="always")
    value = models.JSONField(null=True, blank=True)
    target = models.CharField(max_length=80, help_text=f"step key, or {q.END} to finish")

    class Meta:
        ordering = ["step", "position"]

    def __str__(self):
        return f"{self.step}: {self.operator} {self.question_key} -> {self.target}"


class Submission(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.PROTECT,
                                      related_name="submissions")
    current_step = models.CharField(max_length=80, blank=True)
    status = models.CharField(max_length=16, choices=_choices(s.STATUSES), default=s.IN_PROGRESS)
    answers = models.JSONField(default=dict, blank=True)
    history = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now, db_index=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["status", "updated_at"], name="onboarding_sub_stale_idx")]

    def __str__(self):
        return f"{self.questionnaire.slug} {self.id} ({self.status})"


def document_upload_to(instance, filename):
    today = timezone.now()
    return f"documents/{today:%Y/%m}/{instance.submission_id}/{filename}"


class UploadedDocument(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE,
                                   related_name="documents")
    kind = models.CharField(max_length=32, choices=_choices(v.DOCUMENT_KINDS))
    file = models.FileField(upload_to=document_upload_to, max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    outcome = models.CharField(max_length=16, choices=_choices(v.OUTCOMES))
    confidence = models.FloatField()
    extracted_fields = models.JSONField(default=dict, blank=True)
    reasons = models.JSONField(default=list, blank=True)
    vendor_reference = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.kind} for {self.submission_id}: {self.outcome}"


class ApiUsageRecord(models.Model):
    """Calls made to a metered external API in one calendar month."""

    api = models.CharField(max_length=32)
    period = models.CharField(max_length=7, help_text="YYYY-MM")
    used = models.PositiveIntegerField(default=0)
    limit = models.PositiveIntegerField(db_column="call_limit")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-period", "api"]
        constraints = [
            models.UniqueConstraint(fields=["api", "period"], name="onboarding_usage_unique"),
        ]

    def __str__(self):
        return f"{self.api} {self.period}: {self.used}/{self.limit}"

"""Request and response shapes of the API."""

from rest_framework import serializers

from onboarding.domain.questionnaire import OPERATORS, QUESTION_KINDS
from onboarding.domain.submission import STATUSES
from onboarding.domain.verification import DOCUMENT_KINDS, OUTCOMES


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


class InvalidAnswersSerializer(serializers.Serializer):
    detail = serializers.CharField()
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class StepConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    current_step = serializers.CharField(allow_null=True)


class QuestionSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    kind = serializers.ChoiceField(choices=QUESTION_KINDS)
    required = serializers.BooleanField()
    choices = serializers.ListField(child=serializers.CharField())


class RuleSerializer(serializers.Serializer):
    question = serializers.CharField(allow_null=True)
    operator = serializers.ChoiceField(choices=OPERATORS)
    value = serializers.JSONField(allow_null=True)
    target = serializers.CharField(help_text="Step key, or __end__ to finish.")


class StepSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    questions = QuestionSerializer(many=True)
    rules = RuleSerializer(many=True)


class QuestionnaireSummarySerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    version = serializers.IntegerField()
    description = serializers.CharField()
    step_count = serializers.SerializerMethodField()

    def get_step_count(self, questionnaire) -> int:
        return len(questionnaire.steps)


class QuestionnaireSerializer(QuestionnaireSummarySerializer):
    steps = StepSerializer(many=True)


class SubmissionSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    questionnaire = serializers.SlugField()
    status = serializers.ChoiceField(choices=STATUSES)
    current_step = serializers.CharField(allow_null=True)
    step = StepSerializer(allow_null=True, help_text="The step to answer next; null when complete.")
    answers = serializers.DictField()
    history = serializers.ListField(child=serializers.CharField())
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    completed_at = serializers.DateTimeField(allow_null=True)


class StartSubmissionSerializer(serializers.Serializer):
    questionnaire = serializers.SlugField()


class SaveAndAdvanceSerializer(serializers.Serializer):
    step = serializers.CharField(help_text="Key of the submission's current step.")
    answers = serializers.DictField(help_text="Answers keyed by question key.")


class DocumentUploadSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=DOCUMENT_KINDS)
    file = serializers.FileField()


class UsageSerializer(serializers.Serializer):
    period = serializers.CharField()
    used = serializers.IntegerField()
    limit = serializers.IntegerField()
    remaining = serializers.IntegerField()


class VerificationSerializer(serializers.Serializer):
    document_id = serializers.CharField()
    outcome = serializers.ChoiceField(choices=OUTCOMES)
    confidence = serializers.FloatField()
    fields = serializers.DictField(child=serializers.CharField())
    reasons = serializers.ListField(child=serializers.CharField())
    usage = UsageSerializer()

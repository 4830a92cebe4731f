"""API views. They translate HTTP to application commands and back."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from onboarding.application.questionnaires.commands import SaveAndAdvance, StartSubmission
from onboarding.application.verification.commands import VerifyDocument
from onboarding.domain.verification import detect_content_type
from onboarding.infrastructure import factory
from onboarding.interfaces.api import serializers as s

UNAUTHORIZED = {401: s.ErrorSerializer}
NOT_FOUND = {404: s.ErrorSerializer}


def submission_payload(submission, questionnaire):
    step = questionnaire.step(submission.current_step) if submission.current_step else None
    return {
        "id": submission.id,
        "questionnaire": submission.questionnaire_slug,
        "status": submission.status,
        "current_step": submission.current_step,
        "step": step,
        "answers": submission.answers,
        "history": submission.history,
        "created_at": submission.created_at,
        "updated_at": submission.updated_at,
        "completed_at": submission.completed_at,
    }


def _validated(serializer_class, data):
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class QuestionnaireListView(APIView):
    @extend_schema(operation_id="questionnaires_list", tags=["questionnaires"],
                   responses={200: s.QuestionnaireSummarySerializer(many=True), **UNAUTHORIZED})
    def get(self, request):
        questionnaires = factory.questionnaire_service().list_questionnaires()
        return Response(s.QuestionnaireSummarySerializer(questionnaires, many=True).data)


class QuestionnaireDetailView(APIView):
    @extend_schema(operation_id="questionnaires_retrieve", tags=["questionnaires"],
                   responses={200: s.QuestionnaireSerializer, **UNAUTHORIZED, **NOT_FOUND})
    def get(self, request, slug):
        questionnaire = factory.questionnaire_service().get_questionnaire(slug)
        return Response(s.QuestionnaireSerializer(questionnaire).data)


class SubmissionCreateView(APIView):
    @extend_schema(operation_id="submissions_create", tags=["submissions"],
                   request=s.StartSubmissionSerializer,
                   responses={201: s.SubmissionSerializer, **UNAUTHORIZED, **NOT_FOUND})
    def post(self, request):
        data = _validated(s.StartSubmissionSerializer, request.data)
        service = factory.questionnaire_service()
        submission = service.start(StartSubmission(questionnaire_slug=data["questionnaire"]))
        questionnaire = service.get_questionnaire(submission.questionnaire_slug)
        payload = submission_payload(submission, questionnaire)
        return Response(s.SubmissionSerializer(payload).data, status=status.HTTP_201_CREATED)


class SubmissionDetailView(APIView):
    @extend_schema(operation_id="submissions_retrieve", tags=["submissions"],
                   responses={200: s.SubmissionSerializer, **UNAUTHORIZED, **NOT_FOUND})
    def get(self, request, submission_id):
        service = factory.questionnaire_service()
        submission = service.get_submission(str(submission_id))
        questionnaire = service.get_questionnaire(submission.questionnaire_slug)
        return Response(s.SubmissionSerializer(submission_payload(submission, questionnaire)).data)


class SubmissionAnswersView(APIView):
    """Save and advance: store the current step's answers; the rules pick the next step."""

    @extend_schema(
        operation_id="submissions_answer",
        tags=["submissions"],
        request=s.SaveAndAdvanceSerializer,
        responses={200: s.SubmissionSerializer, 400: s.InvalidAnswersSerializer,
                   409: s.StepConflictSerializer, **UNAUTHORIZED, **NOT_FOUND},
    )
    def post(self, request, submission_id):
        data = _validated(s.SaveAndAdvanceSerializer, request.data)
        service = factory.questionnaire_service()
        submission = service.save_and_advance(SaveAndAdvance(
            submission_id=str(submission_id), step=data["step"], answers=data["answers"]))
        questionnaire = service.get_questionnaire(submission.questionnaire_slug)
        return Response(s.SubmissionSerializer(submission_payload(submission, questionnaire)).data)


class SubmissionDocumentView(APIView):
    """Upload an identity document; it is verified through the vision API."""

    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="submissions_verify_document",
        tags=["verification"],
        request=s.DocumentUploadSerializer,
        responses={201: s.VerificationSerializer, 400: s.ErrorSerializer,
                   429: s.ErrorSerializer, 502: s.ErrorSerializer, 503: s.ErrorSerializer,
                   **UNAUTHORIZED, **NOT_FOUND},
    )
    def post(self, request, submission_id):
        data = _validated(s.DocumentUploadSerializer, request.data)
        upload = data["file"]
        content = upload.read()
        content_type = detect_content_type(content)
        if content_type is None:
            raise ValidationError({"file": ["Upload a PNG, JPEG or PDF file."]})
        outcome = factory.verification_service().verify(VerifyDocument(
            submission_id=str(submission_id),
            kind=data["kind"],
            content=content,
            content_type=content_type,
            filename=upload.name or "document",
        ))
        result, usage = outcome.result, outcome.usage
        payload = {
            "document_id": outcome.document_id,
            "outcome": result.outcome,
            "confidence": result.confidence,
            "fields": result.fields,
            "reasons": list(result.reasons),
            "usage": {"period": usage.period, "used": usage.used, "limit": usage.limit,
                      "remaining": usage.remaining},
        }
        return Response(s.VerificationSerializer(payload).data, status=status.HTTP_201_CREATED)


class UsageView(APIView):
    @extend_schema(
        operation_id="usage_retrieve",
        tags=["verification"],
        parameters=[OpenApiParameter("period", OpenApiTypes.STR, OpenApiParameter.QUERY,
                                     description="Month as YYYY-MM; defaults to the current one.")],
        responses={200: s.UsageSerializer, 400: s.ErrorSerializer, **UNAUTHORIZED},
    )
    def get(self, request):
        record = factory.usage_service().report(request.query_params.get("period") or None)
        return Response(s.UsageSerializer({"period": record.period, "used": record.used,
                                           "limit": record.limit,
                                           "remaining": record.remaining}).data)

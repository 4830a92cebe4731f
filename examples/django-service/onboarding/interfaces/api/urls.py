from django.urls import path

from onboarding.interfaces.api import views

app_name = "api"

urlpatterns = [
    path("questionnaires/", views.QuestionnaireListView.as_view(), name="questionnaire-list"),
    path("questionnaires/<slug:slug>/", views.QuestionnaireDetailView.as_view(),
         name="questionnaire-detail"),
    path("submissions/", views.SubmissionCreateView.as_view(), name="submission-create"),
    path("submissions/<uuid:submission_id>/", views.SubmissionDetailView.as_view(),
         name="submission-detail"),
    path("submissions/<uuid:submission_id>/answers/", views.SubmissionAnswersView.as_view(),
         name="submission-answers"),
    path("submissions/<uuid:submission_id>/documents/", views.SubmissionDocumentView.as_view(),
         name="submission-documents"),
    path("usage/", views.UsageView.as_view(), name="usage"),
]

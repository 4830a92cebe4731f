from django.contrib import admin

from onboarding.infrastructure import models


class StepInline(admin.TabularInline):
    model = models.QuestionnaireStep
    extra = 0


@admin.register(models.Questionnaire)
class QuestionnaireAdmin(admin.ModelAdmin):
    list_display = ("slug", "title", "version", "is_active", "updated_at")
    inlines = [StepInline]


class QuestionInline(admin.TabularInline):
    model = models.Question
    extra = 0


class RuleInline(admin.TabularInline):
    model = models.StepRule
    extra = 0


@admin.register(models.QuestionnaireStep)
class StepAdmin(admin.ModelAdmin):
    list_display = ("questionnaire", "key", "title", "position")
    list_filter = ("questionnaire",)
    inlines = [QuestionInline, RuleInline]


@admin.register(models.Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ("id", "questionnaire", "status", "current_step", "updated_at")
    list_filter = ("status", "questionnaire")
    readonly_fields = ("answers", "history")


@admin.register(models.UploadedDocument)
class UploadedDocumentAdmin(admin.ModelAdmin):
    list_display = ("submission", "kind", "outcome", "confidence", "created_at")
    list_filter = ("outcome", "kind")


@admin.register(models.ApiUsageRecord)
class ApiUsageRecordAdmin(admin.ModelAdmin):
    list_display = ("api", "period", "used", "limit", "updated_at")

"""The monthly usage record of the vision API."""

from datetime import date, datetime, timezone

import pytest

from onboarding.application.verification.commands import UsageService
from onboarding.domain.errors import InvalidPeriod, QuotaExceeded
from onboarding.domain.usage import UsageRecord, parse_period, period_of
from onboarding.infrastructure import models
from onboarding.infrastructure.repositories import DjangoUsageRepository


def test_period_helpers():
    assert period_of(date(2026, 1, 31)) == "2026-01"
    assert parse_period("2026-11") == "2026-11"
    for bad in ("2026-13", "2026-1", "26-11", "2026/11", "", None):
        with pytest.raises(InvalidPeriod):
            parse_period(bad)


def test_record_arithmetic():
    record = UsageRecord(api="vision", period="2026-11", used=7100, limit=10000)
    assert record.remaining == 2900 and not record.exhausted
    assert record.as_report() == {"used": 7100, "limit": 10000, "period": "2026-11"}
    full = UsageRecord(api="vision", period="2026-11", used=10000, limit=10000)
    with pytest.raises(QuotaExceeded):
        full.ensure_available()
    assert full.remaining == 0


@pytest.mark.django_db
def test_repository_creates_and_increments_per_period():
    repo = DjangoUsageRepository()
    assert repo.get("vision", "2026-11", 10000).used == 0
    assert not models.ApiUsageRecord.objects.exists()
    for _ in range(3):
        record = repo.increment("vision", "2026-11", 10000)
    repo.increment("vision", "2026-12", 10000)
    assert record.used == 3
    assert repo.get("vision", "2026-11", 10000).used == 3
    assert repo.get("vision", "2026-12", 10000).used == 1
    assert repo.get("other", "2026-11", 10000).used == 0


@pytest.mark.django_db
def test_limit_follows_the_setting():
    repo = DjangoUsageRepository()
    repo.increment("vision", "2026-11", 10000)
    assert repo.get("vision", "2026-11", 500).limit == 500
    repo.increment("vision", "2026-11", 500)
    assert models.ApiUsageRecord.objects.get().limit == 500


@pytest.mark.django_db
def test_usage_service_defaults_to_the_current_month():
    clock = lambda: datetime(2026, 11, 30, 23, 59, tzinfo=timezone.utc)  # noqa: E731
    service = UsageService(DjangoUsageRepository(), "vision", 10000, clock)
    service.record_call(service.current_period())
    assert service.report().as_report() == {"used": 1, "limit": 10000, "period": "2026-11"}
    assert service.report("2026-10").used == 0


@pytest.mark.django_db
def test_usage_endpoint(api_client):
    models.ApiUsageRecord.objects.create(api="vision", period="2026-11", used=7100, limit=10000)
    response = api_client.get("/api/usage/", {"period": "2026-11"})
    assert response.json() == {"period": "2026-11", "used": 7100, "limit": 10000,
                               "remaining": 2900}
    assert api_client.get("/api/usage/", {"period": "November"}).status_code == 400
    current = api_client.get("/api/usage/").json()
    assert current["period"] == datetime.now(timezone.utc).strftime("%Y-%m")

"""Monthly usage of a metered external API."""

import re
from dataclasses import dataclass
from datetime import date

from onboarding.domain.errors import InvalidPeriod, QuotaExceeded

_PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def period_of(day: date) -> str:
    """The billing period ('YYYY-MM') a day belongs to."""
    return f"{day.year:04d}-{day.month:02d}"


def parse_period(value: str) -> str:
    """Validate and return a 'YYYY-MM' period."""
    if not isinstance(value, str) or not _PERIOD.match(value.strip()):
        raise InvalidPeriod(f"period must look like YYYY-MM, got {value!r}")
    return value.strip()


@dataclass
class UsageRecord:
    api: str
    period: str
    used: int
    limit: int

    def __post_init__(self):
        parse_period(self.period)
        if self.used < 0 or self.limit < 0:
            raise ValueError("usage and limit must not be negative")

    @property
    def remaining(self) -> int:
        return max(self.limit - self.used, 0)

    @property
    def exhausted(self) -> bool:
        return self.used >= self.limit

    def ensure_available(self) -> None:
        if self.exhausted:
            raise QuotaExceeded(self.period, self.limit)

    def as_report(self) -> dict:
        return {"used": self.used, "limit": self.limit, "period": self.period}

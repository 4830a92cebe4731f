"""Housekeeping use cases run by scheduled jobs.

This module may depend on both ``questionnaires`` and ``verification``; those
two must not depend on each other.
"""

import abc
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterable, List

from onboarding.application.questionnaires.ports import SubmissionRepository
from onboarding.application.verification.ports import DocumentRepository


class MediaStorage(abc.ABC):
    """The file store uploaded documents live in."""

    @abc.abstractmethod
    def list_files(self) -> Iterable[str]:
        """Names of all stored files, relative to the storage root."""

    @abc.abstractmethod
    def delete(self, name: str) -> None:
        """Remove one file."""


@dataclass(frozen=True)
class CleanupStale:
    days: int = 30
    dry_run: bool = False

    def __post_init__(self):
        if self.days < 1:
            raise ValueError("days must be at least 1")


@dataclass
class CleanupReport:
    cutoff: datetime
    dry_run: bool
    stale_submissions: List[str] = field(default_factory=list)
    orphaned_files: List[str] = field(default_factory=list)
    deleted_submissions: int = 0
    deleted_files: int = 0

    def as_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "cutoff": self.cutoff.isoformat(),
            "stale_submissions": self.stale_submissions,
            "orphaned_files": self.orphaned_files,
            "deleted_submissions": self.deleted_submissions,
            "deleted_files": self.deleted_files,
        }


class CleanupService:
    def __init__(
        self,
        submissions: SubmissionRepository,
        documents: DocumentRepository,
        storage: MediaStorage,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ):
        self.submissions = submissions
        self.documents = documents
        self.storage = storage
        self.clock = clock

    def run(self, command: CleanupStale) -> CleanupReport:
        cutoff = self.clock() - timedelta(days=command.days)
        report = CleanupReport(cutoff=cutoff, dry_run=command.dry_run)

        stale = [s for s in self.submissions.find_stale(cutoff) if s.is_stale(cutoff)]
        report.stale_submissions = sorted(str(s.id) for s in stale)
        if not command.dry_run and stale:
            report.deleted_submissions = self.submissions.delete(report.stale_submissions)

        # Files are checked after the submissions went, so the documents of a
        # deleted submission show up as orphans in the same run. In a dry run
        # nothing was deleted, so those files still count as referenced.
        referenced = self.documents.referenced_files()
        orphans = sorted(name for name in self.storage.list_files() if name not in referenced)
        report.orphaned_files = orphans
        if not command.dry_run:
            for name in orphans:
                self.storage.delete(name)
                report.deleted_files += 1
        return report

"""File-system view of MEDIA_ROOT for housekeeping."""

import os
from pathlib import Path
from typing import Iterable, List

from onboarding.application.maintenance import MediaStorage


class FileSystemMediaStorage(MediaStorage):
    def __init__(self, root):
        self.root = Path(root)

    def list_files(self) -> Iterable[str]:
        if not self.root.is_dir():
            return []
        names: List[str] = []
        for directory, _dirs, files in os.walk(self.root):
            for filename in files:
                path = Path(directory, filename)
                names.append(path.relative_to(self.root).as_posix())
        return sorted(names)

    def delete(self, name: str) -> None:
        path = (self.root / name).resolve()
        root = self.root.resolve()
        if root not in path.parents:
            raise ValueError(f"refusing to delete {name!r} outside {root}")
        path.unlink(missing_ok=True)
        # Drop directories the deletion left empty, up to the root.
        parent = path.parent
        while parent != root and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent

"""Progress of a long cache build on stderr: only on a terminal, and only after a second.

A build that ends within DELAY seconds shows nothing; stderr that is not a terminal (a pipe,
a file, CI) never gets a bar. rich loads only when a bar is shown.
"""

from __future__ import annotations

import sys
import time
from typing import Any

DELAY = 1.0


class Progress:
    """Files parsed, then facts indexed, as a transient bar."""

    def __init__(self, files: int) -> None:
        self.files, self.done_files = files, 0
        self.facts, self.done_facts = 0, 0
        self.began = time.monotonic()
        self.bar: Any = None
        self.tasks: dict[str, Any] = {}

    @classmethod
    def start(cls, files: int) -> Progress | None:
        try:
            terminal = sys.stderr.isatty()
        except (AttributeError, ValueError):
            terminal = False
        return cls(files) if terminal else None

    @staticmethod
    def delay() -> float:
        """DELAY, or FACTCLI_PROGRESS_DELAY seconds (0 shows the bar at once; a bad value is
        ignored)."""
        import os

        try:
            return max(0.0, float(os.environ.get("FACTCLI_PROGRESS_DELAY", DELAY)))
        except ValueError:
            return DELAY

    def _shown(self) -> bool:
        if self.bar is None:
            if time.monotonic() - self.began < self.delay():
                return False
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as Bar

            self.bar = Bar(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True, highlight=False),
                transient=True,
            )
            self.bar.start()
            self.tasks["files"] = self.bar.add_task(
                "parsing files", total=self.files, completed=self.done_files
            )
        return True

    def parsed(self) -> None:
        self.done_files += 1
        if self._shown():
            self.bar.update(self.tasks["files"], completed=self.done_files)

    def indexing(self, facts: int) -> None:
        self.facts = facts

    def indexed(self, facts: int) -> None:
        self.done_facts += facts
        if self._shown():
            if "facts" not in self.tasks:
                self.tasks["facts"] = self.bar.add_task("indexing facts", total=self.facts)
            self.bar.update(self.tasks["facts"], completed=self.done_facts)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None

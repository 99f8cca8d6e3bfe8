"""What a story run reports: its exit code, the run report (run.json) and the one summary
at the end (stdout, or a JSON log line). `newsbrief brief` reports through these too.
"""

from __future__ import annotations

import argparse
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.app.cli_logging import SUMMARY_LOGGER
from pipeline.app.steps import COUNT_KEYS, BriefResult
from pipeline.config import StoryConfig
from pipeline.errors import ExitCode
from pipeline.records import Article


def exit_code(
    counts: dict[str, int],
    made: BriefResult | None,
    strict: bool,
    selected: list[Article] | None = None,
    *,
    outage: bool = False,
) -> int:
    """NETWORK when no page could be fetched, FAILED when nothing matched (or, with --strict,
    a figure or a generated sentence has no support), PARTIAL when pages were rejected,
    blocked, failed or never fetched, or a replayed archive had bad records or was truncated,
    else OK."""
    if outage:
        return ExitCode.NETWORK
    if selected is not None and not selected:
        return ExitCode.FAILED
    if strict and made is not None and (made.brief.unsupported or made.quality):
        return ExitCode.FAILED
    if (
        counts["rejected"]
        or counts["blocked"]
        or counts["errors"]
        or counts.get("not_fetched")
        or counts.get("archive_problems")
    ):
        return ExitCode.PARTIAL
    return ExitCode.OK


def run_report(
    run_id: str,
    story: StoryConfig,
    started: datetime,
    counts: dict[str, int],
    timings: dict[str, float],
    made: BriefResult | None,
    code: int,
    selected: int,
    off_story: int,
) -> dict[str, Any]:
    """The run report (run.json); the brief's fields are null when no brief was written."""
    brief = made.brief if made is not None else None
    return {
        "run_id": run_id,
        "story": story.id,
        "started_at": started.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "counts": {k: counts.get(k, 0) for k in COUNT_KEYS},
        "story_articles": selected,
        "off_story": off_story,
        "timings": timings,
        "backend": brief.backend if brief else None,
        "model": brief.model if brief else None,
        "translated": brief.translated if brief else None,
        "unsupported_figures": list(brief.unsupported) if brief else [],
        "quality": [issue.to_dict() for issue in made.quality] if made else [],
        "exit_code": code,
        "note": "",
        "story_fingerprint": "",
    }


def print_summary(
    args: argparse.Namespace,
    story: str,
    counts: dict[str, int],
    outputs: list[Path],
    made: BriefResult | None,
    note: str,
    code: int,
) -> None:
    """The one summary at the end: what happened, the counts and every file written. On
    stdout as text; one JSON log line on stderr with `--log-format json` (stdout silent)."""
    brief = made.brief if made is not None else None
    data: dict[str, Any] = {
        "story": story,
        "exit_code": int(code),
        "counts": {k: counts.get(k, 0) for k in COUNT_KEYS},
        "outputs": [str(p) for p in outputs],
    }
    if note:
        data["note"] = note
    if brief is not None:
        data.update(sources=len(brief.sources), backend=brief.backend, translated=brief.translated)
    if getattr(args, "log_format", "text") == "json":
        logging.getLogger(SUMMARY_LOGGER).info("summary", extra={"summary": data})
        return
    print(summary_text(data))


def summary_text(data: dict[str, Any]) -> str:
    """The text summary: one headline, the counts, then each output file."""
    counts = ", ".join(f"{k} {v}" for k, v in data["counts"].items())
    if "backend" in data:
        head = (
            f"{data['story']}: brief written, {data['sources']} sources cited; "
            f"backend {data['backend']}; translated: {str(data['translated']).lower()}"
        )
    else:
        head = f"{data['story']}: no new brief: {data.get('note', '')}"
    lines = [head, f"counts: {counts}"]
    lines += [f"  {Path(p).name:<14} {p}" for p in data["outputs"]]
    if data.get("translated") is False:
        lines.append(
            "note: no translation-capable model: the prose is written in French from the "
            "checked facts; source passages stay quoted in their language under « Extraits "
            "des sources » (README, 'Models')."
        )
    lines.append(f"exit code {data['exit_code']}")
    return "\n".join(lines)

"""A crawl run in a child process (`python -m spiders.run --request - --jsonl`), for every
crawl of a process after its first (Twisted's reactor cannot be restarted): the request goes
in on stdin, each page comes back as a JSON line and is handed on as it is read; the child's
log lines are logged again here once it is done (`_relay_log`)."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.errors import PipelineError
from spiders.context import PageHandler
from spiders.crawl_result import CrawlResult, page_from_json, result_from_json


def _crawl_in_child(request: dict[str, Any], on_page: PageHandler) -> CrawlResult:
    """Crawl in a child process (`--jsonl`), handing each page to `on_page` as its line
    arrives; what `on_page` raises ends the child and is raised here."""
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    # stderr goes to a file, not a pipe: nobody reads it while the pages stream in.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        with subprocess.Popen(
            [sys.executable, "-m", "spiders.run", "--request", "-", "--jsonl"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            encoding="utf-8",
            env=env,
        ) as proc:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(json.dumps(request))
            proc.stdin.close()
            try:
                result = read_stream(proc.stdout, on_page)
            except BaseException:
                proc.kill()
                raise
            code = proc.wait()
        err.seek(0)
        logged = err.read()
        if code != 0 or result is None:
            tail = logged.strip().splitlines()[-5:]
            raise PipelineError(f"crawl subprocess failed ({code}): {' | '.join(tail)}")
    _relay_log(logged)
    return result


# A line of the child's log (`spiders.run`: logging.basicConfig's "LEVEL:name:message")
_LOG_LINE = re.compile(r"(DEBUG|INFO|WARNING|ERROR|CRITICAL):([\w.]+):(.*)")


def _relay_log(text: str) -> None:
    """The child's log lines logged again in this process, each under its own logger and
    level (a line that is none, a traceback's, joins the record above it): a warning of a
    crawl run in a child (a replay's page left out, say) was lost with its file."""
    records: list[list[str]] = []
    for line in text.splitlines():
        found = _LOG_LINE.fullmatch(line)
        if found is not None:
            records.append([found[1], found[2], found[3]])
        elif line.strip():
            if records:
                records[-1][2] += "\n" + line
            else:
                records.append(["WARNING", __name__, line])
    for level, name, message in records:
        logging.getLogger(name).log(logging.getLevelName(level), "%s", message)


def read_stream(lines: Iterable[str], on_page: PageHandler) -> CrawlResult | None:
    """Read a `--jsonl` crawl stream line by line: each page goes to `on_page` as it is read;
    the result line ends it (None when the stream ended without one)."""
    for line in lines:
        record = json.loads(line)
        if "page" in record:
            on_page(page_from_json(record["page"]))
        elif "result" in record:
            return result_from_json(record["result"])
    return None

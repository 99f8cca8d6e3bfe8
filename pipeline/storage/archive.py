"""WARC write and replay (warcio): every response kept as evidence, replayable offline.

Records hold the bytes as received (still Content-Encoded), the status line, the headers,
the WARC-Date (microseconds, WARC/1.1) and two extension fields: the URL first requested
before redirects (`WARC-Newsbrief-Requested-URL`) and the site name (`WARC-Newsbrief-Site`).
A replay source is a WARC file or a directory (or its manifest.json) of the form
`{"pages": [{"url", "file", "status", "headers"}]}` with files under `pages/`. A directory is
served as a static file server serves it: a 2xx entry without an ETag gets a strong one made
from its bytes, so conditional requests (If-None-Match) replay offline too.
Plain Python: the spiders use it, `newsbrief process` reads archives through `iter_warc`.

This module is the public face; the work is in its siblings, by what it does:
`archive_types` (ReplayEntry, ArchiveReport, the replay index rule), `archive_writer`
(ArchiveWriter), `archive_check` (is it a WARC, where a truncated one stops),
`archive_reader` (WARC records as entries, bad records skipped), `archive_pagedir` (page
directories) and `archive_pages` (content decoding, the pages of a source, `load_replay`).
Settings are patched where they are read: `MAX_RECORD_BODY` in `archive_reader` (WARC
records) and `archive_pagedir` (page files); it is not re-exported here.
"""

from __future__ import annotations

from pipeline.storage.archive_check import check_archive_target, check_warc
from pipeline.storage.archive_pages import (
    decode_content,
    iter_pages,
    iter_warc,
    load_replay,
)
from pipeline.storage.archive_types import (
    DEFAULT_MAX_BODY,
    REQUESTED_URL,
    SITE,
    ArchiveReport,
    ReplayEntry,
    headers_dict,
    is_feed,
)
from pipeline.storage.archive_writer import ArchiveWriter

__all__ = [
    "DEFAULT_MAX_BODY",
    "REQUESTED_URL",
    "SITE",
    "ArchiveReport",
    "ArchiveWriter",
    "ReplayEntry",
    "check_archive_target",
    "check_warc",
    "decode_content",
    "headers_dict",
    "is_feed",
    "iter_pages",
    "iter_warc",
    "load_replay",
]

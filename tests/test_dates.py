"""The one date parser (pipeline.text.dates): site values, metadata values, bylines."""

from __future__ import annotations

from datetime import UTC

import pytest

from pipeline.text.dates import SHANGHAI, date_in_text, parse_datetime


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        # an explicit offset wins over the default zone, fractional seconds or not
        ("2024-05-12T21:06:03.000+09:00", "2024-05-12T21:06:03+09:00"),
        ("2024-05-20T06:33:26.000Z", "2024-05-20T06:33:26+00:00"),
        ("2025-12-02 08:30:10 -0600", "2025-12-02T08:30:10-06:00"),
        # no zone: the caller's default
        ("2024.05.20", "2024-05-20T00:00:00+00:00"),
        ("发布时间：2024-05-20 13:15 来源：新华网", "2024-05-20T13:15:00+00:00"),
    ],
)
def test_parse_datetime_in_utc_by_default(value: str, iso: str) -> None:
    parsed = parse_datetime(value, UTC)
    assert parsed is not None and parsed.isoformat() == iso


def test_byline_dates_read_in_the_page_zone() -> None:
    found = date_in_text("2024年5月20日 13:15 来源：人民网", SHANGHAI)
    assert found is not None and found.isoformat() == "2024-05-20T13:15:00+08:00"
    assert date_in_text("1234567890 views", SHANGHAI) is None  # a number is not a byline date

"""Metadata kinds found on pages nobody here had seen (session 22, goose3's public test pages,
read blind). Made-up pages only."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import page_metadata

_SUMMARY = "The harbour authority opened a new container terminal on Monday after four years."


@pytest.mark.parametrize(
    "shared",
    [
        "Port Weekly",  # the site's name (og:site_name)
        "portweekly",  # the host's name
        "Harbour opens a new terminal",  # the title again
    ],
)
def test_a_shared_description_that_says_nothing_gives_way_to_the_page_description(
    shared: str,
) -> None:
    page = (
        "<html><head><title>Harbour opens a new terminal</title>"
        "<meta property='og:site_name' content='Port Weekly'>"
        f"<meta property='og:description' content='{shared}'>"
        f"<meta name='description' content='{_SUMMARY}'></head><body><h1>Harbour opens a new"
        " terminal</h1><p>Text.</p></body></html>"
    )
    meta = page_metadata(page, "https://www.portweekly.example/2024/harbour")
    assert meta["description"] == _SUMMARY


def test_a_description_that_is_the_sites_name_alone_is_no_summary() -> None:
    page = (
        "<html><head><title>Harbour opens a new terminal</title>"
        "<meta property='og:site_name' content='Port Weekly'>"
        "<meta property='og:description' content='Port Weekly'></head><body></body></html>"
    )
    assert page_metadata(page, "https://portweekly.example/a")["description"] is None

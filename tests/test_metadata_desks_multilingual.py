"""Newsrooms, desks, teams and agencies in other languages are no authors: "Haber Merkezi",
"Equipe Globo", "Redakce", "Toimitus", "Redaksjonen", "Redactie", "Nhóm PV", Arabic "فريق
التحرير", Persian "خبرگزاری ...", Hindi "... डेस्क", Japanese "...通信", Korean "...뉴스",
"편집국", Thai "...ออนไลน์"; a reporter's agency role ("AA Muhabiri"); people's names stay."""

from __future__ import annotations

import pytest

from pipeline.web.metadata.names import split_authors


@pytest.mark.parametrize(
    "value",
    [
        "Haber Merkezi",
        "DHA Muhabiri",
        "Equipe Folha",
        "Redakce",
        "Toimitus",
        "Redaksjonen",
        "Redaktionen",
        "Webredactie",
        "Nhóm PV",
        "Newsdesk",
        "Sponsored Content",
        "فريق التحرير",
        "وكالات",
        "خبرگزاری مهر",
        "खेल डेस्क",
        "एजेंसी",
        "北海通信",
        "한빛뉴스",
        "편집국",
        "ข่าวสดออนไลน์",
    ],
)
def test_desks_are_no_authors(value: str) -> None:
    assert split_authors(value) == []


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Lucía Gómez, redactora", ["Lucía Gómez"]),
        ("Christopher Guest", ["Christopher Guest"]),
        ("Emre Demir", ["Emre Demir"]),
        ("박서연", ["박서연"]),
        ("أحمد علي", ["أحمد علي"]),
    ],
)
def test_people_stay(value: str, names: list[str]) -> None:
    assert split_authors(value) == names

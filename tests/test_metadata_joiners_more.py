"""Co-authors joined by Dutch "en", Czech and Slovak "a", Arabic and Persian "و" and Thai
"และ"; bylines labelled "Authors:" in the plural ("Autoři:", "Autorzy:", "Yazarlar:"); and a
place after "en"/"a" left whole ("Marco Rossi a New York")."""

from __future__ import annotations

import pytest

from pipeline.web.metadata.names import split_authors


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Door Sanne de Wit en Pieter Smit", ["Sanne de Wit", "Pieter Smit"]),
        ("Eva Dvořáková a Tomáš Král", ["Eva Dvořáková", "Tomáš Král"]),
        ("Autoři: Eva Dvořáková a Tomáš Král", ["Eva Dvořáková", "Tomáš Král"]),
        ("Autorzy: Anna Nowak i Jan Wiśniewski", ["Anna Nowak", "Jan Wiśniewski"]),
        ("Yazarlar: Elif Kaya ve Emre Demir", ["Elif Kaya", "Emre Demir"]),
        ("سارة خليل و يوسف منصور", ["سارة خليل", "يوسف منصور"]),
        ("مریم احمدی و علی کریمی", ["مریم احمدی", "علی کریمی"]),
        ("วิภา ศรีสุข และ ประยุทธ์ มั่นคง", ["วิภา ศรีสุข", "ประยุทธ์ มั่นคง"]),
    ],
)
def test_joined_names(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Marco Rossi a New York", ["Marco Rossi a New York"]),
        # not two people; the place it was written from is cut (meta19: `_without_place`)
        ("Lucía Gómez en Los Ángeles", ["Lucía Gómez"]),
    ],
)
def test_place_after_the_joining_word_kept_whole(value: str, names: list[str]) -> None:
    assert split_authors(value) == names

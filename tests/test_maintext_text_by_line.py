"""A line "Text by" and a full name alone at the article's top is its byline, a furniture
line (pipeline.maintext.labels `_TEXT_BY`): "Testo di", "Texte de", "Texto de", "Text von".
A line where a word or a phrase, not a full name, follows stays text. So is a credit line of
roles and names between bars ("Reporter: X | Editor: Y": `_credit_pairs`). Lines of our own."""

from __future__ import annotations

import pytest

from pipeline.maintext.labels import is_furniture_label


@pytest.mark.parametrize(
    "line",
    [
        "Testo di Marco Rossi",
        "Texte de Marie Dupont",
        "Texto de María García",
        "Text von Anna Schmidt",
        "Testi di Marco Rossi e Giulia Bianchi",
    ],
)
def test_text_by_a_full_name_is_a_byline(line: str) -> None:
    assert is_furniture_label(line)


@pytest.mark.parametrize(
    "line",
    ["Texto de Ley", "Text von Goethe", "Texto de la ley aprobada ayer por el Senado"],
)
def test_text_by_a_word_or_a_phrase_stays_text(line: str) -> None:
    assert not is_furniture_label(line)


@pytest.mark.parametrize(
    "line",
    ["Reporter: Siti Aminah | Editor: Budi Santoso", "Penulis: Siti Aminah | Editor: Budi"],
)
def test_roles_and_names_between_bars_are_a_credit_line(line: str) -> None:
    assert is_furniture_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reporter: Siti Aminah",  # alone: an interview's question may open so
        "Reporter: Apa kabar hari ini | Editor: Budi",
        "Harga: Rp 10.000 | Stok: Ada",
    ],
)
def test_other_lines_with_bars_stay_text(line: str) -> None:
    assert not is_furniture_label(line)

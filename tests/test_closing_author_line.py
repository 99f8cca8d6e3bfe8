"""The writer's name signing the article on its last lines, alone (brackets aside), is the
byline the metadata reader found, not the text's (`pipeline.maintext.credits
.without_author_line`); a last line naming someone else, or saying more, stays. Lines of our
own."""

from __future__ import annotations

import pytest

from pipeline.maintext.credits import without_author_line

BODY = [
    "The council approved the new harbour budget on Tuesday after a long debate.",
    "The quay will be finished next spring, the mayor said.",
    "Two shipping lines have already asked for berths.",
    "Work on the southern pier begins in May.",
]


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("Jan Novák", "Jan Novák"),
        ("(Siti Aminah)", "Siti Aminah"),
        ("Олена Коваленко", "Олена Коваленко"),
        ("（山田太郎）", "山田太郎"),
    ],
)
def test_the_writers_name_closing_the_text_goes(closing: str, author: str) -> None:
    assert without_author_line([*BODY, closing], (author,)) == BODY
    # also before a last short line (a photo credit printed after the signature)
    assert without_author_line([*BODY, closing, "Photo: Harbour office"], (author,)) == [
        *BODY,
        "Photo: Harbour office",
    ]


def test_other_closing_lines_stay() -> None:
    lines = [*BODY, "Anna Berger"]
    assert without_author_line(lines, ("Jan Novák",)) == lines
    said = [*BODY, "Jan Novák said the work would go on."]
    assert without_author_line(said, ("Jan Novák",)) == said
    # a name in the middle of a long text is the text's
    middle = [*BODY, "Jan Novák", *BODY]
    assert without_author_line(middle, ("Jan Novák",)) == middle


@pytest.mark.parametrize("closing", ["（山田太郎）", "（羅森）", "（共同）"])
def test_a_bracketed_chinese_or_japanese_signature_closing_the_text_goes(closing: str) -> None:
    # whatever the authors found (none here): a name in brackets, no sentence
    assert without_author_line([*BODY, closing], ()) == BODY


def test_a_bracketed_sentence_or_a_longer_line_stays() -> None:
    for closing in ["（本报记者采访了三位专家）", "（完）", "(AP)"]:
        assert without_author_line([*BODY, closing], ()) == [*BODY, closing]

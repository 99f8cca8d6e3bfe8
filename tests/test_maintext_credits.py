"""Staff, wire and production credits printed as lines of the article
(pipeline.maintext.credits): pages we wrote ourselves in the shapes measured."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

STORY = [
    "The regulator fined the melon grower after finding that its packing line had not been"
    " cleaned in weeks, the agency said in a report published on Thursday.",
    "Lawmakers asked for a hearing on food safety rules, and two of them wrote to the agency"
    " asking why the inspections had been delayed for a year.",
    "The grower said it had already replaced the line and hired an outside firm to check"
    " its cleaning, and that no melon from the farm was on sale.",
]
CREDITS = [
    "(Updates with lawmakers' letter in second paragraph.)",
    "--Editors: Ann Roe, Bob Poe",
    "To contact the reporter on this story: Cat Doe in Washington at cdoe@example.com",
    "To contact the editor responsible for this story: Ann Roe at aroe@example.com",
    "With files from The Valley Press",
    "This episode was produced and edited by Dan Moe. Eve Loe checked the facts. Fay Hoe was"
    " the audio engineer.",
    "Disclaimer: This article is intended for informational purposes only and is not a"
    " substitute for medical advice. Always consult a doctor.",
    "Listen to this article in summarized format",
    "Écouter cet article",
]


def _page(lines: list[str]) -> str:
    paras = "".join(f"<p>{p}</p>" for p in [STORY[0], *lines[:1], *STORY[1:], *lines[1:]])
    return (
        "<html><head><title>Melon grower fined</title></head><body><article>"
        f"<h1>Melon grower fined</h1><div class='body'>{paras}</div></article></body></html>"
    )


def test_credits_are_not_text() -> None:
    for credit in CREDITS:
        assert own_paragraphs(_page([credit])) == STORY, credit
    assert own_paragraphs(_page(CREDITS)) == STORY


def test_the_storys_own_editors_and_producers_stay() -> None:
    told = [
        "The report was produced by the agency's inspectors and edited by its legal team.",
        "With files from the 1990s, the inspectors traced the grower's earlier fines.",
        "The agency says its list is for informational purposes only, and growers may appeal.",
        "Listen to the growers, the senator told the agency.",
    ]
    for line in told:
        assert line in own_paragraphs(_page([line])), line


def test_credit_line_ascii_gate_changes_no_answer() -> None:
    """The openings and words an ASCII line is looked for first give the answer the marks and
    the pattern give, for credits of every form in any case, at the start or after text."""
    import random

    from pipeline.maintext import credits

    forms = (
        "To contact the reporter on this story: Jane Doe in London at jd@example.com",
        "  Editor: Jane Doe",
        "\tEDITOR: Jane Doe",
        "--editors: John Roe",
        "With files from AFP",
        "WITH REPORTING FROM Reuters",
        "(Updates with the minister's comments)",
        "(update to add a quote).",
        "This episode was produced by Jane Doe and edited by John Roe. Sam Poe fact-checked it.",
        "It Were Mixed By Jane, audio engineer Sam Poe.",
        "For informational purposes only, it is not a substitute for advice.",
        "Listen to this article 3 min",
        "Escuchar la noticia",
        "Ascolta l'articolo",
        "Ouvir este artigo",
        "Makaleyi dinle",
    )
    fillers = ("The company said ", "shares rose. ", "editor ", "was ", " ", "-", "(", "\n")
    rng = random.Random(5)
    texts = list(forms)
    for _ in range(400):
        pieces = [rng.choice(fillers) for _ in range(rng.randrange(0, 4))]
        form = rng.choice(forms)
        form = form.upper() if rng.random() < 0.2 else form
        texts.append("".join(pieces) + form if rng.random() < 0.5 else form + "".join(pieces))
    found = 0
    for text in texts:
        plain = (
            len(text) < credits._MAX_CREDIT
            and credits._MARKED.search(text.lower()) is not None
            and credits._CREDIT.search(text) is not None
        )
        assert credits.is_credit_line(text) == plain, repr(text)
        found += plain
    assert found > 50

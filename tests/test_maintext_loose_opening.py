"""A post whose opening paragraph is the body's own loose text, above a wrapper holding the
rest (session 33, helper omni33): an old blog's "post-body" prints its first lines bare, then
"<br>", a picture in a caption table and "<div>"s of the rest. The rest scored best and the
opening, a tenth of the prose, was too short to widen to: it was lost. Every page here is
made up."""

from __future__ import annotations

from tests.made_articles import article_keeping, lines_beside

_OPENING = (
    "Productivity is one of my pet topics, because it has always dogged me a bit, especially "
    "early in my career. I would pull long days and nights and then realize I only worked "
    "maybe a fifth of the time."
)
_REST = (
    "Eventually working around highly productive people made me realize that if you want to "
    "excel, then you have to work hard and focus the whole time, every single day.",
    "I remember one of them talking about measuring his own output. While working he would "
    "play a record, and if he was not being productive, he would pause the player.",
    "He would then measure his output for the day by how many times he played the record, or "
    "something like that, maybe it was how far he got down into his stack of records.",
    "The lesson stuck with me for years, and I have tried to apply it to my own work ever "
    "since, with mixed results but a clear improvement overall, as the next posts will show.",
    "So here is the first of my rules: when you sit down to work, work, and when you stop, "
    "stop, and do not pretend that reading mail in between is either of the two.",
)


def _page(opening: str) -> str:
    rest = "".join(f"<div>{p}</div><div><br></div>" for p in _REST)
    return (
        "<html lang='en'><head><meta charset='utf-8'><title>Smart guy pitfalls</title></head>"
        "<body><div class='blog-header'><a href='/'>Hook's notes</a></div>"
        "<div class='post hentry'><h1 class='post-title entry-title'>Smart guy pitfalls</h1>"
        f"<div class='post-body entry-content'>{opening}<br>"
        "<table class='tr-caption-container'><tr><td><img src='/navigator.png'></td></tr>"
        "<tr><td>What I mean by stuff, in 1996</td></tr></table><br>"
        f"<div>{rest}</div></div></div>"
        "<div class='blog-footer'><a href='/archive'>Archive</a></div></body></html>"
    )


def _kept(opening: str) -> list[str]:
    made = article_keeping(
        _page(opening), "https://notes.example.org/2013/03/smart-guy-pitfalls.html", _REST
    )
    return lines_beside(made.text, _REST)


def test_the_posts_opening_printed_as_loose_text_is_kept_before_the_rest() -> None:
    page = article_keeping(
        _page(_OPENING), "https://notes.example.org/2013/03/smart-guy-pitfalls.html", _REST
    )
    assert page.text.index(_OPENING) < page.text.index(_REST[0])


def test_the_opening_with_an_inline_emphasis_is_one_line() -> None:
    opening = _OPENING.replace("a fifth of the time", "<i>a fifth</i> of the time")
    assert _OPENING in _kept(opening)


def test_a_loose_label_over_the_post_is_no_opening() -> None:
    label = "Filed under: productivity, work habits, music while working, old offices and friends"
    assert not [line for line in _kept(label) if "Filed under" in line]

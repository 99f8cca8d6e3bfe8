"""Article pages written for the tests: a title, a headline and two paragraphs of numbered
sentences, enough text for the generic extractor to keep; and two four-paragraph stories the
main-text tests build their pages around."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

COUNCIL_STORY = [
    "The council approved the new budget on Tuesday evening, after a debate that lasted"
    " nearly four hours and drew a large crowd to the town hall.",
    "Residents spoke for and against the plan, which raises property taxes by two percent"
    " and sets aside money for road repairs and a new library branch.",
    "The mayor said the increase was the smallest in a decade, and that the city had cut"
    " spending in every department before asking taxpayers for more.",
    "Opponents said they would gather signatures for a referendum, and a first meeting is"
    " planned for next week at the community centre on Elm Street.",
]

HARBOUR_STORY = [
    "The harbour authority opened a new container terminal on Monday after four years of works,"
    " doubling the port's capacity according to its director.",
    "Shipping lines had waited for the quay since the old one silted up, and two of them have"
    " already moved their weekly calls from the neighbouring port.",
    "The city council expects three hundred jobs on the docks by the end of the year, most of"
    " them filled from the training centre that opened in the spring.",
    "Residents of the old town worry about lorries on the coast road, and the council has"
    " promised a bypass before the second phase of the terminal opens.",
]

# A council's roads budget in five paragraphs, as HTML: the story the hostile-shape tests put
# their shapes before or after (`roads_page`).
ROADS_STORY = "".join(
    f"<p>The council said on day {i} that its budget for roads and schools would rise by "
    "four percent next year, while critics warned of delays in the northern district.</p>"
    for i in range(5)
)


def roads_page(before: str = "", after: str = "") -> str:
    """A page of `ROADS_STORY` under its headline, `before` and `after` it in the article."""
    return (
        "<html><head><title>Roads budget</title></head><body><article>"
        f"<h1>Roads budget</h1>{before}{ROADS_STORY}{after}</article></body></html>"
    )


def own_text(page: str) -> str:
    """Our extractor alone: without the fallback to trafilatura a thin result would get."""
    return "\n".join(own_paragraphs(page))


def article_page(title: str, sentence: str, sentences: int = 12) -> bytes:
    """An HTML article page; `sentence` is formatted with `i`, its number."""
    text = " ".join(sentence.format(i=i) for i in range(sentences))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{text}</p><p>{text}</p></article></body></html>"
    ).encode()


def story_with_lines(story: list[str], lines: list[str], where: str = "end") -> str:
    """`story`'s paragraphs as <p>s with `lines` set among them, each a <p>: after the story
    (`where="end"`) or after its second paragraph ("middle"): the line tests' page body."""
    paras = [f"<p>{p}</p>" for p in story]
    at = len(paras) if where == "end" else 2
    paras[at:at] = [f"<p>{line}</p>" for line in lines]
    return "".join(paras)


def cjk_lines_page(title: str, story: list[str], lines: list[str], where: str = "end") -> str:
    """A Chinese page of a menu, then `title` as the headline over `story` with `lines` set
    among its paragraphs (`story_with_lines`): the CJK line tests' page."""
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city'>城市</a></div>"
        f"<div class='main'><h1>{title}</h1>{story_with_lines(story, lines, where)}</div>"
        "</body></html>"
    )

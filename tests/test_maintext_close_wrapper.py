"""The blocks an article is split over are beside its best block, not around it.

`best_container` takes the ancestor shared by the best block and three or more blocks
scoring close to it (an article printed as several sections). A wrapper around the best block
(the page's main column, holding the header, the sidebars and the article) that scores close
to it is no such part: counted as one, it made the whole page the container (a Russian news
page whose story scored 16.9, its wrapper 14.9, a sibling box 12.7 and the page's wrapper
12.7 took the page's wrapper, its menus and sidebars). The scores are set by hand on a page
made up here, as the scorer would leave them.
"""

from __future__ import annotations

from pipeline.maintext.candidates import Candidates
from pipeline.maintext.container import best_container
from pipeline.web.html import Texts, compute_stats, parse

SENTENCE = "The council approved the new budget on Thursday after a long debate in the chamber. "

PAGE = f"""<html><body><div id="page">
<div id="header"><p>{SENTENCE}</p></div>
<div id="story"><div id="body"><dl id="text"><dd><p>{SENTENCE * 4}</p></dd></dl></div>
<div id="lead"><p>{SENTENCE * 2}</p></div></div>
<div id="side"><p>{SENTENCE}</p></div>
</div></body></html>"""

SECTIONS = f"""<html><body><div id="page"><div id="story">
<div id="s1"><p>{SENTENCE * 3}</p></div><div id="s2"><p>{SENTENCE * 3}</p></div>
<div id="s3"><p>{SENTENCE * 3}</p></div><div id="s4"><p>{SENTENCE * 3}</p></div>
</div><div id="side"><p>{SENTENCE}</p></div></div></body></html>"""


def _cands(html: str, scores: dict[str, float]) -> tuple[Candidates, dict[str, object]]:
    doc = parse(html)
    assert doc is not None
    ids = {el.get("id"): el for el in doc.iter() if el.get("id")}
    stats = compute_stats(doc, Texts())
    return Candidates({ids[k]: v for k, v in scores.items()}, stats), ids


def test_a_wrapper_around_the_best_block_is_no_part_of_a_split() -> None:
    cands, ids = _cands(PAGE, {"text": 16.9, "body": 14.9, "lead": 12.7, "page": 12.7})
    assert best_container(cands) is ids["text"]


def test_an_article_split_over_sections_is_still_taken_whole() -> None:
    scores = {"s1": 16.0, "s2": 15.0, "s3": 14.0, "s4": 13.0, "page": 12.5}
    cands, ids = _cands(SECTIONS, scores)
    assert best_container(cands) is ids["story"]

"""A slideshow of other stories inside the article's container (`drop_slides`): a "news in
pictures" gallery a news page embeds in the article's body, each slide a counter ("7/31"), a
date and a caption about another story. Its thirty captions hold more text than a short
article, and the container holding both printed them as the article's paragraphs."""

from __future__ import annotations

from pipeline.maintext.fragments import _counted_slides
from pipeline.web.html import HtmlElement, Stats, drop_tree

# Characters of the container's text outside the slideshow for it to be dropped: the
# article's own body of a paragraph or three (a gallery page whose slides are its story
# keeps them).
_MIN_REST_CHARS = 400
_BOX_SHARE = 0.9  # of a wrapper's text the slideshow holds, for the wrapper to go with it


def drop_slides(chosen: list[HtmlElement], st: Stats) -> None:
    """Remove from the `chosen` containers, IN PLACE, each list whose items open with slide
    counters of one total (`fragments._counted_slides`: "1/31", "2/31" ...), with the
    wrappers around it that hold little else (its title, "World news in pictures"), when the
    container holds `_MIN_REST_CHARS` of text outside it; the texts `st` holds are cleared
    when one goes. Lists only (<ul>, <ol>): the slideshows seen print their captions so."""
    found = []
    for container in chosen:
        total = st.text.get(container, 0)
        if total < _MIN_REST_CHARS:
            continue
        for el in container.iter("ul", "ol"):
            if len(el) >= 3 and _counted_slides(el, st):
                box = st.box(el, container, _BOX_SHARE)
                if total - st.text.get(box, 0) >= _MIN_REST_CHARS:
                    found.append(box)
    if found:
        st.forget_texts()
    for box in found:
        if box.getparent() is not None:
            drop_tree(box)

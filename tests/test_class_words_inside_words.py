"""A furniture word of the class vocabularies read inside an English word (session 33, helper
omni33): the pinyin "remen" (热门, "hot": a most-read box) is also the middle of
"requirements", "measurements", "retirement" and "incremental". A recipe's ingredients in
`<ul class="requirements">` and a post's list of steps in `<ul class="incremental">` were
dropped as a most-read box; the box named in pinyin still goes. Every page here is made up."""

from __future__ import annotations

import pytest

from pipeline.web.classwords import _kind_of_attrs
from tests.made_articles import article_keeping, lines_beside

_PARAGRAPHS = (
    "Our grandmother baked this loaf every Sunday morning, and the smell of it filled the "
    "whole house long before anyone else was awake.",
    "It needs no special equipment and very little work, only patience while the dough "
    "rises slowly in a warm corner of the kitchen.",
    "Once it has doubled, knock it back gently, shape it into a round and leave it to rise "
    "again for another forty minutes before baking.",
    "Bake it until the crust is deep brown and the loaf sounds hollow when you tap it "
    "underneath, then let it cool on a rack.",
)
_ITEMS = (
    "500 grams of strong white bread flour, sifted twice",
    "10 grams of fine sea salt and a teaspoon of sugar",
    "7 grams of dried yeast stirred into warm water",
    "320 millilitres of lukewarm water from the kettle",
)


def _kept(list_class: str, box: str = "") -> list[str]:
    items = "".join(f"<li>{item}</li>" for item in _ITEMS)
    first = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[:2])
    second = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[2:])
    html = (
        "<html lang='en'><head><meta charset='utf-8'><title>Sunday loaf</title></head>"
        "<body><header><nav><a href='/'>Home</a></nav></header>"
        "<main><article><h1>Sunday loaf</h1><div class='entry-content'>"
        f"{first}<p>You will need:</p><ul class='{list_class}'>{items}</ul>{second}</div>"
        f"</article>{box}</main>"
        "<footer><a href='/about'>About</a></footer></body></html>"
    )
    url = "https://kitchen.example.org/recipes/sunday-loaf"
    return lines_beside(article_keeping(html, url, _PARAGRAPHS).text, _PARAGRAPHS)


@pytest.mark.parametrize(
    "list_class",
    ["requirements", "recipe__requirements-list", "measurements", "incremental", "retirement"],
)
def test_a_list_whose_class_holds_remen_inside_a_word_is_kept(list_class: str) -> None:
    kept = _kept(list_class)
    for item in _ITEMS:
        assert item in kept


@pytest.mark.parametrize("name", ["remen", "remen-list", "news_remen", "sohu-remend", "hot remen"])
def test_remen_where_a_name_or_word_starts_is_still_a_box(name: str) -> None:
    assert _kind_of_attrs(name, None) == "strong"


def test_a_most_read_box_named_in_pinyin_still_goes() -> None:
    teasers = "".join(
        f"<li><a href='/recipes/{n}'>Another recipe readers loved this week, number {n}</a></li>"
        for n in range(1, 6)
    )
    kept = _kept("ingredients", box=f"<div class='remen_list'><h3>Hot</h3><ul>{teasers}</ul></div>")
    assert not [line for line in kept if "readers loved" in line]

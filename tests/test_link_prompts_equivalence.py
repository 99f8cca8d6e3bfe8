"""`drop_link_prompts` reads the page's link targets once for the account prompts and the
sign-up link boxes when no prompt is dropped: the same tree as the former two steps of
`prune`, each reading the targets itself (`_account_prompts`, then `signup_link_boxes` of
what is left), on generated pages mixing prompts, sign-up links and plain links."""

from __future__ import annotations

import random

import pytest
from lxml import etree

from pipeline.web.html import parse_document
from pipeline.web.htmltree import body_of, drop_tree
from pipeline.web.signups import _account_prompts, drop_link_prompts, signup_link_boxes

_LINKS = (
    '<a href="/login">Log in</a>',
    '<a href="/register">Register</a>',
    '<a href="/account/signin">Sign in</a>',
    '<a href="/newsletters">Sign up</a>',
    '<a href="/subscribe">Subscribe now</a>',
    '<a href="/newsletters">our newsletters</a>',
    '<a href="#register">Register</a>',
    '<a href="/news/story">Another story</a>',
    '<a href="/ABONNEMENT">Abonnez-vous</a>',
)
_WORDS = "The council met on Tuesday and voted on the budget for next year".split()


def _block(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randrange(1, 4)):
        kind = rng.randrange(6)
        if kind == 0 and depth < 3:
            parts.append(f"<div>{_block(rng, depth + 1)}</div>")
        elif kind == 1:
            parts.append(f"<p>{' '.join(rng.choices(_WORDS, k=rng.randrange(2, 30)))}.</p>")
        elif kind == 2:
            links = " or ".join(rng.choices(_LINKS, k=rng.randrange(1, 3)))
            parts.append(f"<p>{links}</p>")
        elif kind == 3:
            parts.append(f"<div>Join us. {rng.choice(_LINKS)} {rng.choice(_LINKS)}</div>")
        elif kind == 4 and depth < 3:
            parts.append(f"<section>{rng.choice(_LINKS)}{_block(rng, depth + 1)}</section>")
        else:
            parts.append(rng.choice(_LINKS))
    return "".join(parts)


def _former(body: etree._Element, limit: float) -> None:
    for box in _account_prompts(body, limit):
        drop_tree(box)
    for box in signup_link_boxes(body, limit):
        if box.getparent() is not None:
            drop_tree(box)


@pytest.mark.parametrize("seed", range(3))
def test_dropped_as_the_two_former_steps_dropped(seed: int) -> None:
    rng = random.Random(seed)
    changed = 0
    for _ in range(700):
        html = f"<html><body><h1>A title</h1>{_block(rng)}</body></html>"
        limit = rng.choice([50.0, 400.0, 10_000.0])
        trees = [parse_document(html), parse_document(html)]
        bodies = [body_of(doc) for doc in trees if doc is not None]
        assert len(bodies) == 2 and bodies[0] is not None and bodies[1] is not None
        before = etree.tostring(bodies[0])
        drop_link_prompts(bodies[0], limit)
        _former(bodies[1], limit)
        after = etree.tostring(bodies[0])
        assert after == etree.tostring(bodies[1]), html
        changed += after != before
    assert changed > 50  # (prompts and boxes were dropped, not only kept)

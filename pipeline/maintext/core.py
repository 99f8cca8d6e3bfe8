"""The extraction pipeline: parse, prune, score, pick the container, emit clean paragraphs."""

from __future__ import annotations

import logging
from typing import Any

from pipeline.maintext.authorbox import drop_author_boxes
from pipeline.maintext.cjklines import is_cjk_site_line
from pipeline.maintext.cleanline import clean_line
from pipeline.maintext.crumbs import drop_trails
from pipeline.maintext.decks import about_text, deck_anchor, deck_line, in_article, with_deck
from pipeline.maintext.elsewhere import OTHER_DOM_CHARS, article_elsewhere
from pipeline.maintext.embedded import (
    body_paragraphs,
    headlines,
    live_updates,
    state_paragraphs,
)
from pipeline.maintext.faq import faq_sections
from pipeline.maintext.figcredits import drop_bare_credits
from pipeline.maintext.headerbox import drop_header_lines
from pipeline.maintext.headings import drop_headed_furniture
from pipeline.maintext.headline import shared_title
from pipeline.maintext.hidden import drop_watermarks
from pipeline.maintext.listitems import with_numbered_items, with_numbered_opening
from pipeline.maintext.locked import is_locked, unlocked
from pipeline.maintext.notices import notice_header
from pipeline.maintext.paragraphs import paragraphs_of
from pipeline.maintext.posts import drop_threads, one_post
from pipeline.maintext.rows import with_rows
from pipeline.maintext.scoring import (
    Candidates,
    best_container,
    enclosing_furniture,
    find_headline,
    is_teaser_list,
    lined_scores,
    lines_block,
    lines_container,
    next_story,
    prose_chars,
    score_candidates,
    widen_to_sections,
    with_fragments,
    with_lead,
    with_siblings,
)
from pipeline.maintext.signedreplies import without_signed_replies
from pipeline.maintext.slides import drop_slides
from pipeline.maintext.teaser import page_deck, teaser_text
from pipeline.maintext.templates import (
    Holder,
    inline_sources,
    template_paragraphs,
    without_inputs,
)
from pipeline.maintext.variants import drop_variants
from pipeline.web.html import (
    HtmlElement,
    Stats,
    Texts,
    compute_stats,
    new_element,
    parse,
    prune,
    text_of,
    to_html,
)
from pipeline.web.metadata import jsonld_article
from pipeline.web.overlays import without_overlays

logger = logging.getLogger(__name__)

# Below this many characters of text our own result is too thin to trust: ask trafilatura.
MIN_TEXT_CHARS = 60
# A page whose markup shows at most this many characters of text (a teaser, a client-rendered
# shell) while its JSON-LD `articleBody`, or else the article in its embedded application
# state (`embedded`), is at least _BODY_RATIO times longer: the article is that body. Not for
# longer pages: there the JSON-LD body is often the whole multi-page
# article or gallery while the page shows one part of it (measured on the dev corpora).
_THIN_DOM_CHARS = 500
_BODY_RATIO = 4
# Prose a page must hold outside a gallery or a block of furniture around the best container
# (see `_outside_furniture`) for that block to be set aside: the article's body, not a caption.
_SET_ASIDE_MIN_PROSE = 400
# Prose the page's own story must hold once the next story is set aside (`next_story`):
# a short article of a paragraph or two.
_STORY_MIN_PROSE = 100
# The fallback is not asked on markup with more tags than this (`<` counted: about two per
# element). trafilatura costs up to ~60 µs an element (a list of links, bare nested divs: its
# pruning XPaths walk the whole tree several times), so 16,000 tags hold it near half a second
# and a page within the second; the largest page of the dev corpora has ~7,800 elements. A
# bigger page where our scorer finds nothing is a listing or a shell, not an article.
_FALLBACK_MAX_TAGS = 16_000
# trafilatura reads markup as HTML when its first 50 characters name "html" (a doctype or the
# <html> tag), or when it parses into more than a <body> (`fallback_paragraphs`).
_DECLARED_HTML, _HTML_HEAD_CHARS = "html", 50


def _title(doc: HtmlElement) -> str:
    node = doc.find(".//title")
    return clean_line(text_of(node)) if node is not None else ""


def own_paragraphs_tree(doc: HtmlElement) -> list[str]:
    """Our extractor alone on a parsed page, which it prunes IN PLACE: the article's
    paragraphs, opened by the headline's deck (`decks`), or [] when none is found."""
    deck, paras = _deck_and_paragraphs(doc)
    return with_deck(paras, deck)


def _deck_and_paragraphs(
    doc: HtmlElement, title: str | None = None
) -> tuple[str | None, list[str]]:
    """Our extractor alone on a parsed page, which it prunes IN PLACE: the headline's deck
    (None when the page prints none) and the article's paragraphs ([] when none is found).
    `title`: the page's <title> (`_title`), when the caller read it already."""
    title = _title(doc) if title is None else title
    shared = shared_title(doc)  # read before `prune` takes the <head>
    drop_watermarks(doc)  # read before `prune` takes the stylesheets
    # the elements' texts, each read once from here to the statistics while no step changes
    # the tree (a step that does clears them: lxml decodes a text again at each read)
    texts = Texts()
    body = prune(doc, texts)
    drop_threads(body, texts)
    drop_headed_furniture(body, texts)
    drop_author_boxes(body, texts)
    drop_bare_credits(body, texts)
    stats = compute_stats(body, texts)
    cands = score_candidates(stats)
    headline = find_headline(body, title)
    top = best_container(cands, headline)
    if top is None:  # (no body: a paywall's teaser may still print its summary)
        above = deck_anchor(_lead_anchor(body, headline, title, shared), body, shared, title)
        return page_deck(above, body), []
    top, cands = lined_scores(top, cands, headline)
    top = lines_container(top, cands)
    # (from the statistics to `drop_variants` the tree's texts stay as `stats` read them:
    # setting a block aside moves it whole, its tail with it, and changes no element's text)
    top, stats, cands = _outside_furniture(body, top, stats, cands, headline)
    block = next_story(top, body, headline, stats)
    if block is not None:
        top, stats, cands = _set_aside(body, block, (top, stats, cands), headline, _STORY_MIN_PROSE)
    top = widen_to_sections(top, stats)
    anchor = _lead_anchor(body, headline, title, shared)
    post = one_post(top, cands, headline)
    if post is not top:  # one post of a list stands alone: its siblings are the other posts
        chosen = with_lead([post], stats, anchor)
    else:
        chosen = with_lead(
            with_fragments(with_rows(_with_siblings(top, cands), stats), stats, headline),
            stats,
            anchor,
        )
        chosen = with_numbered_items(with_numbered_opening(chosen, stats), stats)
    # the headline's deck, read before the header box's lines go (`decks`)
    above = deck_anchor(anchor, body, shared, title)
    deck, loose = deck_line(above, body) if in_article(above, chosen, stats) else (None, False)
    drop_variants(chosen, stats)  # (these four clear the texts `stats` holds when they
    drop_slides(chosen, stats)  # drop anything)
    drop_trails(chosen, stats.texts)
    drop_header_lines(chosen, headline, stats)
    chosen += faq_sections(body, chosen, stats)
    paras = without_signed_replies(paragraphs_of(chosen, stats, title))
    if loose and deck is not None and not about_text(deck, paras):
        deck = None  # a notice under the headline, not the story's subtitle
    return deck, notice_header(chosen[0], stats) + paras


def _lead_anchor(
    body: HtmlElement, headline: HtmlElement | None, title: str, shared: str
) -> HtmlElement | None:
    """The heading the standfirst is searched after (`with_lead`): the page's headline, else
    the heading its shared title names (`shared_title`: og:title) where the <title>, written
    for search engines, names none. Only for the standfirst: taken as the page's headline it
    also moved the container, and lost the article's later blocks on a page printing each
    paragraph in a grid row of its own (wide pt 0.913 -> 0.877)."""
    if headline is not None or not shared or shared == title:
        return headline
    return find_headline(body, shared)


def _with_siblings(top: HtmlElement, cands: Candidates) -> list[HtmlElement]:
    """`with_siblings` of `top`, or of the block of <br> lines in it that holds the article
    (`lines_block`) when `top` would take siblings: they are judged from the article's own
    container, as on a page of <p>s (a wrapper's headline and caption stay otherwise)."""
    siblings = with_siblings(top, cands)
    if len(siblings) > 1:
        block = lines_block(top, cands)
        if block is not top:
            return with_siblings(block, cands)
    return siblings


def _outside_furniture(
    body: HtmlElement,
    top: HtmlElement,
    stats: Stats,
    cands: Candidates,
    headline: HtmlElement | None,
) -> tuple[HtmlElement, Stats, Candidates]:
    """The best container once the gallery or furniture around `top` is set aside, with the
    page's statistics and scores without it; else `top`, `stats` and `cands` as they are.

    A photo gallery's captions (fifty slides of a sentence or two) outscore the article they
    are embedded in, and a cookie policy or a modal that `prune` kept for holding most of the
    page's text outscores the article beside it. Such a block (`enclosing_furniture`) is taken
    out of the tree when what remains holds a prose body (`_SET_ASIDE_MIN_PROSE` characters of
    paragraphs in the new best container, not a list of teasers with their summaries: an
    article opened in a modal layer beside them) and the page's headline is not inside the block
    (then the block is the article); otherwise it is put back. Rare: one more statistics pass
    on the few pages where the best container sits in such a block."""
    block = enclosing_furniture(top, body, stats)
    if block is None:
        return top, stats, cands
    return _set_aside(body, block, (top, stats, cands), headline, _SET_ASIDE_MIN_PROSE)


def _set_aside(
    body: HtmlElement,
    block: HtmlElement,
    found: tuple[HtmlElement, Stats, Candidates],
    headline: HtmlElement | None,
    min_prose: int,
) -> tuple[HtmlElement, Stats, Candidates]:
    """The best container, statistics and scores with `block` taken out of the tree, when
    the new best holds `min_prose` characters of prose and is no teaser list and the
    headline is not in `block`; else `found` (the container, statistics and scores as they
    are) with the block put back."""
    parent = block.getparent()
    if parent is None:
        return found
    if headline is not None and (headline is block or block in headline.iterancestors()):
        return found
    stub, tail = new_element(block.tag), block.tail
    stub.tail, block.tail = tail, None
    parent.replace(block, stub)
    new_stats = compute_stats(body)
    new_cands = score_candidates(new_stats)
    new_top = best_container(new_cands, headline)
    if (
        new_top is not None
        and prose_chars(new_top, new_stats) >= min_prose
        and not is_teaser_list(new_top, new_stats)
    ):
        logger.debug("set aside <%s class=%r>", block.tag, block.get("class"))
        return new_top, new_stats, new_cands
    parent.replace(stub, block)
    block.tail = tail
    return found


def own_paragraphs(html: str) -> list[str]:
    """Our extractor alone (no fallback): the article's paragraphs, or [] when none is found."""
    doc = parse(html)
    return own_paragraphs_tree(doc) if doc is not None else []


def fallback_paragraphs(html: str, url: str | None) -> list[str]:
    """trafilatura's paragraphs, for pages where our scorer finds too little text.

    `fast`: without trafilatura's own second opinion (readability, jusText), which costs up
    to eight times its extraction on a page and changed no output on the dev corpora."""
    import trafilatura  # lazily: most pages never need it

    if _DECLARED_HTML not in html[:_HTML_HEAD_CHARS].lower():
        # a saved body without its <html> and <head> (an archive's record wrapped in its own
        # tag, a fragment): trafilatura discards markup whose opening names no "html" and
        # parses into a lone <body> as "not valid HTML"; the <html> it looks for is given
        html = "<html>" + html
    text = (
        trafilatura.extract(html, url=url, include_comments=False, include_tables=False, fast=True)
        or ""
    )
    lines = (clean_line(x) for x in text.split("\n"))
    # (a Chinese, Japanese or Korean platform's own lines, which trafilatura does not know as
    # furniture: "最新推荐文章于 … 发布", "举报", "本文链接：…"; the other languages' lines left as
    # it judged them: the golds of the thin pages it reads keep their bylines and labels)
    return [p for p in lines if p and (p.isascii() or not is_cjk_site_line(p))]


def paragraphs_from_tree(
    doc: HtmlElement,
    url: str | None = None,
    source: str | None = None,
    ld: dict[str, Any] | None = None,
) -> list[str]:
    """The main text of a parsed page as paragraphs ([] when it has no article text).

    A page that shows at most _THIN_DOM_CHARS characters reads its JSON-LD `articleBody`,
    else the article in its embedded application state, else the article's markup held in
    a template or a textarea (`templates`), when that is _BODY_RATIO times longer; so does a
    page whose JSON-LD says it is locked and that shows a teaser of its JSON-LD body or of
    the article in its state (`locked`). `doc` is pruned in place: read anything else from
    it first. `source` is the page's markup, handed to the fallback extractor when our own
    result is too thin; without it the fallback reads the pruned tree. `ld` is the page's
    article JSON-LD (`jsonld_article` of `doc`) when the caller read it already. Whichever
    text is taken, the headline's deck opens it (`decks.with_deck`: unless it holds it).
    """
    body = _jsonld_body(doc, source, ld)  # read before our extractor prunes the scripts away
    # kept unparsed: parsed only when the page shows little
    scripts, holders, inputs = inline_sources(doc)
    locked = bool(body or scripts) and is_locked(doc, source, ld)
    titles = headlines(doc) if scripts else frozenset()
    title = _title(doc)  # (read before our extractor prunes the <head>: `teaser_text`)
    deck, paras = _deck_and_paragraphs(doc, title)  # (sizes read without the deck)
    size = sum(len(p) for p in paras)
    if body and size <= _THIN_DOM_CHARS and sum(map(len, body)) >= _BODY_RATIO * max(size, 1):
        logger.debug("JSON-LD articleBody used for %s", url or "<page>")
        return with_deck(body, deck)
    if locked and size >= MIN_TEXT_CHARS:  # a paywall's teaser, the article held elsewhere
        whole = unlocked(paras, body or state_paragraphs(scripts, titles))
        if whole:
            logger.debug("the whole article of a locked page used for %s", url or "<page>")
            return with_deck(whole, deck)
    if (scripts or holders) and size <= _THIN_DOM_CHARS:
        held = _held_article(scripts, titles, holders, size, url)
        if held:
            return with_deck(held, deck)
    if MIN_TEXT_CHARS <= size <= OTHER_DOM_CHARS and (body or scripts):
        # (the markup shows text that is not the article; the article is held elsewhere)
        held = article_elsewhere(paras, size, body, scripts, titles)
        if held:
            logger.debug("article held outside the text shown used for %s", url or "<page>")
            return with_deck(held, deck)
    if size >= MIN_TEXT_CHARS:
        return with_deck(paras, deck)
    if source is None:
        source = to_html(doc)
    if source.count("<") > _FALLBACK_MAX_TAGS:
        logger.debug("no fallback for %s: markup too large", url or "<page>")
        return teaser_text(paras, deck, title, []) or with_deck(paras, deck)
    # (its overlays out: a consent or log-in dialog is never the article)
    fallback = fallback_paragraphs(without_overlays(source), url) if source.strip() else []
    fallback = without_inputs(fallback, inputs)
    teaser = teaser_text(paras, deck, title, fallback)  # the summary of an empty body
    if teaser is not None:
        logger.debug("the header's summary of an empty body used for %s", url or "<page>")
        return teaser
    if sum(len(p) for p in fallback) >= max(MIN_TEXT_CHARS, sum(len(p) for p in paras)):
        logger.debug("fallback extractor used for %s", url or "<page>")
        return with_deck(fallback, deck)
    return with_deck(paras, deck)


def _held_article(
    scripts: list[tuple[str, str]],
    titles: frozenset[str],
    holders: list[Holder],
    size: int,
    url: str | None,
) -> list[str]:
    """The article of a thin page (`size` characters shown) held in its application state,
    else in a template or a textarea, when that is _BODY_RATIO times longer; else []."""
    least = max(_BODY_RATIO * size, MIN_TEXT_CHARS)
    if scripts:
        state = state_paragraphs(scripts, titles)
        if sum(map(len, state)) >= least:
            logger.debug("embedded application state used for %s", url or "<page>")
            return state
    if holders:
        held = template_paragraphs(holders)
        if sum(map(len, held)) >= least:
            logger.debug("article markup of a template used for %s", url or "<page>")
            return held
    return []


def _jsonld_body(
    doc: HtmlElement, source: str | None, ld: dict[str, Any] | None = None
) -> list[str]:
    """The paragraphs of the page's JSON-LD `articleBody` (plain text or HTML), else [].

    Only read when the markup mentions "articleBody" (when `source` is given): most pages do
    not, and their JSON-LD is not parsed here. With `ld` (the article JSON-LD, read already)
    the markup is searched only when `ld` holds a body: most pages' markup is not searched."""
    if ld is None:
        if source is not None and '"articleBody"' not in source:
            return []
        ld, source = jsonld_article(doc), None  # (searched already)
    body = ld.get("articleBody")
    if not isinstance(body, str) or not body.strip():
        return live_updates(ld.get("liveBlogUpdate"))  # a live blog's posts, else []
    if source is not None and '"articleBody"' not in source:
        return []
    return body_paragraphs(body)


def extract_paragraphs(html: str, url: str | None = None) -> list[str]:
    """The main text of a page as paragraphs; [] for a page with no article text."""
    doc = parse(html)
    return paragraphs_from_tree(doc, url, html) if doc is not None else []

"""Parsing, boilerplate pruning and per-node text statistics on one lxml tree: the public
face of the HTML layer, naming what the rest of the pipeline uses from the modules that own it,
in the order a page goes through them:

- `htmltree`: decoding and parsing a page, and the small operations on the tree;
- `elementtext`: the text of one element, its length, whether it reads as prose;
- `linkstats`: per-node text and link statistics over a whole tree in one pass;
- `wordpatterns`: regular expressions built from word lists;
- `classwords`: the class/id word vocabularies of furniture and article text;
- `boilerplate`: whether one element is furniture, and of what kind;
- `signups`: the sign-up and log-in prompts pruning drops;
- `pruning`: `prune`, the whole page's furniture dropped;
- `headmark`: where the article's <header> stood, with its headline, once `prune` dropped it;
- `headpoints`: the key points listed under the headline in that header, kept in its place;
- `deckfind`: the blocks under a headline that may be its deck (standfirst, summary).
"""

from __future__ import annotations

from pipeline.web.boilerplate import (
    FOLDED_QUESTION_END,
    FURNITURE_TAGS,
    HIDDEN_STYLE,
    boilerplate_kind,
    is_hidden_element,
    is_question,
)
from pipeline.web.classwords import (
    ANY_NEGATIVE_WORD,
    LAYOUT_NEGATIVE,
    POSITIVE,
    STRONG_NEGATIVE,
    WEAK_NEGATIVE,
    class_words,
    furniture_words,
)
from pipeline.web.deckfind import deck_blocks, iter_deck_blocks
from pipeline.web.elementtext import (
    INLINE_TAGS,
    PROSE_CHARS_PER_SENTENCE,
    clause_marks,
    is_prose,
    text_len_upto,
    text_of,
)
from pipeline.web.headmark import (
    DECK_MARK,
    HEADLINE_MARK,
    header_decks,
    heading_text,
    printed_after,
)
from pipeline.web.htmltree import (
    HtmlElement,
    drop_tree,
    new_element,
    parse,
    parse_document,
    to_html,
    xpath,
)
from pipeline.web.linkstats import Stats, Texts, compute_stats
from pipeline.web.misnamed import MISNAMED_ARTICLE
from pipeline.web.pruning import MAX_CAPTION_CHARS, prune
from pipeline.web.wordpatterns import (
    LiteralMarks,
    WordPattern,
    any_literal,
    any_literal_anchored,
    literal_alternation,
    lowers_plainly,
    top_level_alternatives,
)

__all__ = [
    "any_literal",
    "any_literal_anchored",
    "lowers_plainly",
    "ANY_NEGATIVE_WORD",
    "boilerplate_kind",
    "class_words",
    "clause_marks",
    "compute_stats",
    "DECK_MARK",
    "deck_blocks",
    "drop_tree",
    "FOLDED_QUESTION_END",
    "FURNITURE_TAGS",
    "furniture_words",
    "HEADLINE_MARK",
    "header_decks",
    "heading_text",
    "HIDDEN_STYLE",
    "HtmlElement",
    "INLINE_TAGS",
    "is_hidden_element",
    "is_prose",
    "is_question",
    "iter_deck_blocks",
    "LAYOUT_NEGATIVE",
    "literal_alternation",
    "LiteralMarks",
    "MAX_CAPTION_CHARS",
    "MISNAMED_ARTICLE",
    "new_element",
    "parse",
    "parse_document",
    "POSITIVE",
    "printed_after",
    "PROSE_CHARS_PER_SENTENCE",
    "prune",
    "Stats",
    "Texts",
    "STRONG_NEGATIVE",
    "text_len_upto",
    "text_of",
    "to_html",
    "top_level_alternatives",
    "WEAK_NEGATIVE",
    "WordPattern",
    "xpath",
]

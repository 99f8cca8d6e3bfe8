"""Candidate scoring: which container holds the article, and which siblings continue it.

Each paragraph-like block (a block element with enough direct text) gives its ancestors a score
from its length and its punctuation (Chinese and Latin commas and stops: prose has them, menus
and link lists do not). An ancestor's score is then discounted by its link density and its
class/id. The best container is widened to its siblings that look like more of the same text.

The public face of that stage, naming what the rest of the pipeline uses from the modules that
own it, in the order a page goes through them:

- `blockscore`: what one block is worth (paragraph score, class weight, lines, prose);
- `candidates`: every ancestor's score (`score_candidates`), <br>-cut blocks of text;
- `container`: the best container among the candidates, the headline, a next story;
- `sections`: the ancestor holding all of an article's sections (`widen_to_sections`);
- `siblings`: the siblings and the lead that continue the container;
- `fragments`: galleries around the container, the article's fragments before it.
"""

from __future__ import annotations

from pipeline.maintext.blockscore import (
    MIN_PARAGRAPH,
    PUNCT,
    class_weight,
    is_teaser_list,
    paragraph_score,
    prose_chars,
)
from pipeline.maintext.candidates import Candidates, lines_block, lines_container, score_candidates
from pipeline.maintext.container import best_container, find_headline, lined_scores, next_story
from pipeline.maintext.fragments import enclosing_furniture, with_fragments
from pipeline.maintext.sections import WidenParams, widen_to_sections
from pipeline.maintext.siblings import with_lead, with_siblings

__all__ = [
    "best_container",
    "Candidates",
    "class_weight",
    "enclosing_furniture",
    "find_headline",
    "is_teaser_list",
    "lined_scores",
    "lines_block",
    "lines_container",
    "MIN_PARAGRAPH",
    "next_story",
    "paragraph_score",
    "prose_chars",
    "PUNCT",
    "score_candidates",
    "widen_to_sections",
    "WidenParams",
    "with_fragments",
    "with_lead",
    "with_siblings",
]

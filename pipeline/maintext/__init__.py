"""Main text: the generic extractor for pages no site parser reads.

Parse once, prune boilerplate, score the candidate blocks, pick the container that holds the
article (with the siblings and lead that continue it), and emit clean paragraphs. Modules:
`core` (the pipeline and its fallbacks), `scoring` (candidate blocks and the winning
container), `paragraphs` (paragraph emission and line-level boilerplate cleaning), `notices`
(the header table of government notices), `headings` (blocks a heading names as furniture:
"About the author", "Related", "3 Comments"), `embedded` (the article held in a client-rendered
page's application state). Parsing and page metadata are in `pipeline.web`.
"""

from __future__ import annotations

from pipeline.maintext.core import extract_paragraphs, paragraphs_from_tree

__all__ = ["extract_paragraphs", "paragraphs_from_tree"]

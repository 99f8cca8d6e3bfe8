"""Main text: the generic extractor for pages no site parser reads.

Parse once, prune boilerplate, score the candidate blocks, pick the container that holds the
article (with the siblings and lead that continue it), and emit clean paragraphs. Modules:
- `core`: the pipeline and its fallbacks; `scoring`: candidate blocks and the winning
  container (the face of `blockscore`, `candidates`, `container`, `sections`, `siblings`,
  `fragments`); `faq`: an FAQ section under the article; `posts`: comment threads and one
  post of a list; `variants`: an appeal's A/B copies; `headerbox`: the article's header
  printed as a box inside its container (kicker, deck, credit beside the headline); `decks`:
  the headline's deck (standfirst, summary, chapô, Vorspann) put first in the text;
  `hidden`: watermarks a page's own stylesheet hides; `headings`: blocks a heading names
  as furniture ("About the author", "Related", "3 Comments"); `titles`: linked titles over
  prose; `tables`: number tables and chart labels; `notices`: the header table of
  government notices; `embedded`: the article held in a client-rendered page's state;
  `elsewhere`: that article, or the JSON-LD body, where the page shows only other prose;
- `paragraphs`: the lines of the chosen containers, cleaned (`cleanline`) and trimmed at
  their edges (`datelines`: publication lines there); `linekinds`: which single lines are furniture,
  asking `labels` (labels in 40 languages, built from the word lists of `lexicon`),
  `followprompts` (invitations to follow the site, the networks' names as they are read),
  `appeals` (the site's asks: newsletters, donations, comment rules), `credits` (staff and
  wire credits), `sitelines` (the site's machinery and standing notices: reprint notices,
  players and galleries, forms and polls, follow-the-site prompts, picture credits, these
  read by `photocredits`), `consentlines` (a form's consent line) and
  `sitenotes` (its notes to the reader: typo reports, opinion disclaimers, the comments).
Parsing and page metadata are in `pipeline.web`.
"""

from __future__ import annotations

from pipeline.maintext.core import extract_paragraphs, paragraphs_from_tree

__all__ = ["extract_paragraphs", "paragraphs_from_tree"]

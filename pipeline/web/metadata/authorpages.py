"""A link to a writer's page by its address, written once for the three readers that ask:
the byline reader (`headline._AUTHOR_PAGE_HREF`, `is_author_page`), the author box away
from the headline (`authorboxes`) and the author box between the story's paragraphs
(`maintext.authorbox`). One list of the words news sites name a writer's page by, in the
languages they use; the three patterns differ on purpose, each where its reader's other
evidence is thinner or thicker:

- `WRITER_PAGE` (the byline reader): a writer's word and a segment after it
  ("/author/jane-doe", "/autorin/x", "/yazar/x"). A bare link near the headline is read as
  a byline with no other sign, so no profile words: "/people/x" near a headline is as often
  the person the story is about (a celebrity's tag page), "/team/x" a sports team's page,
  "/profile/x" a company's.
- `BOX_WRITER_PAGE` (`maintext.authorbox`): a writer's word or a profile's word, a segment
  after it or not ("/author-jane", "/profile?id=7", "/people"): the box around the link must
  also hold a photo or a network's link and stand between blocks of the story.
- `PORTRAIT_WRITER_PAGE` (`authorboxes`): the same words and "team" (a newsroom's staff
  page, "/team/jane-doe"), a folder after the word: the box must also hold a portrait, a bio
  of five words or more and the name alone in an element.
"""

from __future__ import annotations

import re

# The words of a writer's page: English, German, Spanish, Portuguese, Italian, French,
# Polish, Czech, Slovak, Turkish, Indonesian, Hungarian, Slovenian, Russian.
_WRITER_WORDS = (
    r"authors?|aut(?:or(?:es|en|in(?:nen)?|ka|zy|i|as?)?|ore|ori|eurs?)|journalist(?:s|en|es|e)?|"
    r"reporters?|writers?|columnist(?:as?|s)?|contributors?|redakteur(?:e|in)?|editors|staff|"
    r"yazar(?:lar)?|penulis|wartawan|szerzo|avtor|автор"
)
# A profile's words: a person's page on sites that name it so, a writer's or not.
_PROFILE_WORDS = r"profil(?:es?)?|perfil|people"

WRITER_PAGE = re.compile(rf"/(?:{_WRITER_WORDS})/[^/?#\s]+", re.I)
BOX_WRITER_PAGE = re.compile(rf"/(?:{_WRITER_WORDS}|{_PROFILE_WORDS})(?:[/_?#-]|$)", re.I)
PORTRAIT_WRITER_PAGE = re.compile(rf"/(?:{_WRITER_WORDS}|{_PROFILE_WORDS}|team)/", re.I)

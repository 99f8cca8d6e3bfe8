"""The one metadata reader: JSON-LD, og:/article: metas, common meta names, <title>, <html lang>.

A page is parsed once into a `PageView`; its meta tags and its article JSON-LD object are read
once (on first use) and `PageView.metadata()` reads every field from them: site parsers and the
generic path both call it. The JSON-LD object is picked by one rule (`jsonld_article`).

Dates come out zone-aware: an explicit offset is kept; a date without one is read in the zone
the caller gives (a site's newsroom zone), else Japan's and Korea's on pages declared ja and ko,
Asia/Shanghai on Chinese pages (the zone Chinese sites publish in) and UTC elsewhere.

The modules, each importing only those above it:
  structured  what the page declares: meta tags, the article JSON-LD object, the canonical link
  bylineleads  the phrases a byline's name follows: "written by" in the languages (data)
  vocabulary  the words and patterns of bylines and names (data)
  orgwords    the words that say a name is an organisation's (data)
  creditpatterns  the patterns of a Chinese or Korean reporter's credit (data)
  hannames    Han names apart by a blank (two Chinese, one Japanese on a Japanese page), a
              Japanese paper's dateline "【ワシントン=山田太郎】"
  visible     the visible text of nodes and of the page after a node
  organisations  the site's own names (site keys), agencies, newsrooms: no person's name
  rolelead    a writer's role between a byline's label and the name ("Autor: Rechtsanwalt X")
  person      one part of a byline cleaned to a person's name, or none
  names       who a byline names: a byline split into people
  nodenames   the names one byline node of the page gives
  titles      the headline out of <title> / og:title, the site's name cut off
  titlechoice  second looks at the cut title: parts the page prints as its own, a later
              <h1> printing it, its quotation marks as the <h1> prints them
  headline    the page's headline node and the byline and date markup near it
  signatures  names printed bare: beside the date under the headline, closing the article
  datelabels  the labels beside a printed date that say it is the publication's or an update's
  machinetimes  the dates markup gives as machine times: <time>, <abbr title>, a CMS comment
  printeddates  the date printed near the headline, on a date line, or the one day the text prints
  dates       the publication date: the date metas, else the finders above, the URL, the <title>
  reportercredits  the reporters a Chinese, Korean or Japanese article credits in its text
  posters     who posted a blog post or a forum thread
  bylinelines  printed byline lines without a "By": a name and a role, a place, a label
  abovenames  names printed bare: a dated line above the headline, a "By" line after a heading
  byline      the byline under the headline: byline markup, a "By ..." line, `bylinelines`
  usernames   the name a page prints for a CMS's user name declared as the author
  authorship  the authors: JSON-LD, metas, the byline, credits, names printed bare, posters
  reader      `Metadata`, `PageView` and `read_metadata`, which reads every field
"""

from __future__ import annotations

from pipeline.web.metadata.canonical import canonical_link
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.organisations import is_organisation, site_keys
from pipeline.web.metadata.reader import Metadata, PageView, page_metadata, read_metadata
from pipeline.web.metadata.structured import jsonld_article
from pipeline.web.metadata.titles import clean_title, page_title, usable_title

__all__ = [
    "Metadata",
    "PageView",
    "canonical_link",
    "clean_title",
    "is_organisation",
    "jsonld_article",
    "page_metadata",
    "page_title",
    "read_metadata",
    "site_keys",
    "split_authors",
    "usable_title",
]

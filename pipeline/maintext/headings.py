"""Blocks a heading names as furniture: "About the author", "Related", "3 Comments".

Pages whose classes are hashes (CSS-in-JS, utility classes) name no author box, related list
or comment thread by class; their headings still say what follows, in the page's language.
`drop_headed_furniture` removes, before scoring, a block opened by such a heading and, where
the heading stands among the article's blocks (a blog's flat markup), the heading and what
follows it when that is the smaller part. The vocabularies are data (`FURNITURE_HEADING`);
a heading is read whole, so a subheading of the article that merely holds one of the words
("Related research on sleep") is not furniture.
"""

from __future__ import annotations

import re

from pipeline.maintext.labels import is_furniture_heading
from pipeline.web.html import HtmlElement, drop_tree, text_of, xpath

# A heading that is only the name of a furniture block, in the languages of the corpora. About
# the author: en, tr (Editör/Yazar Hakkında), ru/uk (Об авторе, Про автора), de (Über den
# Autor/die Autorin), fr (À propos de l'auteur), es/pt (Sobre el/o autor, Acerca del autor),
# it (Sull'autore), pl (O autorze), id (Tentang Penulis), nl (Over de auteur), cs (O autorovi),
# el (Σχετικά με τον συγγραφέα), zh (作者简介, 关于作者). English reviews and guides also ask
# it: "Who curated this article?", "Who wrote this guide?", "Meet the experts", "About our
# reviewer".
_ABOUT_AUTHOR = (
    r"about (?:the )?(?:author|writer|editor|reporter)s?|author bio(?:graphy)?|"
    r"who (?:wrote|curated|edited|reviewed|tested for) this(?: (?:article|story|post|guide|"
    r"review|list|piece))?|meet (?:the|our) (?:author|writer|reviewer|tester|expert)s?|"
    r"about (?:our|this) (?:author|writer|reviewer|tester|expert)s?|"
    r"(?:edit[öo]r|yazar) hakk[ıi]nda|об авторе|про автора|über (?:den autor|die autorin)|"
    r"à propos de l'auteur|(?:sobre|acerca) d?el autor|sobre o autor|sull'autore|o autorze|"
    r"tentang penulis|over de (?:auteur|schrijver)|o autorovi|"
    r"σχετικά με (?:τον|τη|την) συγγραφέα|作者简介|作者簡介|关于作者|關於作者"
)
# A block of links to other stories: related, "read also", most read, recommended (en, ru, uk,
# tr, id, de, fr, es, pt, it, pl, nl, el, zh, ja, ko, vi).
_RELATED = (
    r"related(?: (?:articles?|stories|news|posts|content|coverage|reading))?|"
    r"(?:you )?(?:may|might) also (?:like|be interested in|enjoy)|more (?:stories|news)|"
    r"most (?:read|popular|viewed)|recommended(?: for you)?|read (?:also|next)|also read|"
    r"лучшее|популярное|самое (?:читаемое|популярное)|читайте (?:также|також)|по теме|"
    r"новости по теме|смотрите также|"
    r"ilgili haberler|benzer haberler|[çc]ok okunanlar|berita terkait|baca juga|terpopuler|"
    r"mehr zum thema|das könnte sie auch interessieren|meistgelesen|lesen sie auch|"
    r"à lire aussi|lire aussi|sur le même sujet|les plus lus|"
    r"noticias relacionadas|lo más leído|te puede interesar|notícias relacionadas|mais lidas|"
    r"leia também|leggi anche|articoli correlati|i più letti|czytaj (?:także|też)|"
    r"zobacz (?:także|też)|najpopularniejsze|lees ook|meest gelezen|διαβάστε (?:επίσης|ακόμη)|"
    r"δημοφιλή|相关(?:阅读|新闻|文章|报道)|相關(?:閱讀|新聞|文章|報導)|推荐阅读|推薦閱讀|"
    r"延伸阅读|延伸閱讀|热门推荐|猜你喜欢|関連記事|人気記事|관련\s?기사|많이 본 뉴스|tin liên quan"
)
# A comment thread and its form: "Comments", "3 Comments", "12 responses to ...", "Leave a
# reply", "《标题》已有1件评论", "文章评论", "发表评论", "评论(3)", Yorumlar, Комментарии,
# Komentar, Kommentare, Commentaires, Comentarios.
_COMMENTS = (
    r"(?:\d+ )?(?:comments?|responses?|replies)(?: to .{1,120})?|"
    r"(?:leave|post|add|write) a (?:reply|comment)|"
    r"join the (?:conversation|discussion)|"
    r"(?:\d+ )?(?:yorum(?:lar)?|комментари[йи]?|komentar(?:ze|e)?|kommentare?|"
    r"commentaires?|comentarios?|commenti|reacties)(?: \(\d+\))?|"
    r".{0,120}已有\s*\d+\s*(?:件|条|條)评论|"
    r"(?:网友|網友|文章|读者|讀者|发表|發表|最新|热门|熱門)?(?:评论|評論)\s*[(（]?\d*[)）]?"
)
FURNITURE_HEADING = re.compile(
    rf"^\W{{0,3}}(?:{_ABOUT_AUTHOR}|{_RELATED}|{_COMMENTS})\W{{0,3}}$", re.I | re.S
)
# An author box's heading among the article's own sections ("Who curated this article?" between
# "How we test" and "How to choose" in one flat box): the heading and its siblings up to the
# next heading, when they hold at most `_MAX_AUTHOR_BOX` characters (a bio, not a section).
_AUTHOR_HEADING = re.compile(rf"^\W{{0,3}}(?:{_ABOUT_AUTHOR})\W{{0,3}}$", re.I)
_MAX_AUTHOR_BOX = 1200
_ANY_HEADING = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_HEADING = 160  # characters: a heading, not a paragraph that opens with the words
_MAX_LABEL = 40  # characters of a <div> or <p> read as a heading
_MAX_LINKS = 0.5  # of a block's text inside links: above, a list of links (see below)
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_H1 = xpath("boolean(descendant-or-self::h1)")


def _headings(body: HtmlElement) -> list[HtmlElement]:
    """The page's headings h2 to h6, and its short text-only <div> and <p> blocks (at most
    `_MAX_LABEL` characters): hashed pages style a <div> as a heading ("<div class='c1a2b3'>
    文章评论</div>")."""
    return [
        el
        for el in body.iter("h2", "h3", "h4", "h5", "h6", "div", "p")
        if el.tag in _HEADING_TAGS
        or (not len(el) and 0 < len((el.text or "").strip()) <= _MAX_LABEL)
    ]


def _heading_text(el: HtmlElement) -> str:
    return " ".join(text_of(el).split())


def _links_share(blocks: list[HtmlElement]) -> float:
    """The share of the text of `blocks` inside links."""
    total = sum(len(text_of(b)) for b in blocks)
    links = sum(len(text_of(a)) for b in blocks for a in b.iter("a"))
    return links / total if total else 1.0


def drop_headed_furniture(body: HtmlElement) -> None:
    """Remove in place the blocks that a heading (h2 to h6) naming furniture opens: its
    parent when the heading is the parent's first child, else the heading and its later
    siblings when they hold less text than the siblings before it (comments under a blog
    post in one flat container). Never a block holding an <h1> or the page's body, nor one
    mostly of links (`_MAX_LINKS`): a list of links is told by its links already, and it
    stops the widening from the article to the furniture around it (`widen_to_sections`)."""
    doomed: list[HtmlElement] = []
    gone: set[HtmlElement] = set()  # every element under a doomed one, looked up, not walked
    runs: dict[HtmlElement, _Run] = {}
    for heading in _headings(body):
        text = _heading_text(heading)
        if not text or len(text) > _MAX_HEADING or not _names_furniture(text):
            continue
        parent = heading.getparent()
        if parent is None or parent is body or heading in gone:
            continue
        first = next((c for c in parent if isinstance(c.tag, str)), None)
        if first is heading:
            if not _H1(parent) and _links_share([parent]) <= _MAX_LINKS:
                doomed.append(parent)
                gone.update(parent.iter())
            continue
        run = runs.get(parent) or runs.setdefault(parent, _Run(parent))
        later = run.later(heading)
        if not later and _AUTHOR_HEADING.match(text):
            later = run.section(heading)
        if later and not any(_H1(s) for s in later):
            doomed += later
            gone.update(el for s in later for el in s.iter())
    for el in doomed:
        drop_tree(el)


def _names_furniture(text: str) -> bool:
    """A heading naming furniture: `FURNITURE_HEADING`, or a label of `is_furniture_heading`
    (the same kinds in more languages)."""
    return FURNITURE_HEADING.match(text) is not None or is_furniture_heading(text)


class _Run:
    """A parent's element children with the text, and the text in links, of each from there
    to the end, summed once: a flat thread of a thousand "Comments" headings would otherwise
    sum its later siblings again at each heading."""

    def __init__(self, parent: HtmlElement) -> None:
        self.kids = [c for c in parent if isinstance(c.tag, str)]
        self.at = {kid: i for i, kid in enumerate(self.kids)}
        self.whole = len(text_of(parent))
        self.size, self.links = [0] * (len(self.kids) + 1), [0] * (len(self.kids) + 1)
        for i in range(len(self.kids) - 1, -1, -1):
            kid = self.kids[i]
            self.size[i] = self.size[i + 1] + len(text_of(kid))
            self.links[i] = self.links[i + 1] + sum(len(text_of(a)) for a in kid.iter("a"))

    def later(self, heading: HtmlElement) -> list[HtmlElement]:
        """`heading` and its later siblings when they hold less text than the rest of the
        parent and are not mostly links; else nothing."""
        i = self.at[heading]
        size = self.size[i]
        share = self.links[i] / size if size else 1.0
        return self.kids[i:] if size < self.whole - size and share <= _MAX_LINKS else []

    def section(self, heading: HtmlElement) -> list[HtmlElement]:
        """`heading` and its later siblings up to the next heading, when they hold at most
        `_MAX_AUTHOR_BOX` characters; else nothing."""
        i = j = self.at[heading]
        while j + 1 < len(self.kids) and self.kids[j + 1].tag not in _ANY_HEADING:
            j += 1
        return self.kids[i : j + 1] if self.size[i] - self.size[j + 1] <= _MAX_AUTHOR_BOX else []

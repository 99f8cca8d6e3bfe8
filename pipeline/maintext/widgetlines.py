"""The page's widgets printed as lines of text: read and comment counters, print and font
size buttons, previous/next page links ("阅读(123) 评论(4) 收藏 打印", "上一页 1 2 3 下一页"), a
toolbar of bracketed words ("【收藏】【打印】【关闭】"), a loading placeholder or an expander's
label ("正在加载...", "Loading…", "展开全文"). Asked by `linekinds.is_boilerplate_line`.
"""

from __future__ import annotations

import re

# A line of page widgets and counters: "阅读(123) 评论(4) 收藏 打印", a blog post's footer
# "作者:handle 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30",
# "已有0人阅读 字号 复制链接 打印", "第1页/共1页 << 上一页 | 下一页 >>", a post's footer
# "发表于 2004年12月27日 (阅读:37;评论:6)". Case-blind for "RSS" alone, spelled out as re.I
# reads it (the long s "ſ" is an "s" there: the Han words have no case): every alternative
# opens on a character, which re then looks for first; with re.I, "R" made it try all the
# alternatives at every position of the line (a fifth of the time: the same matches, tested).
_WIDGET_WORD = re.compile(
    r"我要评论|我要評論|发起话题|复制链接|複製連結|发表于|發表於|阅读|閱讀|评论|評論|浏览|瀏覽|"
    r"打印本页|列印本頁|关闭窗口|關閉視窗|点击|點擊|收藏|打印|列印|分享|转发|轉發|字号|字號|字体|字體|"
    r"推荐|推薦|举报|舉報|回复|回覆|"
    r"查看|上一页|下一页|上一頁|下一頁|上一篇|下一篇|首页|尾页|返回|第\d+页|共\d+页|大中小|"
    r"R[Ssſ][Ssſ]|r[Ssſ][Ssſ]|"
    r"关闭|關閉|编辑|編輯|作者"
)

# A toolbar printed as words in brackets: "【收藏】【打印】【关闭】", "【大 中 小】 【打 印】":
# the line holds nothing but two or more short bracketed items, half of them widget words.
_BRACKETED_WORD = re.compile(r"[【\[]([^】\]]{1,12})[】\]]")

# A placeholder left by a script that fills it ("正在加载...", "加载中", "Loading…") and the
# label of an expander over the rest of the text ("阅读剩余全文", "展开全文", "展开剩余80%").
_PLACEHOLDER = re.compile(
    r"^(正在)?(加载|加載|载入|載入)中?|^Loading\b|"
    r"^(点击|點擊)?(阅读|閱讀|查看|展开|展開)(剩余|剩餘)?(全文|余下全文|餘下全文|\d+%)",
    re.I,
)

_PLACEHOLDER_REST = re.compile(r"[\W_]*")  # what may follow: dots, brackets, arrows

MAX_PLACEHOLDER = 16

_WIDGET_WORDS = 3  # widget words in the line, or two and nothing else besides marks and numbers

_WIDGET_REST = 0.25  # of the line's characters, the most left besides widget words and marks

_MAX_WIDGET_LINE = 80

_NOT_WORD = re.compile(r"[\W_]+|\d+|[年月日]")  # marks, counts and dates

# A paged story's counter between its pages, every page in the markup: "3 dari 8 halaman",
# "Page 3 of 8", "Seite 3 von 8", "Strona 3 z 8", "Página 3 de 8", "Страница 3 из 8". A word
# for "page" before or after the two numbers is required: "3 of 8" alone may be a score.
_PAGE_WORD = (
    r"(?:pages?|seiten?|strona|stron|p[áa]ginas?|pagine|sayfa|страница|страниц[аы]?|halaman|"
    r"trang|σελίδα|σελίδες|stránka|stránek|sivu|sidan?)"
)
_PAGE_OF = r"\s*(?:of|von|z|ze|de|di|sur|из|dari|van|av|af|από|/)\s*"
_PAGE_COUNTER = re.compile(
    rf"{_PAGE_WORD}\s*\d{{1,3}}{_PAGE_OF}\d{{1,3}}|\d{{1,3}}{_PAGE_OF}\d{{1,3}}\s*{_PAGE_WORD}",
    re.I,
)
MAX_PAGE_COUNTER = 40

# A rating widget with no votes yet, in brackets or not: "(No ratings yet)", "(Noch keine
# Bewertungen)", « Aucune note pour le moment », "Sin valoraciones todavía", "Nessun voto",
# "Nog geen beoordelingen" (a star-rating plugin under a post prints it until someone votes).
_NO_RATINGS = re.compile(
    r"(?:no (?:ratings?|votes?)(?: yet)?|be the first to rate(?: this)?|"
    r"(?:noch )?keine (?:bewertung(?:en)?|stimmen)(?: vorhanden)?|"
    r"(?:pas encore de|aucune?) (?:note|vote|évaluation)s?(?: pour le moment)?|"
    r"(?:sin|aún no hay|todavía no hay) (?:valoraciones|votos|calificaciones)(?: todavía| aún)?|"
    r"nessun[ao]? (?:valutazione|voto|recensione)(?: ancora)?|"
    r"nog geen (?:beoordelingen|stemmen|waarderingen)|"
    r"(?:sem|ainda sem|ainda não há) (?:avaliações|votos))",
    re.I,
)
_RATING_MARKS = " ()[]*.…!-–—"
_MAX_RATING_LINE = 40


def is_placeholder(text: str) -> bool:
    """A loading placeholder or an expander's label, with nothing but marks after it."""
    found = _PLACEHOLDER.match(text)
    return found is not None and _PLACEHOLDER_REST.fullmatch(text, found.end()) is not None


def is_page_counter(text: str) -> bool:
    """The counter a paged story prints between its pages ("3 dari 8 halaman", "Page 3 of 8")
    and nothing else besides marks."""
    return _PAGE_COUNTER.fullmatch(text.strip(" \t-–—|·()[]")) is not None


def is_toolbar(text: str) -> bool:
    """Only short bracketed items (two or more), half of them or more widget words."""
    items = _BRACKETED_WORD.findall(text)
    if len(items) < 2 or _BRACKETED_WORD.sub("", text).strip():
        return False
    widgets = sum(_WIDGET_WORD.search("".join(item.split())) is not None for item in items)
    return 2 * widgets >= len(items)


def is_widget_line(text: str) -> bool:
    """A short line of `_WIDGET_WORDS` or more widget words (read/comment counters, print,
    font size, previous/next page) and little else: numbers, dates, marks; or of two widget
    words and nothing else ("上一页 1 2 3 下一页", "打印本页 | 关闭窗口", "字号 大中小"); or a
    rating widget with no votes yet (`_NO_RATINGS`)."""
    if len(text) <= _MAX_RATING_LINE and _NO_RATINGS.fullmatch(text.strip(_RATING_MARKS)):
        return True
    squashed = "".join(text.split())
    if len(squashed) > _MAX_WIDGET_LINE:
        return False
    words = len(_WIDGET_WORD.findall(squashed))
    if words < 2:
        return False
    rest = _NOT_WORD.sub("", _WIDGET_WORD.sub("", squashed))
    if words < _WIDGET_WORDS:
        return not rest
    return len(rest) <= _WIDGET_REST * len(squashed)

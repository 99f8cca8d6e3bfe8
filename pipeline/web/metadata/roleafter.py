"""What a byline prints around a name that is not the name (session 35): a Japanese or
Chinese role after it ("山田太郎 著", "Eric Freeman　著、嶋田 健志　監訳": the writer's role cut,
a translator's or a photographer's credit dropped whole), the city a dateline opens with
before a dash ("Madrid - María García", "القاهرة - محمد علي"), an outlet's short code in
capitals after a full name ("Laura Virtanen HS") and a desk's word after it ("Anna Muster
Redaktion").
"""

from __future__ import annotations

import re

from pipeline.text.bylines import NAME_PARTICLES
from pipeline.text.scripts import HAN_CHAR, KANA_CHAR
from pipeline.web.metadata.vocabulary import _BYLINE

# The marks that set a Japanese or Chinese list's items apart ("A 著、B 訳", "A／B").
_CJK_ITEM = re.compile(r"[^、,，;；／/|｜\n]+")
# A role printed after a name, closing its item. The writer's ("著": author, "編著": edited
# and written, "文": text, "筆": pen, "作": work) is cut and the name kept; another's credit
# ("訳", "監訳", "翻訳", "編訳": translated, supervised the translation; "写真", "撮影": photos;
# "イラスト", "絵", "画": illustrations; "監修": supervised) is dropped with its name. The roles
# of one character that Han names also hold ("文", "筆", "作", "絵", "画", "译") after a
# blank only; "著", "訳" and the longer ones glued to the name too ("山田太郎訳").
_WRITER_ROLES = ("編著", "著", "文", "筆", "作")
_OTHER_ROLES = (
    *("監訳", "翻訳", "編訳", "翻译", "訳", "译", "写真", "撮影", "摄影", "攝影"),
    *("イラスト", "絵", "画", "監修", "监修"),
)
_GLUED_ROLES = ("編著", "著", "監訳", "翻訳", "編訳", "翻译", "訳", "写真", "撮影", "イラスト")
_ROLE_AFTER = re.compile(
    rf"(?:[ \t\u3000]+(?P<spaced>{'|'.join(_WRITER_ROLES + _OTHER_ROLES)})"
    rf"|(?<=[^\W\d_])(?P<glued>{'|'.join(_GLUED_ROLES)}))[ \t\u3000)）]*$"
)
_ANY_ROLE_CHARS = frozenset("".join(_WRITER_ROLES + _OTHER_ROLES))
_MAX_ROLE_NAME = 30  # characters of a name before its role ("Eric Freeman", "嶋田 健志")
_MAX_ROLE_VALUE = 1000  # characters of a byline read for roles (200,000 took 0.5 s)
_NAME_CHARS = re.compile(rf"[A-Za-zÀ-ÿ{HAN_CHAR}{KANA_CHAR}][\w{HAN_CHAR}{KANA_CHAR} .'’・-]*")


def without_cjk_roles(value: str) -> str:
    """`value` with each list item that closes on a role after a name (`_ROLE_AFTER`) read
    as its name (the writer's role) or dropped (another's credit: a translator, a
    photographer, an illustrator); else unchanged."""
    if len(value) > _MAX_ROLE_VALUE or not _ANY_ROLE_CHARS.intersection(value):
        return value  # (a page's text given as a byline is no list of credits: not split)
    return _CJK_ITEM.sub(_item_without_role, value)


def _item_without_role(item: re.Match[str]) -> str:
    text = item[0]
    role = _ROLE_AFTER.search(text)
    if role is None:
        return text
    name = text[: role.start()].strip(" \t\u3000(（")
    if not 2 <= len(name) <= _MAX_ROLE_NAME or not _NAME_CHARS.fullmatch(name):
        return text  # "王 文" (a name), a sentence's clause: no name before the role
    if _BYLINE.match(name) and not _BYLINE.sub("", name).strip():
        return text  # a lead alone before the role ("作者 文"): no name
    spaced, glued = role.group("spaced"), role.group("glued")
    if (spaced or glued) in _OTHER_ROLES:
        return ""  # "嶋田 健志　監訳", "佐藤花子撮影": who translated it, who took the photos
    return text[: role.start()] + text[role.end() :].strip(" \t\u3000")  # (its bracket)


# A Japanese reporter's role before the name, apart by a blank ("特派員 山田太郎", "編集委員
# 佐藤花子", "論説委員 ...", "筆者 ...", "編集部 ..."): the role cut, the name kept.
_JA_ROLES_BEFORE = ("特派員", "特派员", "委員", "筆者", "編集部", "支局長", "記者")


def without_ja_role_lead(words: list[str]) -> list[str]:
    """`words` without the Japanese roles (`_JA_ROLES_BEFORE`) opening them before a name."""
    while len(words) > 1 and words[0].endswith(_JA_ROLES_BEFORE):
        words = words[1:]
    return words


# A Japanese dateline without its brackets: the place, "＝", the reporter ("ワシントン＝山田太郎",
# "大阪＝佐藤花子"); not another credit's label before it ("写真＝", "编辑=", "出典＝"), nor
# the writer's ("文＝": read by the lead).
_JA_DATELINE = re.compile(rf"^[ \t\u3000]*([{KANA_CHAR}]{{2,12}}|[{HAN_CHAR}]{{2,4}})[＝=](?=\S)")
_LABELS_BEFORE_EQUALS = frozenset(
    (*_OTHER_ROLES, *_WRITER_ROLES, "動画", "映像", "構成", "編集", "编辑", "編輯", "责编", "責編")
) | frozenset(("主编", "校对", "来源", "來源", "出典", "出所"))  # (an editor's, a source's)


def without_ja_dateline(value: str) -> str:
    """`value` without a Japanese dateline's place before "＝" (`_JA_DATELINE`)."""
    place = _JA_DATELINE.match(value) if "＝" in value or "=" in value else None
    if place is None or place.group(1) in _LABELS_BEFORE_EQUALS:
        return value
    return value[place.end() :]


# An illustrator's label, in the main languages: who drew the pictures, no author. Read
# opening a value here ("Illustration by X", "Ilustración de X"; "X Illustration by Y" is cut
# at its label: `_PHOTO_FIELD`) and before a byline's link (`nodenames._translator_link`).
ILLUSTRATOR_WORDS = frozenset(
    "illustration illustrations illustrated illustrationen ilustración ilustracion "
    "ilustraciones illustrazione illustrazioni ilustração ilustrações".split()
)
_ILLUSTRATED_BY = re.compile(
    rf"^\s*(?:{'|'.join(sorted(ILLUSTRATOR_WORDS, key=lambda w: (-len(w), w)))})"
    r"\s+(?:by|von|de|di|por|par)\s",
    re.I,
)


def illustrators_credit(value: str) -> bool:
    """True for a value opening with an illustrator's credit (`_ILLUSTRATED_BY`)."""
    return value.lstrip()[:1] in "Ii" and bool(_ILLUSTRATED_BY.match(value))


# A dateline's place opening a byline before a dash, the names after it: "Madrid - María
# García", "BOGOTÁ – Juan Pérez y Ana Gómez", "القاهرة - محمد علي" (one word, or a place's
# first word and one more: "Buenos Aires - ..."); the names after it two words at least.
_PLACE_FIRSTS = (
    "New|Los|Las|San|Santa|Santo|Saint|Sankt|St|Buenos|Hong|Rio|Río|São|Sao|Tel|Abu|Kuala|"
    "Nueva|Nuevo|Puerto|Porto|Costa|Ciudad|La|El|Al|Den|Ad|As|Ar"
)
_OPENING_PLACE = re.compile(
    rf"^[ \t]*(?:(?:{_PLACE_FIRSTS})[ \t]+)?[^\W\d_][^\W\d_'’.-]*[ \t]+[-–—][ \t]+(?=[^\W\d_])"
)
_DASHED = re.compile(r"[ \t][-–—][ \t]")
_MIN_NAME_WORDS = 2
_MAX_OPENED_VALUE = 120  # characters of a byline opened by a place (not a page's line)


def without_opening_place(value: str) -> str:
    """`value` without the place a dateline opens it with before its one dash
    (`_OPENING_PLACE`) when names of two words or more follow; else unchanged."""
    if len(value) > _MAX_OPENED_VALUE or len(_DASHED.findall(value)) != 1:
        return value
    place = _OPENING_PLACE.match(value)
    if place is None or _BYLINE.match(value.lstrip()):
        return value  # ("By Jane - Doe": a lead, no place)
    rest = value[place.end() :]
    if len(rest.split()) < _MIN_NAME_WORDS or "\n" in rest:
        return value
    return rest


# Roman numerals and generations a name closes on in capitals ("John Smith III", "JR").
_NAME_CLOSERS = frozenset("II III IV VI VII VIII JR SR".split())
_MIN_CODE, _MAX_CODE = 2, 4  # letters of an outlet's code ("HS", "AFP", "ORF", "WELT")


def without_closing_code(words: list[str]) -> list[str]:
    """`words` without an outlet's or an agency's short code in capitals closing a full name
    in title case ("Laura Virtanen HS", "Jan van Dijk NOS", "Иван Петров РИА"); a name in
    capitals ("JANE DOE AP") or of one word, or a generation ("III"), unchanged."""
    if len(words) < 3:
        return words
    code = words[-1]
    if not (_MIN_CODE <= len(code) <= _MAX_CODE and code.isalpha() and code.isupper()):
        return words
    if code in _NAME_CLOSERS or not _names_person(words[:-1]):
        return words
    return words[:-1]


def _names_person(words: list[str]) -> bool:
    """True for the words of a person's full name in title case, no article opening them
    ("The Texas" of "The Texas Newsroom" is an outlet's)."""
    return words[0].lower() not in _ARTICLES and all(map(_title_word, words))


_ARTICLES = frozenset("the die der das el la le les los las il lo de".split())


def _title_word(word: str) -> bool:
    """A word of a name in title case ("Virtanen", "O'Neil", "McDonald"), a particle ("van")
    or an initial ("J.")."""
    if word in NAME_PARTICLES or (len(word) == 2 and word[1] == "." and word[0].isupper()):
        return True
    return word[:1].isupper() and any(ch.islower() for ch in word[1:])


# A desk's word closing a full name ("Anna Muster Redaktion", "Jane Doe Newsroom"): the
# person's desk, not part of the name.
_DESK_AFTER = frozenset(
    "redaktion newsroom desk redacción redaccion redação redacao rédaction redazione "
    "redakcja redactie redaksjon toimitus".split()
)


def without_closing_desk(words: list[str]) -> list[str]:
    """`words` without a desk's word closing a full name in title case (`_DESK_AFTER`)."""
    if len(words) >= 3 and words[-1].lower() in _DESK_AFTER:
        if _names_person(words[:-1]):
            return words[:-1]
    return words

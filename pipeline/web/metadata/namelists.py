"""Lists of names in one author value that the split in `names.split_authors` reads with
help (session 27): a reporter's role glued after Han names ("山田太郎、佐藤花子記者 (AFP)"),
Japanese names apart by a middle dot, Korean names apart by a comma, the one lead of a
writer who took the photos too ("Text und Fotos: X", "Текст и фото: X"); (session 28) a
double surname joined by "e" / "y" ("José Volta e Pinto"), an author's lead on its own line
before the name, roles in brackets after names ("Anna Berger (Text) und Tom Baker (Fotos)").
"""

from __future__ import annotations

import re

from pipeline.text.scripts import HAN_CHAR
from pipeline.web.metadata.creditpatterns import _KO_NOT_NAMES
from pipeline.web.metadata.organisations import AGENCIES, _key, is_organisation
from pipeline.web.metadata.roleafter import (
    illustrators_credit,
    without_cjk_roles,
    without_ja_dateline,
    without_opening_place,
)
from pipeline.web.metadata.vocabulary import _BYLINE, _HAN_ONLY, _JOINER, _MAX_HAN_NAME

# The Vietnamese lead of a writer who took the photos too: "Bài và ảnh: X", "Bài, ảnh: X"
# (article and photos), before the split at "và" or the comma.
_VI_TEXT_AND_PHOTOS = re.compile(r"^\s*bài\s*(?:và|,|&|/)\s*(?:ảnh|hình)\s*[:：]", re.I)
# One lead for a writer who took the photos too, in other languages: "Text und Fotos: X",
# "Texto y fotos: X", "Текст и фото: X", "Testo e foto di X", "Tekst i zdjęcia: X" (read as
# "Text: X"; the photo field's test would end the byline before the name).
_TEXT_AND_PHOTOS = re.compile(
    r"^\s*(text|texte|texto|testo|tekst|teks|текст|κείμενο)\s*"
    r"(?:und|and|et|y|e|i|и|ve|og|och|en|και|&|/|,|\+)\s*"
    r"(?:fotos?|photos?|fotografías|fotografias|fotografie|foto's|zdjęcia|bilder?|фото|φωτογραφίες)"
    r"\s*(?:[:：]|(?:by|di|de|von|par|por|door|av)\s)\s*",
    re.I,
)

HANGUL = re.compile("[\uac00-\ud7a3]")
# The middle dot of Japanese lists between two names of kanji ("山田太郎・佐藤花子"); not
# inside a foreign name in katakana ("ドナルド・トランプ"), nor after a lead ("文・山田太郎").
_KANJI_NAMES_DOT = re.compile(rf"(?<=[{HAN_CHAR}]{{2}})・(?=[{HAN_CHAR}]{{2}})")


def one_lead(value: str) -> str:
    """`value` with the lead of a writer who took the photos too read as the writer's:
    "Bài và ảnh: X" as "Bài: X", "Text und Fotos: X" as "Text: X"; an author's lead alone on
    its line joined to the name on the next ("Autor\nMark Newton:"); else unchanged."""
    if "\n" in value and (alone := _LEAD_LINE.match(value)) and _BYLINE.fullmatch(alone[1]):
        return f"{alone[1]} {value[alone.end() :]}"
    if "ảnh" in value or "hình" in value:
        return _VI_TEXT_AND_PHOTOS.sub("Bài:", value)
    if value.lstrip()[:1] in "TtТтΚκ" and (both := _TEXT_AND_PHOTOS.match(value)):
        return f"{both.group(1)}: {value[both.end() :]}"
    return value


# An author's lead alone on the first line of a byline node's text ("Autor", "By", "Von"),
# the name on the next.
_LEAD_LINE = re.compile(r"^[^\S\n]*([^\W\d_]+)[^\S\n]*\n\s*")

# A double surname joined by "e" (Portuguese) or "y" (Spanish): "José Volta e Pinto", "José
# Ortega y Gasset", "Maria da Silva e Souza": two capitalised words or more before the joiner
# (a full name), one after it in title case, closing the value or a list's item. Not a second
# person's first name alone ("Ana Souza e Pedro" is read as one name: bylines list full
# names), not an outlet in capitals ("Felipe Pereira e UOL"), a desk or an agency.
_SURNAME_JOIN = re.compile(
    r"(?<![^\W\d_])((?:[A-ZÀ-Þ][^\W\d_'’-]*['’-]?[^\W\d_]*[ \t]+"
    r"(?:(?:da|de|do|das|dos|del|la)[ \t]+)?){2,4})(e|y)[ \t]+([A-ZÀ-Þ][a-zß-ÿ]{2,})"
    r"(?=[ \t]*(?:$|[,;\n|/·(]|[ \t](?:e|y|and|und|et)[ \t]))"
)
SURNAME_JOINER = "\x03"  # the blank each side of the joiner kept, read back after the split


def surname_joins(value: str, site_keys: frozenset[str]) -> str:
    """`value` with the joiner of each double surname (`_SURNAME_JOIN`) held by
    `SURNAME_JOINER` on each side, which the split at "e" / "y" does not read."""
    if " e " not in value and " y " not in value:
        return value

    def held(m: re.Match[str]) -> str:
        last = m[3]
        if len(_BYLINE.sub("", m[1].strip()).split()) < 2:
            return m[0]  # "Por Juan y María": a lead and a first name, two people
        if _key(last) in AGENCIES or _key(last) in site_keys or last.lower() in _DESK_WORDS:
            return m[0]
        return f"{m[1].rstrip()}{SURNAME_JOINER}{m[2]}{SURNAME_JOINER}{last}"

    return _SURNAME_JOIN.sub(held, value)


# A desk's or a newsroom's one word after "e" / "y": "Redação", "Redacción", "Agências".
_DESK_WORDS = frozenset(
    "redação redacao redacción redaccion agências agencias agencia agência equipe equipo "
    "colaboradores colaboração colaboracion staff".split()
)


def prepared(value: str, site_keys: frozenset[str]) -> str:
    """`value` read for the split: its one lead (`one_lead`), the outlet it wrote for
    dropped (`without_outlet`), its double surnames held (`surname_joins`), its roles in
    brackets (`bracket_roles`), a Japanese role after a name (`without_cjk_roles`), an
    illustrator's credit no one's (`illustrators_credit`), a dateline's place before a dash
    or a Japanese one's before "＝" (`without_opening_place`, `without_ja_dateline`); French
    "il y a" (ago) read as a lead of the time after."""
    if " il y a " in value:  # "Par Marie Dupont il y a 2 heures": "ago", not "y" (and)
        value = value.replace(" il y a ", " vor ")
    if "／" in value and (spelled := _SPELLED_IN_KANA.fullmatch(value.strip())) is not None:
        value = spelled.group(1)  # "NeoL／ネオエル": one name, its reading
    if "／" in value:  # "取材・文／鈴木一郎、写真／高橋花子": a credit's label, then its name
        value = _LABEL_SLASH.sub(r"\1\2：", value)
    if illustrators_credit(value):
        return ""  # "Illustration by X": who drew the pictures
    value = without_opening_place(without_ja_dateline(without_cjk_roles(value)))
    return bracket_roles(surname_joins(without_outlet(one_lead(value)), site_keys))


# A name in Latin letters and its reading in katakana after a full-width slash, the whole
# value: "NeoL／ネオエル", "Jane Doe／ジェーン・ドウ" (one name twice, no list of two).
_SPELLED_IN_KANA = re.compile(
    r"([A-Za-z][A-Za-z .'-]{0,38}[A-Za-z.])[ \t]*／[ \t]*[\u30a0-\u30ff]+"
)


# A credit's label before a full-width slash opening an item: the slash is the label's colon
# ("文／", "写真／", "取材・文／"), no list's mark.
_LABEL_SLASH = re.compile(
    r"(^|[、,，\s])(取材・文|構成・文|文・写真|写真|撮影|摄影|攝影|文|図|图|イラスト|絵|構成|編集|取材)"
    r"[ \t\u3000]*／"
)


# The outlet a byline says the writer wrote for, closing it: "Jean Dupont pour Le Figaro",
# "Jane Doe for The Guardian", "Ana Pérez para El País": the connector after a name's last
# letter, then a capital (an article may come first); in a byline set in title case, the
# connector capitalised too ("Glen Owen And Brendan Carlin For The Mail On Sunday"). Not
# German "für": it joins most German institutions' names ("Bundesamt für ...").
_FOR_OUTLET = re.compile(
    r"(?<=[^\W\d_])[ \t]+(?:[Pp]our|[Ff]or|[Pp]ara|[Vv]oor)[ \t]+"
    r"(?:(?:[Ll][ea]|[Ll]es|[Tt]he|[Ee]l|[Dd]e)[ \t]+|[Ll]['’])?(?=[A-ZÀ-Þ0-9])[^,;|\n]*$"
)
_FOR_WORDS = (" pour ", " for ", " para ", " voor ", " Pour ", " For ", " Para ", " Voor ")


def without_outlet(value: str) -> str:
    """`value` without the outlet closing it (`_FOR_OUTLET`) after a person's full name (two
    capitalised words or more, no organisation's: "Center for American Progress",
    "Instituto Nacional para la Evaluación" are kept whole); else unchanged."""
    if not any(word in value for word in _FOR_WORDS):
        return value
    outlet = _FOR_OUTLET.search(value)
    if outlet is None:
        return value
    head = value[: outlet.start()]
    if sum(word[:1].isupper() for word in head.split()) < 2 or is_organisation(head):
        return value
    return head


# A writer's role in brackets after the name ("Anna Berger (Text)"): the role, dropped; a
# photographer's ("Tom Baker (Fotos)"): the name and the role, dropped, with the list's comma
# or joiner before them.
_WRITER_ROLE = re.compile(
    r"[ \t]*[(（][ \t]*(?:text|texte|texto|testo|tekst|teksti|текст|κείμενο)"
    r"(?:[ \t]*(?:und|and|et|y|e|i|og|&|/|,|\+)[ \t]*"
    r"(?:fotos?|photos?|foto's|bilder|zdjęcia|фото))?"
    r"[ \t]*[)）]",
    re.I,
)
_PHOTO_BRACKET = (
    r"[(（][ \t]*(?:fotos?|photos?|fotografías?|fotografie|fotografia|foto's|bilder?|bild|"
    r"zdjęcia|фото|kuvat|fotoğraf(?:lar)?|φωτογραφίες|illustrations?|grafik)[ \t]*[)）]"
)
_PHOTO_MARK = re.compile(_PHOTO_BRACKET, re.I)
_PHOTO_ROLE = re.compile(
    rf"(?:[ \t]*[,;/|\n][ \t]*|[ \t]+(?:{_JOINER})[ \t]+)?"
    rf"(?:(?![ \t](?:{_JOINER})[ \t])[^,;/|\n()（）])*{_PHOTO_BRACKET}",
    re.I,
)

_MAX_ROLES_VALUE = 300  # characters


def bracket_roles(value: str) -> str:
    """`value` without the roles in brackets after its names (`_WRITER_ROLE`) and without
    the photographers credited so (`_PHOTO_ROLE`)."""
    if ("(" not in value and "（" not in value) or len(value) > _MAX_ROLES_VALUE:
        return value  # (the search from each position: a byline's length, not a text's)
    value = _WRITER_ROLE.sub("", value)
    return _PHOTO_ROLE.sub("", value) if _PHOTO_MARK.search(value) else value


def kanji_list(value: str) -> str:
    """`value` with the middle dots between two names of kanji as list commas; not after a
    photographer's lead ("写真・山田太郎": the photo field's)."""
    if "写真" in value or "撮影" in value:
        return value
    return _KANJI_NAMES_DOT.sub("、", value)


_GLUED_ROLES = ("記者", "记者")  # a reporter's role glued after a name: "佐藤花子記者"
# What a glued role may follow that is no name: "this paper", "special", "intern", "chief" ...
_ROLE_LEADS = frozenset(
    "本报 本報 本台 本网 本網 本刊 央视 央視 特派 实习 實習 见习 見習 首席 资深 資深 特约 特約 "
    "驻站 駐站 文字 摄影 攝影 主任 高级 高級".split()
)


def glued_roles_less(parts: list[str]) -> list[str]:
    """`parts` with the reporter's role glued after Han names taken off ("佐藤花子記者", which
    `_person` reads as one word too long for a name), where the role is the list's: after
    each name ("山田太郎記者、佐藤花子記者"), after its last ("山田太郎、佐藤花子記者 (AFP)"),
    or after the one name beside an agency ("山田太郎記者/dpa"). Not an outlet's reporter
    before a name ("新华社记者、张三": the outlet is no person)."""
    named = [i for i, part in enumerate(parts) if _key(part) not in AGENCIES]
    glued = [i for i in named if _glued_name(parts[i])]
    if not glued:
        return parts
    beside_agency = len(named) < len(parts)
    if not (
        (len(glued) == len(named) and (len(named) > 1 or beside_agency))
        or (glued == [named[-1]] and len(named) > 1)
    ):
        return parts
    return [parts[i].strip()[:-2] if i in glued else parts[i] for i in range(len(parts))]


# A reporter's role glued before a Han name of two or three characters, an outlet before it
# apart by a blank or not: "記者林宸誼", "聯合報 記者林宸誼" (the part a list's "／" leaves of
# "聯合報 記者林宸誼／即時報導"), "新华社记者张三". Not a photographer's ("摄影记者").
_REPORTER_BEFORE = re.compile(
    rf"(?:[^\s]{{1,10}}[ 　]+|[^\s]{{1,10}}(?<!摄影)(?<!攝影))?"
    rf"(?:记者|記者)[ 　]*([{HAN_CHAR}]{{2,3}})"
)


def reporters_named(parts: list[str]) -> list[str]:
    """`parts` with a reporter's role and the outlet before it taken off a Han name
    (`_REPORTER_BEFORE`), then the role glued after names (`glued_roles_less`)."""
    out = []
    for part in parts:
        named = _REPORTER_BEFORE.fullmatch(part.strip())
        out.append(named.group(1) if named is not None else part)
    return glued_roles_less(out) if len(out) > 1 else out


def _glued_name(part: str) -> bool:
    """True for a Han name of 2 to 4 characters with a reporter's role glued after it."""
    word = part.strip()
    name = word[:-2]
    return (
        word.endswith(_GLUED_ROLES)
        and bool(_HAN_ONLY.fullmatch(word))
        and 2 <= len(name) <= _MAX_HAN_NAME
        and name not in _ROLE_LEADS
    )


# Korean reporters' names apart by blanks before their one role: "김철수 이영희 기자" (two
# reporters; a Korean name holds no blank), "경제부 김철수 기자" (the desk before the name).
_KO_SPACED_NAMES = re.compile(
    r"((?:[가-힣]{2,4}[ 　]+)+[가-힣]{2,4})"
    r"([ 　]*(?:(?:선임|수석|전문|객원|인턴|수습|취재)[ 　]?)?(?:기자|특파원)[ 　=]*)$"
)
_KO_NOT_NAME = re.compile(_KO_NOT_NAMES)
_MAX_KO_BYLINE = 200  # characters: a byline's (the search from each blank is not a text's)


def ko_spaced_names(value: str) -> str:
    """`value` with the Korean names before a reporter's role (`_KO_SPACED_NAMES`) set apart
    by middle dots, as the split reads them, less a desk's word before them; a photographer's
    credit ("사진 김철수 기자") unchanged."""
    match = _KO_SPACED_NAMES.search(value) if len(value) <= _MAX_KO_BYLINE else None
    if match is None:
        return value
    words = match.group(1).split()
    if any(w in ("사진", "영상") for w in words):
        return value
    names = [w for w in words if not _KO_NOT_NAME.fullmatch(w)]
    if not names:
        return value
    return f"{value[: match.start()]}{'·'.join(names)}{match.group(2).rstrip(' 　=')}"


def without_closing_agency(parts: list[str]) -> list[str]:
    """`parts` with a news agency's name or initials closing a name after a blank taken off
    ("Kari Nordmann NTB", "Anna Lindqvist TT", "Jan Novák ČTK", "Anna Berger dpa": who filed
    with the writer); the name keeps two words at least ("Anna AP" stays)."""
    return [_agency_less(p) if p.count(" ") >= 2 else p for p in parts]


def _agency_less(part: str) -> str:
    words = part.split()
    last = words[-1]
    if len(words) > 2 and (last.isupper() or last.islower()) and _key(last) in AGENCIES:
        return " ".join(words[:-1])
    return part


# A wire story's dateline printed in the byline box: the place, the day and the agency in
# brackets ("NEW YORK January 12, 2012 (AP)", "ATLANTA, Jan. 11 (Reuters)"), a line alone.
_WIRE_DATELINE = re.compile(
    r"^[ \t]*[^\W\d_][^\W\d_.'-]*(?:[ .'-]+[^\W\d_]+){0,3},?[ \t]+[^\n()]{0,20}\d[^\n()]{0,20}"
    r"\(([^()\n]{2,20})\)[ \t]*$",
    re.M,
)


def without_wire_dateline(value: str) -> str:
    """`value` without its lines that are a wire story's dateline (`_WIRE_DATELINE`, the
    bracket an agency's): where the story was filed, no name."""
    return _WIRE_DATELINE.sub(lambda m: "" if _key(m.group(1)) in AGENCIES else m.group(), value)


def without_middle_places(parts: list[str]) -> list[str]:
    """`parts` without a one-word part between two full names (two words or more each),
    capitalised, not in capitals nor of Han characters: where the writer before it works
    from ("Markus M. Haefliger, London, Beat Bumbacher", "Anna Berger, Berlin, und Max
    Muster"), as `names._closing_place` reads the last one."""
    spaced = [" " in p.strip() for p in parts]
    return [
        p
        for i, p in enumerate(parts)
        if not (0 < i < len(parts) - 1 and spaced[i - 1] and spaced[i + 1] and _place_word(p))
    ]


def _place_word(part: str) -> bool:
    word = part.strip()
    return (
        " " not in word
        and word[:1].isupper()
        and not word.isupper()
        and word.isalpha()
        and not _HAN_ONLY.match(word)
    )


# "für" or "for" between two words, a capital after it: an institution's name ("Landesanstalt
# für Wald", "Institute for Fiscal Studies"), no person's.
_INSTITUTION = re.compile(r"[^\W\d_] (?:für|for) [A-ZÄÖÜ]")


def without_institutions(value: str, parts: list[str]) -> list[str]:
    """The `parts` of a split `value` but an institution's name (`_INSTITUTION`) and, where
    one is, the one-word parts beside it: "Bundesministerium für Wirtschaft und Klimaschutz"
    split at its "und" is no person, nor is "Klimaschutz". A name not split stays whole: an
    institution signing alone ("Center for American Progress") is the page's author."""
    if len(parts) < 2 or " für " not in value and " for " not in value:
        return parts
    if not any(map(_INSTITUTION.search, parts)):
        return parts
    return [p for p in parts if not _INSTITUTION.search(p) and " " in p.strip()]

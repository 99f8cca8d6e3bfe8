"""Who a byline names: a byline or author value split into people's names (`split_authors`;
the site, a newsroom or an agency left out by `organisations`), and the names in one byline
node of the page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.text.bylines import NAME_PARTICLES
from pipeline.text.dates import is_month_name
from pipeline.text.scripts import HAN_CHAR, has_han
from pipeline.web.html import HtmlElement, text_of, xpath
from pipeline.web.metadata.organisations import _key, _lower, holds_org_word, is_organisation
from pipeline.web.metadata.visible import _shown_texts
from pipeline.web.metadata.vocabulary import (
    _AUTHOR_SPLIT,
    _BLANK_RUN,
    _BYLINE,
    _CJK_NOT_NAME_MARKS,
    _CJK_ROLES,
    _CLOCK_WORDS,
    _CREDIT,
    _CREDIT_ROLE,
    _CREDIT_WORD,
    _DATE_LABELS,
    _DESK_POSSESSIVES,
    _EDITING_CREDIT,
    _FROM_PLACE_WORDS,
    _GREEK_CASE_LEAD,
    _HAN_ONLY,
    _JOINER,
    _JOINERS_ANY_CASE,
    _JOINERS_LOWER,
    _KO_BYLINE_LEAD,
    _KO_ROLE_AFTER,
    _KO_WRITER_AND_PHOTOS,
    _MAX_HAN_NAME,
    _NAMES_JOINED_EN_A,
    _NICKNAME,
    _NOT_NAME_WORD,
    _NOT_NAMES,
    _OTHER_ROLE_LABELS,
    _PARENS,
    _PHOTO_CREDIT,
    _PICTURE_CREDIT,
    _PLACE_AND_ROLE,
    _PLACE_WORDS,
    _ROLE_WORDS,
    _UI_WORDS,
)

# A web address alone ("www.dw.com", "https://diariosur.es/"), no e-mail: in brackets after
# a name, that name is the outlet's.
_SITE_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?", re.I)
_BRACKETED_PART = re.compile(r"[(（]([^()（）]{4,60})[)）]")
_GREEK_WORD = re.compile("[\u0370-\u03ff\u1f00-\u1fff]{2,}")
_REPORTED_FROM = ("報導", "报道", "報道", "报导")  # "台北報導": reported from Taipei
# An intern credited after a reporter's name ("张三 实习生 李四"): a second author, not a role
# closing the first name
_INTERN_AFTER = re.compile(rf"(?<=[{HAN_CHAR}])[ 　]*(?:实习生|實習生)[ 　]*(?=[{HAN_CHAR}]{{2}})")
_CLOSING_INITIAL = re.compile(r"^[^\W\d_]\.$")  # "C.": one letter and its dot
# A blog platform's meta line, the date before the name: WordPress's "Posted on September 21,
# 2020 by Jane Doe" (and its "Veröffentlicht am ... von", "Publié le ... par", "Publicado el
# ... por", "Pubblicato il ... da"): the name after the date's "by".
_DATED_BY = re.compile(
    r"^(?:posted|published|veröffentlicht|publié|publiée|publicado|pubblicato)\s+"
    r"(?:on|am|le|el|il)?\s*[^|]{0,40}?\d[^|]{0,20}?\s(?:by|von|par|por|da|di)\s+(?=\S)",
    re.I,
)
# The word a date follows, left closing a byline's name once its date is cut: "Posted by Jane
# Doe at 18:52", "Von Anna Berg um 10:00", "Par Marie Dupont le 3 mars" ("am" is a clock word).
_DATE_LEADS = frozenset({"at", "on", "um", "le", "à", "el", "il", "em", "op", "dnia"})
_NAME_NODES = xpath(".//*[@itemprop='name' or contains(@class,'name')]")
_PHOTO_LABELS = ("写真", "撮影", "摄影", "攝影")  # "photos" in Japanese and Chinese
_HIRAGANA_READING = re.compile("[\u3041-\u309f・ ]+")  # "やまだ・たろう": how a name is read
_MAX_NAME = 60
_MAX_BYLINE = 160


def split_authors(value: str, site_keys: frozenset[str] = frozenset()) -> list[str]:
    """The person names in one author string or byline: "A and B", « A et B », "Von A und B",
    "Por A y B", "A、B", "A; B", "A, B and C", "A | B", one name a line; "By"/"作者：", roles
    ("Staff Writer", "Health correspondent"), places ("em Porto Alegre"), dates, handles and
    e-mails dropped, and organisations (news agencies, desks, the site itself: `site_keys`, see
    `site_keys`) left out. "Smith, John" stays one name.

    A function of its arguments alone, 20-30 us a call, and a site's pages repeat their
    bylines and author metas ("Staff reporter", its writers' names): short values are
    answered from a cache (a new list each time: callers may change theirs)."""
    if len(value) > _MAX_CACHED_AUTHORS:
        return _split_authors(value, site_keys)
    # (str(): a plain copy of a string an lxml result may subclass, which holds its tree)
    return list(_split_authors_cached(str(value), site_keys))


_MAX_CACHED_AUTHORS = 300  # characters: a byline or an author meta, not a page's text


@lru_cache(maxsize=4096)
def _split_authors_cached(value: str, site_keys: frozenset[str]) -> tuple[str, ...]:
    return tuple(_split_authors(value, site_keys))


def _split_authors(value: str, site_keys: frozenset[str]) -> list[str]:
    """`split_authors`, computed."""
    credit = _CREDIT.fullmatch(value.strip()) if _CREDIT_WORD.search(value) else None
    if credit is not None:  # "【聯合晚報╱記者李樹人／即時報導】": the byline is a credit
        found = next(group for group in credit.groups() if group)
        if found.endswith(_PHOTO_CREDIT):
            return []  # "（記者盧育君攝）": who took the photo
        return split_authors(_CREDIT_ROLE.sub(" ", found), site_keys)
    if any(_SITE_ADDRESS.fullmatch(inner.strip()) for inner in _BRACKETED_PART.findall(value)):
        return []  # "Deutsche Welle (www.dw.com)": an outlet named with its address
    dated_by = _DATED_BY.match(value.lstrip()) if value.lstrip()[:1] in "PpVv" else None
    if dated_by is not None:  # "Posted on September 21, 2020 by Jane Doe": after the date
        value = value.lstrip()[dated_by.end() :]
    if "实习生" in value or "實習生" in value:
        value = _INTERN_AFTER.sub("、", value)  # "记者 张三 实习生 李四": both wrote it
    if "글" in value:  # "글·사진 김민수": one lead (text and photos), before the split at "·"
        value = _KO_WRITER_AND_PHOTOS.sub("글", value)
    if "ảnh" in value or "hình" in value:  # "Bài và ảnh: X" (text and photos): one lead
        value = _VI_TEXT_AND_PHOTOS.sub("Bài:", value)
    if " — " in value or " – " in value:
        value = _closing_dash_field(value)
    if " en " in value or " a " in value:
        value = _joined_en_a(value)
    if " ו" in value:
        value = _hebrew_joined(value)
    if "|" in value:
        value = _first_of_fields(value)
    # "Richard (R.J.) Eskow": a nickname or initials in brackets inside one name
    value = _NICKNAME.sub(lambda m: f"\x00{m.group(1)}\x01", value)
    if "," in value and ("(" in value or "（" in value):
        value = _PLACE_AND_ROLE.sub("\n", value)
    value = _PARENS.sub("\n", value)
    # Runs of blanks as one: `_AUTHOR_SPLIT` tries its leading \s* from each blank of a run
    # (a page padding its author meta with 20,000 no-break spaces took 48 s).
    value = _BLANK_RUN.sub(" ", value)
    parts = [p.replace("\x00", "(").replace("\x01", ")") for p in _AUTHOR_SPLIT.split(value) if p]
    parts = [p for p in parts if p.strip()]
    if len(parts) == 2 and "," in value and all(" " not in p.strip() for p in parts):
        parts = [value]  # "Smith, John": a surname-first name
    if len(parts) > 1 and any(_PICTURE_CREDIT.match(p.strip()) for p in parts):
        # "By Jane Doe | Photos by John Smith": the photographer beside the writer
        parts = [p for p in parts if not _PICTURE_CREDIT.match(p.strip())] or parts
    if len(parts) > 1 and any(_EDITING_CREDIT.match(p.strip()) for p in parts):
        # "By Jane Doe | Edited by John Smith": the editor beside the writer
        parts = [p for p in parts if not _EDITING_CREDIT.match(p.strip())] or parts
    if len(parts) > 1 and _closing_place(parts, value):
        parts = parts[:-1]  # "Von Anna Berger, Berlin", "By Jane Doe, Washington": the place
    if any(" " in p.strip() for p in parts):
        # "Francesca Gariano, TODAY", "JOHN SMITH, AP": a lone capitalised word beside a full
        # name is the outlet or the agency
        parts = [p for p in parts if not _outlet_word(p.strip())]
    if any(_han_clause(part) for part in parts):
        return []  # a sentence cut at its commas: its short pieces ("注意到") are no names either
    names = (_person(part, site_keys) for part in parts)
    return list(dict.fromkeys(one for name in names if name for one in _han_names(name)))


# The Vietnamese lead of a writer who took the photos too: "Bài và ảnh: X", "Bài, ảnh: X"
# (article and photos), before the split at "và" or the comma.
_VI_TEXT_AND_PHOTOS = re.compile(r"^\s*bài\s*(?:và|,|&|/)\s*(?:ảnh|hình)\s*[:：]", re.I)
# Hebrew writes "and" as a letter joined to the next word: "דנה כהן ויוסי לוי" (Dana Cohen and
# Yossi Levi); a name opening on ו doubles it after "and" ("וורד לוי": and Vered Levi).
_HEBREW_WORD = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea'\"׳״-]*")
_HEBREW_NAME_WORDS = 2  # the words of a full name on each side of the joined "and"


def _hebrew_joined(value: str) -> str:
    """`value` with a line break for each Hebrew "and" joined to a name's first word, between
    two full names (two Hebrew words at least each, nothing else between)."""
    words = value.split(" ")
    run = 0  # Hebrew words since the last break
    for i, word in enumerate(words):
        if not _HEBREW_WORD.fullmatch(word):
            run = 0
            continue
        if (
            run >= _HEBREW_NAME_WORDS
            and word.startswith("ו")
            and len(word) >= 3
            and i + 1 < len(words)
            and _HEBREW_WORD.match(words[i + 1])  # (a comma after it: "לוי, כתבים")
        ):
            words[i] = "\n" + word[1:]
            run = 1
            continue
        run += 1
    return " ".join(words)


def _closing_place(parts: list[str], value: str) -> bool:
    """True when the last part is one capitalised word (or one of a script without capitals)
    after a comma that closes the value, past full names ("Anna Berger, Berlin", "محمد علي -
    القاهرة"): the place or the outlet, not a person with one name."""
    last = parts[-1].strip()
    first = last[:1]
    caseless = first.isalpha() and first.lower() == first.upper()  # "القاهرة", "תל"
    if " " in last or not (first.isupper() or caseless) or has_han(last) or last.isupper():
        return False
    if not any(" " in p.strip() for p in parts[:-1]):
        return False  # "Smith, John", "Ana, João": no full name before it
    head = value.rstrip()
    # (", Berlin", "，台北"; " - Ankara": a hyphen between blanks, as an en dash is read;
    # " / Madrid", " | London": a field's bar)
    return head.endswith(last) and head[: -len(last)].rstrip().endswith(
        (",", "，", " -", " /", " |")
    )


def _han_clause(part: str) -> bool:
    """True for Han characters only, more than a name holds ("我现在正在北京站售票大厅"):
    a clause of a sentence ("·" joins the parts of long transliterated names); not an outlet
    and a role before a name ("政能亮特约评论员 韩涵")."""
    return any(
        len(word) > _MAX_HAN_NAME + 2
        and _HAN_ONLY.fullmatch(word)
        and not word.endswith(_CJK_ROLES)
        for word in map(_without_digits, part.split())
    )


_DIGITS_OUT = str.maketrans("", "", "0123456789０１２３４５６７８９")


def _without_digits(word: str) -> str:
    """`word` without its digits: "9日从国家海洋局获悉" (a sentence opening "记者9日从...获悉":
    the reporter learned on the 9th) is a clause as much as its characters alone."""
    return word.translate(_DIGITS_OUT) if any(ch.isdigit() for ch in word) else word


def _is_joiner(word: str) -> bool:
    """A word joining two names (`_JOINER`: "and" in any case, "dan" in lower case only)."""
    return word.lower() in _JOINERS_ANY_CASE or word in _JOINERS_LOWER


def _outlet_word(part: str) -> bool:
    """True for one word in capitals only ("TODAY", "AP", "ΑΜΠΕ"), the way outlets and
    agencies are printed after a byline's name."""
    return len(part) >= 2 and part.isalpha() and part.isupper()


def _han_names(name: str) -> list[str]:
    """ "张三 李四" (Chinese names apart by a space) as two names; "赵  培" (a two-character
    name spaced out to the width of three, as Chinese pages print them) as one, "赵培"; any
    other name as itself."""
    words = [w for w in name.split() if not w.endswith(_REPORTED_FROM)]  # "台北報導": a place
    if not words:
        return []
    if len(words) > 1 and all(has_han(w) and len(w) <= _MAX_HAN_NAME for w in words):
        if min(map(len, words)) == 1:  # no Chinese name is one character
            joined = "".join(words)
            return [joined] if len(joined) <= _MAX_HAN_NAME else []
        return words
    return [name]


# A byline's fields apart by bars, the date in the third or a later one: "Juan Pérez | Palma
# de Mallorca | 08/01/2014". The fields between the name and the date are where it was
# written (a place of several words, "Palma de Mallorca", reads as a name), as the bare
# line's are (`signatures._fielded_name`).
_DATE_FIELD = re.compile(r"\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}|\b(?:19|20)\d\d\b")


def _first_of_fields(value: str) -> str:
    """`value` cut to its first field where a later field than the second holds a date."""
    fields = value.split("|")
    if len(fields) >= 3 and any(_DATE_FIELD.search(f) for f in fields[2:]):
        return fields[0]
    return value


def is_desk(text: str) -> bool:
    """A desk named where a byline stands: "Our Foreign Staff", "নিজস্ব প্রতিবেদক" (own
    correspondent), a possessive opening it (`_DESK_POSSESSIVES`)."""
    words = text.split()
    return len(words) > 1 and words[0].lower() in _DESK_POSSESSIVES


def _person(part: str, site_keys: frozenset[str]) -> str | None:
    """One candidate name cleaned, or None when it is a role, a place, an organisation."""
    spaced = " ".join(part.split())
    if spaced[:1] >= "\uac00" and spaced[:1] <= "\ud7af":
        spaced = _korean_byline(spaced)
        if not spaced:
            return None
    if spaced.startswith(_PHOTO_LABELS) and spaced[2:3] in "／/：:＝=":
        return None  # "写真／佐藤花子", "撮影：...": the photographer
    if _HIRAGANA_READING.fullmatch(spaced):
        return None  # "山田太郎（やまだ・たろう）": the name's reading, in hiragana
    if spaced.endswith((":", "：")) and not _BYLINE.fullmatch(spaced):
        return None  # "ПО МАТЕРИАЛАМ:", "Source:": a label whose value is elsewhere
    greek = _GREEK_CASE_LEAD.match(spaced.strip(" -–—:,;|·•"))
    unlabelled = spaced.strip(" -–—:,;|·•")
    text = _BYLINE.sub("", unlabelled).strip(" -–—:,;|·•")
    labelled_by = len(text) < len(unlabelled)  # "By", "Von", "Posted by" opened it
    text = _BYLINE.sub("", text)  # "By: Staff"
    half = len(text) // 2
    if half >= 2 and text[:half] == text[half:]:
        text = text[:half]  # "Kristen Falc'honKristen Falc'hon": the name and its tooltip
    words = text.split()
    labelled = _other_role(words)
    if labelled is not None:  # "Budi Santoso Editor: Ani Lestari": another role's label
        words = words[:labelled]
        text = " ".join(words)
    dated = next((i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)), None)
    if dated is not None:  # "Konrad Cinkowski 04.05.2024, 22:58", "January 9, 2012": no date
        words = words[:dated]
        while words and (
            is_month_name(words[-1])
            or words[-1].lower() in _CLOCK_WORDS
            or (labelled_by and words[-1].lower() in _DATE_LEADS)
        ):
            words.pop()
    words = [w for w in words if not _NOT_NAME_WORD.search(w) and w.lower() not in _CLOCK_WORDS]
    words = _without_place(words)
    while words and words[0].endswith(_CJK_ROLES):
        words = words[1:]  # "见习编辑 李琼皙": the role before the name (roles after cut below)
    if words and words[0] == "de" and _capitalised_name(words[1:]):
        words = words[1:]  # "de Ion Popescu": the Romanian byline's "by"
    if not words or words[0].lower() in _PLACE_WORDS or _is_joiner(words[0]):
        return None
    if words[0].lower() in _DESK_POSSESSIVES:
        return None  # "Our Foreign Staff": a desk
    if len(words) > 1 and (words[-1] in NAME_PARTICLES or words[-1] in _PLACE_WORDS):
        return None  # "Un documentaire de", "Ein Film von": a byline's lead, its name elsewhere
    if any(mark in "".join(words) for mark in _CJK_NOT_NAME_MARKS):
        return None
    if len(words) == 1 and words[0].lower().strip(":：.") in _NOT_NAMES:
        return None
    if all(w.lower().strip(":：.»›") in _UI_WORDS for w in words):
        return None  # "View Full Profile", "See all articles": a link's label
    first = words[0]
    if len(words) > 1 and first[:1].islower() and first.isalpha() and first not in NAME_PARTICLES:
        return None  # "zarejestruj się", "including replies", "ostatnia aktualizacja": no name
    dating = next(
        (i for i, w in enumerate(words) if w.lower().strip(":：.,") in _DATE_LABELS), None
    )
    if dating is not None:
        if dating and words[dating - 1].lower() in ("data", "date"):
            dating -= 1  # "Data publikacji", "Date published"
        words = words[:dating]  # "GM FRK. Data publikacji Pią": the date's label and what follows
    lowered = [_lower(w).strip(".,") for w in words]
    if holds_org_word(lowered):
        return None  # "Los Angeles Times", "Wirtualna Polska Media", "The Texas Newsroom"
    lead = _role_lead(lowered)
    if lead and len(words) > lead:  # "Корреспондент Иван Петров", "Phóng viên Nguyễn Văn An"
        words, lowered = words[lead:], lowered[lead:]
    cut = next((i for i, w in enumerate(lowered) if w in _ROLE_WORDS), None)
    if cut is not None:
        words = words[:cut]
        if not words or (len(words) == 1 and not has_han(words[0])):
            return None  # "Health correspondent", "Senior writer": a role, no name
        if len(words) > 2 and words[-1][:1].isupper() and len(words[-1]) > 2:
            words = words[:-1]  # "Nick Triggle Health correspondent": the role's qualifier
    last = words[-1] if words else ""
    if len(words) > 1 and last.isalpha() and last.islower() and last not in NAME_PARTICLES:
        return None  # "Zaloguj się", "Zarejestruj się": a capitalised phrase, no name
    if any(mark in text for mark in "?!？！¿¡"):
        return None  # "Nie masz konta?": a question or a call, no name
    name = " ".join(words).strip(" -–—:,;|·•.")
    if len(words) > 1 and _CLOSING_INITIAL.search(words[-1]):
        name += "."  # "Nicolás Gutiérrez C.": an initial closes the name
    if not name or len(name) > 60 or len(words) > 6 or not any(ch.isalpha() for ch in name):
        return None
    if len(name) < 2 or ":" in name or "：" in name or is_organisation(name, site_keys):
        return None  # "责编：黄忆南": a label we do not know, not a byline
    return _greek_nominative(name, greek.group(1).lower()) if greek else name


_MAX_PLACE_WORDS = 3  # words of a place's name after "in" ("in Rio de Janeiro": particles)


def _without_place(words: list[str]) -> list[str]:
    """The words of a name without the place it was written from after it ("Jane Doe in
    London", "Juan Pérez en Bogotá", `_FROM_PLACE_WORDS`): past two words, a place word then
    one to three capitalised words (particles aside), closing the part."""
    for i in range(2, len(words) - 1):
        if words[i].lower() not in _FROM_PLACE_WORDS:
            continue
        place = [w for w in words[i + 1 :] if w not in NAME_PARTICLES]
        if len(place) <= _MAX_PLACE_WORDS and all(w[:1].isupper() for w in place):
            return words[:i]
    return words


def _joined_en_a(value: str) -> str:
    """Two full names joined by Dutch "en" or Czech and Slovak "a" ("Jan de Vries en Piet
    Jansen", `_NAMES_JOINED_EN_A`) set on two lines, when the second is capitalised."""
    match = _NAMES_JOINED_EN_A.search(value)
    if match is None:
        return value
    second = value[match.end() :].split()
    if not all(w[:1].isupper() or w in NAME_PARTICLES for w in second):
        return value
    return f"{value[: match.start()]}\n{value[match.end() :]}"


def _closing_dash_field(value: str) -> str:
    """A byline without the field an em or en dash closes it with, after its names: the
    place or the desk ("Por Maria Silva — Rio de Janeiro", "Von Anna Berger – Berlin", "By
    Jane Doe — Updated 2 hours ago"); names are joined with commas and words, not dashes."""
    for dash in (" — ", " – "):
        head = value.split(dash, 1)[0]
        if any(ch.isalpha() for ch in head):
            value = head
    return value


def _capitalised_name(words: list[str]) -> bool:
    """True for two to four words of a name, each capitalised (not all in capitals)."""
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and w[1:2].islower() and w[-1:].isalpha() for w in words
    )


_KO_ADDRESS_AFTER = re.compile(r"[ 　]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def _korean_byline(part: str) -> str:
    """A Korean byline part without its lead and its role ("글 김민수", "김민수 특파원",
    "김민수기자", "글·사진 김민수" -> "김민수"); "" for the photographer's ("사진 이영희")."""
    if "글" in part:
        part = _KO_WRITER_AND_PHOTOS.sub("글", part)
    if "@" in part:  # "김민수 기자 minsu@example.com": the reporter's address after the role
        part = _KO_ADDRESS_AFTER.sub("", part)
    lead = _KO_BYLINE_LEAD.match(part)
    if lead is not None:
        if lead.group(1) == "사진":
            return ""
        part = part[lead.end() :]
    return _KO_ROLE_AFTER.sub("", part)


# The endings of Greek names in the genitive ("του", "της") and accusative ("τον") and those
# of their nominative, longest first: "Γιώργου" -> "Γιώργος", "Καρύδη" -> "Καρύδης",
# "Νίκο" -> "Νίκος", "Ελένης" -> "Ελένη". A woman's surname is printed in the genitive in
# every case ("Ηλιοπούλου"): "ου" is read back for men only.
_GREEK_NOMINATIVE_ENDINGS = {
    "του": (("ου", "ος"), ("ού", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς")),
    "τον": (("ο", "ος"), ("ό", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς")),
    "της": (("ας", "α"), ("άς", "ά"), ("ης", "η"), ("ής", "ή")),
    "την": (),
}


def _greek_nominative(name: str, article: str) -> str:
    """A Greek name after "Του", "Της", "Με τον" in the nominative ("Γιώργου Παπαδόπουλου"
    -> "Γιώργος Παπαδόπουλος"); other scripts' words as they are."""
    endings = _GREEK_NOMINATIVE_ENDINGS.get(article, ())
    words = []
    for word in name.split():
        if _GREEK_WORD.fullmatch(word):
            for old, new in endings:
                if word.endswith(old):
                    word = word[: -len(old)] + new
                    break
        words.append(word)
    return " ".join(words)


def _role_lead(lowered: list[str]) -> int:
    """How many words of a writer's role (`_ROLE_WORDS`, of one word or two: "Senior
    Writer", "phóng viên") open the lowered words of a byline, before the name (0 when none
    does)."""
    if " ".join(lowered[:2]).strip(":：") in _ROLE_WORDS:
        return 2
    lead = 0
    while lead < len(lowered) and lowered[lead].strip(":：") in _ROLE_WORDS:
        if lowered[lead].strip(":：") in _NOT_WRITERS:
            return 0  # "Editor Jane Doe", "Photographer ...": someone else's credit
        lead += 1
    return lead


# Roles of `_ROLE_WORDS` that credit someone other than the writer.
_NOT_WRITERS = frozenset(
    "editor editör photographer fotograf producer 编辑 责任编辑 责编 摄影 通讯员".split()
)


def _other_role(words: list[str]) -> int | None:
    """The index of the label of another role (`_OTHER_ROLE_LABELS`, then a colon) after
    two or more words of a name ("Budi Santoso Editor: Ani Lestari", "Jean Petit Photos :
    ..."), else None."""
    for i, word in enumerate(words):
        if word in (":", "：") and i:
            label, at = words[i - 1], i - 1
        elif word.endswith((":", "：")):
            label, at = word[:-1], i
        else:
            continue
        return at if at >= 2 and label.lower() in _OTHER_ROLE_LABELS else None
    return None


def _people(names: list[str]) -> set[str]:
    return {_key(name) for name in names}


def _wider(names: list[str], than: list[str]) -> bool:
    """True when `names` holds every person of `than` and more."""
    return _people(names) > _people(than)


def _node_names(node: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The names a byline node gives: its itemprop=name or link texts, else its own text
    (one segment per text node), or its content attribute."""
    if node.get("content"):
        return split_authors(node.get("content") or "", keys)
    inner = [_name_text(n) for n in _NAME_NODES(node) if not _names_its_site(n)] or [
        _unglued_text(a)
        for a in node.iter("a")
        if len(text_of(a)) < _MAX_NAME
        and not _site_link(a)
        and not _other_label(a)
        and not _TAXONOMY_HREF.search(a.get("href") or "")
    ]
    names = list(dict.fromkeys(n for text in inner for n in split_authors(text, keys)))
    segments = [t.strip() for t in _shown_texts(node) if t.strip()]
    text = "\n".join(segments)
    whole = split_authors(text, keys) if 0 < len(text) <= _MAX_BYLINE else []
    if not names:
        return whole
    # "<a>Martin Untersinger</a> (avec Damien Leloup et Morgane Tual)": co-authors without a
    # link, each after a joining word; other text of the node (dates, labels) is not a name.
    joined = [n for n in whole if n in names or _joined_name(n, text)]
    return joined if _wider(joined, names) else names


# A link to a category's or a tag's page ("/category/science/", "/tag/whales"): the byline
# box's section, beside the author's link, no name.
_TAXONOMY_HREF = re.compile(r"/(?:category|categories|tags?|topics?|rubri[ck]\w*|kategorie\w*)/")


def _name_text(node: HtmlElement) -> str:
    """The text of a name node, or the content of a microdata <meta itemprop="name"> (a
    Person's name given to machines only: "<span itemprop='author' itemscope><meta
    itemprop='name' content='Jane Doe'></span>")."""
    if node.tag == "meta":
        return node.get("content") or ""
    return _unglued_text(node)


# Two words of a Latin script that two elements' texts run together, the first ending in a
# lower-case letter, the second opening with a capital: "<span>By</span>Travis Haney",
# "<a>Howard Blume</a><span>Staff Writer</span>" read "ByTravis", "BlumeStaff".
_GLUED = re.compile(r"[a-z\u00df-\u00ff]$")
_GLUED_NEXT = re.compile(r"^[A-Z\u00c0-\u00de]")


def _unglued_text(node: HtmlElement) -> str:
    """The text of a name node, a space set where one element's text ends with a lower-case
    letter and the next one's opens with a capital (`_GLUED`): a label or a role beside the
    name, wrapped apart without a space between them."""
    if not len(node):
        return node.text or ""
    out: list[str] = []
    for part in map(str, node.itertext()):  # (an HTML tree's texts are str)
        if out and part == out[-1]:
            continue  # "Name<span class='sr-only'>Name</span>": a copy for screen readers
        if out and _GLUED.search(out[-1]) and _GLUED_NEXT.match(part):
            out.append(" ")
        out.append(part)
    return "".join(out)


_CJK_NAME_LABELS = ("作者", "记者", "記者", "撰文", "编辑", "編輯", "文")


def _other_label(link: HtmlElement) -> bool:
    """True for a link right after a label that is not an author's ("本文栏目：<a>消费</a>",
    "Source: <a>AP</a>", "Category: <a>Travel</a>" in a byline box): a column, a source, a
    category, not a name ("作者：<a>李宝花</a>", "By: <a>...</a>" stay)."""
    before, parent = link.getprevious(), link.getparent()
    text = before.tail if before is not None else parent.text if parent is not None else ""
    text = (text or "").strip()
    if not text.endswith((":", "：")):
        return False
    label = text.rstrip(":： ")
    if label.endswith(_CJK_NAME_LABELS):
        return False  # "本文作者：", "责任编辑：" (Chinese labels run on without a space)
    return _BYLINE.fullmatch(" ".join(label.split()[-2:])) is None and (
        _BYLINE.fullmatch(label.split()[-1] if label.split() else "") is None
    )


def _joined_name(name: str, text: str) -> bool:
    """True when `name` follows a joining word ("and", "et", "avec", "&", "и") in `text`."""
    if name[:1].islower():
        return False  # "... finance, and the economy": a bio's sentence
    return bool(re.search(rf"(?:^|[\s(])(?:{_JOINER}|&)\s+(?i:{re.escape(name)})", text))


def _names_its_site(node: HtmlElement) -> bool:
    """True when a name node is a link naming its own site (see `_site_link`), or holds one
    with the same text."""
    key = _key(text_of(node))
    links = [node] if node.tag == "a" else list(node.iter("a"))
    return any(_site_link(a) and _key(text_of(a)) == key for a in links)


def _site_link(link: HtmlElement) -> bool:
    """True for a link whose text names the site it points to ("Tech Insider" to
    techinsider.io): a source's logo or name, not a person's page."""
    host = (
        (link.get("href") or "").split("//", 1)[-1].split("/", 1)[0]
        if "//" in (link.get("href") or "")
        else ""
    )
    key = _key(text_of(link))
    return bool(key) and any(
        _key(label) == key for label in host.lower().split(".") if len(label) > 3
    )

"""Who a byline names: a byline or author value split into people's names (`split_authors`:
credits, dated "Posted on ... by", interns, Hebrew and Dutch joins, fields and closing places
handled before the split; each part cleaned by `person`; the site, a newsroom or an agency left
out by `organisations`), and lists of people compared (`_people`, `_wider`)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.text.normalize import decode_entities
from pipeline.text.scripts import HAN_CHAR, has_han
from pipeline.web.metadata import namelists
from pipeline.web.metadata.creditpatterns import (
    _CREDIT,
    _CREDIT_ROLE,
    _CREDIT_WORD,
    _KO_WRITER_AND_PHOTOS,
    _PHOTO_CREDIT,
)
from pipeline.web.metadata.hannames import han_names, ja_dateline, on_japanese_page
from pipeline.web.metadata.organisations import AGENCIES, _key
from pipeline.web.metadata.person import _person
from pipeline.web.metadata.rolefields import (
    joined_en_a,
    without_role_brackets,
    without_role_fields,
    without_source,
    without_writing_lead,
)
from pipeline.web.metadata.vocabulary import (
    _AUTHOR_SPLIT,
    _BLANK_RUN,
    _BYLINE,
    _CAPITAL_JOINER,
    _CJK_ROLES,
    _DATE_LABELLED,
    _DESK_POSSESSIVES,
    _EDITING_CREDIT,
    _GREEK_CASE_LEAD,
    _HAN_ONLY,
    _JOINER,
    _MARKUP,
    _MAX_HAN_NAME,
    _NICKNAME,
    _PARENS,
    _PHOTO_FIELD,
    _PICTURE_CREDIT,
    _PICTURED_AT,
    _PLACE_AND_ROLE,
)

# A web address alone ("www.dw.com"), no e-mail: in brackets after a name, the outlet's.
_SITE_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?", re.I)
_BRACKETED_PART = re.compile(r"[(（]([^()（）]{4,60})[)）]")
# An intern credited after a reporter's name ("张三 实习生 李四"): a second author
_INTERN_AFTER = re.compile(rf"(?<=[{HAN_CHAR}])[ 　]*(?:实习生|實習生)[ 　]*(?=[{HAN_CHAR}]{{2}})")
# A blog platform's meta line, the date before the name: WordPress's "Posted on September 21,
# 2020 by Jane Doe" (and its "Veröffentlicht am ... von", "Publié le ... par", "Publicado el
# ... por", "Pubblicato il ... da"): the name after the date's "by".
_DATED_BY = re.compile(
    r"^(?:posted|published|veröffentlicht|publié|publiée|publicado|pubblicato)\s+"
    r"(?:on|am|le|el|il)?\s*[^|]{0,40}?\d[^|]{0,20}?\s(?:by|von|par|por|da|di)\s+(?=\S)",
    re.I,
)


def split_authors(value: str, site_keys: frozenset[str] = frozenset()) -> list[str]:
    """The person names in one author string or byline: "A and B", « A et B », "Von A und B",
    "Por A y B", "A、B", "A; B", "A, B and C", "A | B", one name a line; "By"/"作者：", roles
    ("Staff Writer", "Health correspondent"), places ("em Porto Alegre"), dates, handles and
    e-mails dropped, and organisations (news agencies, desks, the site itself: `site_keys`, see
    `site_keys`) left out. "Smith, John" stays one name.

    A function of its arguments alone, 20-30 us a call, and a site's pages repeat their
    bylines and author metas ("Staff reporter", its writers' names): short values are
    answered from a cache (a new list each time: callers may change theirs). A value of over
    `_MAX_AUTHORS_CHARS` but its blanks is no byline (a page's text in an author meta): no
    one."""
    if len(value) > _MAX_CACHED_AUTHORS:
        return _split_authors(value, site_keys) if not _page_long(value) else []
    # (str(): a plain copy of a string an lxml result may subclass, which holds its tree)
    return list(_split_authors_cached(str(value), site_keys, on_japanese_page()))


_MAX_CACHED_AUTHORS = 300  # characters: a byline or an author meta, not a page's text
# The longest value split on the 1,643 pages of the corpora and public sets on disk holds 429
# characters (a byline's markup and its indentation); each word costs the readers ~10 us, so
# an author meta of a megabyte took a page's metadata 1.2 s.
_MAX_AUTHORS_CHARS = 5_000


def _page_long(value: str) -> bool:
    """Whether `value` holds over `_MAX_AUTHORS_CHARS` characters but its runs of blanks (a
    meta padded with 100,000 no-break spaces between two names is a byline)."""
    return len(value) > _MAX_AUTHORS_CHARS and sum(map(len, value.split())) > _MAX_AUTHORS_CHARS


@lru_cache(maxsize=4096)
def _split_authors_cached(value: str, site_keys: frozenset[str], japanese: bool) -> tuple[str, ...]:
    return tuple(_split_authors(value, site_keys))


def _split_authors(value: str, site_keys: frozenset[str]) -> list[str]:
    """`split_authors`, computed."""
    if "&" in value:  # "Redacci&oacute;n", "O&#039;Sullivan": a JSON-LD name HTML-escaped
        value = decode_entities(value)
    if "<" in value and ">" in value:  # a CMS's markup in the value ("<a href=...>A</a>")
        value = _MARKUP.sub(" ", value)
    if "©" in value or (("(" in value or "（" in value) and _PICTURED_AT.search(value)):
        return []  # "Juan Pérez (izquierda) y ...", "Bild © ARD": a photo's caption or credit
    if value.lstrip().startswith("~") or _BYLINE.fullmatch(f"{value.strip()} "):
        return []  # "~Konrad": an unregistered commenter's handle; "Από" (by), no name after
    if "(" in value and "\n" in value:  # "By X\nNEW YORK January 12, 2012 (AP)": the dateline
        value = namelists.without_wire_dateline(value)
    if ":" in value and _DATE_LABELLED.search(value):  # "Jane Doe\nDatum: 12.03.2024"
        value = _DATE_LABELLED.sub("\n", value)
    if site_keys and _key(value) in site_keys:
        return []  # "Jobs & Hire" (the site's name whole): no "Jobs" and "Hire" split from it
    if value.lstrip().startswith("【") and (dateline := ja_dateline(value.strip())):
        value = dateline  # "【ワシントン=山田太郎】": a Japanese paper's dateline, its reporters
    credit = _CREDIT.fullmatch(value.strip()) if _CREDIT_WORD.search(value) else None
    if credit is not None:  # "【聯合晚報╱記者李樹人／即時報導】": the byline is a credit
        found = next(group for group in credit.groups() if group)
        if found.endswith(_PHOTO_CREDIT):
            return []  # "（記者盧育君攝）": who took the photo
        return split_authors(_CREDIT_ROLE.sub(" ", found), site_keys)
    if any(_SITE_ADDRESS.fullmatch(inner.strip()) for inner in _BRACKETED_PART.findall(value)):
        return []  # "Deutsche Welle (www.dw.com)": an outlet named with its address
    if value.lstrip()[:1] in "RrAa":  # "Redacción: María García", "A cura di Marco Rossi"
        value = without_writing_lead(value)
    if "heo " in value:  # Vietnamese "Theo X", "X (Theo Reuters)": the source, not a name
        value = without_source(value)
    dated_by = _DATED_BY.match(value.lstrip()) if value.lstrip()[:1] in "PpVv" else None
    if dated_by is not None:  # "Posted on September 21, 2020 by Jane Doe": after the date
        value = value.lstrip()[dated_by.end() :]
    if "实习生" in value or "實習生" in value:
        value = _INTERN_AFTER.sub("、", value)  # "记者 张三 实习生 李四": both wrote it
    if "글" in value:  # "글·사진 김민수": one lead (text and photos), before the split at "·"
        value = _KO_WRITER_AND_PHOTOS.sub("글", value)
    if "기자" in value or "특파원" in value:  # "김철수 이영희 기자": two reporters
        value = namelists.ko_spaced_names(value)
    # "Text und Fotos: X" as "Text: X", "José Volta e Pinto" held, "X (Text) und Y (Fotos)"
    value = namelists.prepared(value, site_keys)
    if value.isupper():  # "POR MARÍA GARCÍA Y JUAN PÉREZ": the joiner in capitals too
        value = _CAPITAL_JOINER.sub(lambda m: m.group(1) + m.group(2).lower(), value)
    photo = _PHOTO_FIELD.search(value)
    if photo is not None and _NAME_CLOSES.search(value, 0, photo.start()):
        value = value[: photo.start()]  # "Teksti: X Kuvat: Y": the writer's ("Text & Fotos:" no)
    if " — " in value or " – " in value:
        value = _closing_dash_field(value)
    if "," in value or "，" in value or "،" in value:
        value = without_role_fields(value)
    if " en " in value or " a " in value:
        value = joined_en_a(value)
    if " ו" in value:
        value = _joined_and(value, _HEBREW_WORD, "ו")
    if " و" in value and value.count(" ") <= _MAX_JOINED_WORDS:
        # Arabic joins "and" to the next name as Hebrew does: "محمد علي وأحمد حسن" (in a
        # byline's few words: a sentence's "and" joins its clauses)
        value = _joined_and(value, _ARABIC_WORD, "و")
    if "espräch" in value or "onversation" in value:
        # "Richard David Precht im Gespräch mit Karin Fischer": a talk's guest and host
        value = _IN_CONVERSATION.sub("", value)
    if "|" in value:
        value = _first_of_fields(value)
    if "·" in value or "|" in value or "•" in value:
        value = _without_section_field(value)
    if "・" in value:  # "山田太郎・佐藤花子": Japanese lists names with a middle dot
        value = namelists.kanji_list(value)
    # "Richard (R.J.) Eskow": a nickname or initials in brackets inside one name
    value = _NICKNAME.sub(lambda m: f"\x00{m.group(1)}\x01", value)
    if "(" in value or "（" in value:
        value = without_role_brackets(value)  # "Anna Schmidt (Korrespondentin in Paris)"
    if "," in value and ("(" in value or "（" in value):
        value = _PLACE_AND_ROLE.sub("\n", value)
    value = _PARENS.sub("\n", value)
    # Runs of blanks as one: `_AUTHOR_SPLIT` tries its \s* from each blank of a run (48 s once)
    value = _BLANK_RUN.sub(" ", value)
    parts = [p.replace("\x00", "(").replace("\x01", ")") for p in _AUTHOR_SPLIT.split(value) if p]
    parts = [p for p in parts if p.strip()]
    if (
        len(parts) == 2
        and "," in value
        and all(" " not in p.strip() for p in parts)
        and not has_han(value)
        and not namelists.HANGUL.search(value)
    ):
        parts = [value]  # "Smith, John": a surname-first name (not "张三, 李四", "김철수, 이영희")
    if "記者" in value or "记者" in value:  # "聯合報 記者林宸誼／即時報導", "A、B記者"
        parts = namelists.reporters_named(parts)
    if len(parts) > 1 and any(_PICTURE_CREDIT.match(p.strip()) for p in parts):
        # "By Jane Doe | Photos by John Smith": the photographer beside the writer
        parts = [p for p in parts if not _PICTURE_CREDIT.match(p.strip())] or parts
    if len(parts) > 1 and any(_EDITING_CREDIT.match(p.strip()) for p in parts):
        # "By Jane Doe | Edited by John Smith": the editor beside the writer
        parts = [p for p in parts if not _EDITING_CREDIT.match(p.strip())] or parts
    head = value  # (the value up to its last part left)
    for _ in range(_CLOSING_PLACES):
        if len(parts) < 2 or not _closing_place(parts, head):
            break
        # "Von Anna Berger, Berlin", "By Jane Doe, Washington": the place; "SPIEGEL ONLINE,
        # Hamburg, Germany", "Jane Doe, Berlin, Germany": the city before the country too
        head = head.rstrip()[: -len(parts[-1].strip())].rstrip().rstrip(",，-/|").rstrip()
        parts = parts[:-1]
    if len(parts) > 2:  # "Markus M. Haefliger, London, Beat Bumbacher": the first one's city
        parts = namelists.without_middle_places(parts)
    if any(" " in p.strip() for p in parts):
        # "Francesca Gariano, TODAY", "JOHN SMITH, AP": a lone capitalised word beside a full
        # name is the outlet or the agency
        parts = [p for p in parts if not _outlet_word(p.strip())]
    if len(parts) > 1 and any(_key(p) in AGENCIES for p in parts):
        # "dpa/lno", "det/dpa": an agency's regional service, its editor's initials: no
        # names; "EFE | Madrid", "Berlin/dpa": the place it filed from, no name either
        parts = [p for p in parts if not _cased_word(p) or _key(p) in AGENCIES]
    parts = namelists.without_closing_agency(parts)  # "Kari Nordmann NTB", "Jan Novák ČTK"
    if len(parts) > 1 and value.lstrip()[:1] in "ΤτΜμΑα":
        parts = _greek_case_shared(value, parts)
    if any(_han_clause(part) for part in parts) or ("。" in value and _cjk_sentence(parts)):
        return []  # a sentence cut at its commas: its short pieces ("注意到") are no names either
    parts = namelists.without_institutions(value, parts)  # ("Bundesministerium für X und Y")
    names = (_person(part, site_keys) for part in parts)
    japanese = on_japanese_page()  # ("山田 太郎": one name on a Japanese page)
    return list(dict.fromkeys(one for name in names if name for one in han_names(name, japanese)))


_CLOSING_PLACES = 2  # places closing a value, after its names: a city, then its country

# A name's last word closing a byline's part (not a joiner: "Text und Fotos: X" is one lead).
_NAME_CLOSES = re.compile(rf"(?<![^\W\d_])(?!(?:{_JOINER})$)[^\W\d_]{{2,}}$")

# The words of a conversation between a guest's name and the joiner before the host's: "im
# Gespräch mit", "in conversation with", "en conversation avec".
_IN_CONVERSATION = re.compile(
    r"[ \t]+(?:im gespräch|in conversation|en conversation)(?=[ \t]+(?:mit|with|avec)[ \t])", re.I
)
# Hebrew writes "and" as a letter joined to the next word: "דנה כהן ויוסי לוי" (Dana Cohen and
# Yossi Levi); a name opening on ו doubles it after "and" ("וורד לוי": and Vered Levi).
_HEBREW_WORD = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea'\"׳״-]*")
_JOINED_NAME_WORDS = 2  # the words of a full name before the joined "and"
_MAX_JOINED_WORDS = 10  # blanks in an Arabic byline: three names of three words and a lead
# Arabic too: "محمد علي وأحمد حسن" (a name opening on و doubles it: "ووليد")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a][\u0621-\u0652]*")


def _joined_and(value: str, script_word: re.Pattern[str], and_letter: str) -> str:
    """`value` with a line break for each "and" letter (Hebrew ו, Arabic و) joined to a
    name's first word, between two full names (two words of the script at least before it,
    one after it; nothing else between)."""
    words = value.split(" ")
    run = 0  # words of the script since the last break
    for i, word in enumerate(words):
        if not script_word.fullmatch(word):
            run = 0
            continue
        if (
            run >= _JOINED_NAME_WORDS
            and word.startswith(and_letter)
            and len(word) >= 3
            and i + 1 < len(words)
            and script_word.match(words[i + 1])  # (a comma after it: "לוי, כתבים")
        ):
            words[i] = "\n" + word[1:]
            run = 1
            continue
        run += 1
    return " ".join(words)


def _greek_case_shared(value: str, parts: list[str]) -> list[str]:
    """The parts after the first with the case the byline's article gives the first, when
    they hold none of their own: "Του Γιώργου Παπαδόπουλου και Νίκου Γεωργίου" (of Giorgos
    ... and Nikos ...: both names in the genitive, one article)."""
    lead = _GREEK_CASE_LEAD.match(value.strip(" -–—:,;|·•"))
    if lead is None or lead.group(1).lower() in ("τους", "τις", "των"):  # (each name its own)
        return parts
    article = lead.group(1)
    return [parts[0]] + [
        f"{article} {p.strip()}"
        if "\u0386" <= p.strip()[:1] <= "\u03a9" and not _GREEK_CASE_LEAD.match(p.strip())
        else p
        for p in parts[1:]
    ]


def _closing_place(parts: list[str], value: str) -> bool:
    """True when the last part is one capitalised word (or one of a script without capitals)
    after a comma that closes the value, past full names or a site's address ("Anna Berger,
    Berlin", "محمد علي - القاهرة", "example.de, Frankfurt"): the place or the outlet, not a
    person with one name."""
    last = parts[-1].strip()
    first = last[:1]
    caseless = first.isalpha() and first.lower() == first.upper()  # "القاهرة", "תל"
    if " " in last or not (first.isupper() or caseless) or has_han(last) or last.isupper():
        return False
    if not any(" " in p.strip() or _SITE_ADDRESS.fullmatch(p.strip()) for p in parts[:-1]):
        return False  # "Smith, John", "Ana, João": no full name (or outlet's address) before
    head = value.rstrip()
    # (", Berlin", "，台北"; " - Ankara": a hyphen between blanks, as an en dash is read;
    # " / Madrid", " | London": a field's bar)
    return head.endswith(last) and head[: -len(last)].rstrip().endswith(
        (",", "，", " -", " /", " |")
    )


def _cased_word(part: str) -> bool:
    """True for one word of a script with capitals ("Madrid", "lno"; not "松本結衣")."""
    word = part.strip()
    return " " not in word and word[:1].lower() != word[:1].upper()


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


def _cjk_sentence(parts: list[str]) -> bool:
    """True where a part holds a full stop of Chinese or Japanese before more text ("食べる
    ことを愛してやまない集団。食べログ人気店や..."): an author box's bio, not names."""
    return any("。" in part.strip().rstrip("。") for part in parts)


_DIGITS_OUT = str.maketrans("", "", "0123456789０１２３４５６７８９")


def _without_digits(word: str) -> str:
    """`word` without its digits: "9日从国家海洋局获悉" (a sentence opening "记者9日从...获悉":
    the reporter learned on the 9th) is a clause as much as its characters alone."""
    return word.translate(_DIGITS_OUT) if any(ch.isdigit() for ch in word) else word


def _outlet_word(part: str) -> bool:
    """One word in capitals ("TODAY", "AP", "ΑΜΠΕ") or camel case ("detikNews"): an outlet."""
    letters = part.replace("-", "") if "-" in part else part  # "SP-X": an agency's letters too
    camel = part[:1].islower() and not part[1:].islower()
    return len(part) >= 2 and letters.isalpha() and (part.isupper() or camel)


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


# One word set off by a middle dot, a bar or a bullet before a full name: the section
# ("Politik · Jochen Bittner, Tina Hildebrandt", "Sport | Anna Weiss").
_SECTION_FIELD = re.compile(r"^\s*([^\W\d_]+)[ \t]*[·|•][ \t]*(?=[^\s·|•,]+[ \t]+[^\s·|•,])")


def _without_section_field(value: str) -> str:
    """`value` less a capitalised word opening it as its own field (`_SECTION_FIELD`); not
    a name of a script without capitals ("박민수·최지은 기자": two names)."""
    match = _SECTION_FIELD.match(value)
    if match is None or not match.group(1)[:1].isupper():
        return value
    return value[match.end() :]


def is_desk(text: str) -> bool:
    """A desk named where a byline stands: "Our Foreign Staff", "নিজস্ব প্রতিবেদক" (own
    correspondent), a possessive opening it (`_DESK_POSSESSIVES`)."""
    words = text.split()
    return len(words) > 1 and words[0].lower() in _DESK_POSSESSIVES


def _closing_dash_field(value: str) -> str:
    """A byline without the field an em or en dash closes it with, after its names: the
    place or the desk ("Por Maria Silva — Rio de Janeiro", "Von Anna Berger – Berlin", "By
    Jane Doe — Updated 2 hours ago"); names are joined with commas and words, not dashes."""
    for dash in (" — ", " – "):
        head = value.split(dash, 1)[0]
        if any(ch.isalpha() for ch in head):
            value = head
    return value


def _people(names: list[str]) -> set[str]:
    return {_key(name) for name in names}


def _wider(names: list[str], than: list[str]) -> bool:
    """True when `names` holds every person of `than` and more."""
    return _people(names) > _people(than)

"""One part of a byline cleaned to a person's name, or None when it is no person's: its
label ("By", "Von"), role ("Staff Writer", "Корреспондент"), date, place ("in London") and
another role's credit cut; a Korean lead and role, a photographer's label, a name's hiragana
reading, a Greek name's case read back to the nominative; desks, UI labels, sentences and
organisations refused (`_person`).
"""

from __future__ import annotations

import re

from pipeline.text.bylines import NAME_PARTICLES
from pipeline.text.dates import is_month_name
from pipeline.text.scripts import has_han
from pipeline.web.metadata.creditpatterns import (
    _KO_BYLINE_LEAD,
    _KO_ROLE_AFTER,
    _KO_WRITER_AND_PHOTOS,
)
from pipeline.web.metadata.namelists import SURNAME_JOINER
from pipeline.web.metadata.organisations import (
    AGENCIES,
    _key,
    _lower,
    holds_org_word,
    is_organisation,
)
from pipeline.web.metadata.roleafter import (
    without_closing_code,
    without_closing_desk,
    without_ja_role_lead,
)
from pipeline.web.metadata.rolelead import without_role_lead
from pipeline.web.metadata.vocabulary import (
    _BYLINE,
    _CJK_NOT_NAME_MARKS,
    _CJK_ROLES,
    _CLOCK_WORDS,
    _DATE_LABELS,
    _DESK_POSSESSIVES,
    _FROM_PLACE_WORDS,
    _GREEK_CASE_LEAD,
    _JOINERS_ANY_CASE,
    _JOINERS_LOWER,
    _NOT_NAME_PHRASES,
    _NOT_NAME_WORD,
    _NOT_NAMES,
    _OTHER_ROLE_LABELS,
    _PLACE_WORDS,
    _ROLE_WORDS,
    _UI_WORDS,
    _WEEKDAYS,
)

_GREEK_WORD = re.compile("[\u0370-\u03ff\u1f00-\u1fff]{2,}")
# "C.": one letter and its dot; "Jr.", "Sr.": a generation's abbreviation (a name's own dot)
_CLOSING_INITIAL = re.compile(r"^(?:[^\W\d_]|[JS]r)\.$")
# The word a date follows, left closing a byline's name once its date is cut: "Posted by Jane
# Doe at 18:52", "Von Anna Berg um 10:00", "Par Marie Dupont le 3 mars" ("am" is a clock word).
_DATE_LEADS = frozenset({"at", "on", "um", "le", "à", "el", "il", "em", "op", "dnia"})
# A French date's label of two words more ("Mis à jour le"): `_DATE_LABELS` are single words
_UPDATED = re.compile(r"(?:mise?s?|actualisée?) à jour\b", re.I)
# The words before a count of hours or days ago after a byline's name: "vor 2 Stunden",
# "hace 3 horas", "há 2 horas", "för 2 timmar sedan", "před 2 hodinami", "πριν από 2 ώρες"
_AGO_LEADS = frozenset({"vor", "hace", "há", "för", "před", "πριν", "από"})
_PHOTO_LABELS = ("写真", "撮影", "摄影", "攝影")  # "photos" in Japanese and Chinese
_CONTRIBUTOR_LEADS = ("additional reporting", "further reporting")
# "Text" before a name without its colon (a label and a name in two elements of a byline):
# English, German, Swedish, Spanish, Portuguese, Italian, Polish, Finnish, Russian
_ABOUT_WORDS = frozenset({"about", "über", "over", "sobre"})  # "About Jane Doe" (a box's heading)
_TEXT_LABELS = frozenset({"text", "texte", "texto", "testo", "tekst", "teksti", "текст"})
_HIRAGANA_READING = re.compile("[\u3041-\u309f・ ]+")  # "やまだ・たろう": how a name is read


def _is_joiner(word: str) -> bool:
    """A word joining two names (`_JOINER`: "and" in any case, "dan" in lower case only)."""
    return word.lower() in _JOINERS_ANY_CASE or word in _JOINERS_LOWER


def _person(part: str, site_keys: frozenset[str]) -> str | None:
    """One candidate name cleaned, or None when it is a role, a place, an organisation."""
    spaced = " ".join(part.replace(SURNAME_JOINER, " ").split())  # ("Volta e Pinto")
    if spaced[:1] >= "\uac00" and spaced[:1] <= "\ud7af":
        spaced = _korean_byline(spaced)
        if not spaced:
            return None
    if spaced.startswith(_PHOTO_LABELS) and spaced[2:3] in "／/：:＝= \u3000":
        return None  # "写真／佐藤花子", "撮影：...": the photographer
    if spaced[:1] in "AaFf" and spaced.lower().startswith(_CONTRIBUTOR_LEADS):
        return None  # "Additional reporting by X": a contributor's credit, not the writer's
    if _HIRAGANA_READING.fullmatch(spaced):
        return None  # "山田太郎（やまだ・たろう）": the name's reading, in hiragana
    if spaced.endswith((":", "：")) and not _BYLINE.fullmatch(spaced) and not _led(spaced):
        return None  # "ПО МАТЕРИАЛАМ:", "Source:": a label whose value is elsewhere
    greek = _GREEK_CASE_LEAD.match(spaced.strip(" -–—:,;|·•"))
    unlabelled = spaced.strip(" -–—:,;|·•")
    text = _BYLINE.sub("", unlabelled).strip(" -–—:,;|·•")
    labelled_by = len(text) < len(unlabelled)  # "By", "Von", "Posted by" opened it
    text = _BYLINE.sub("", text)  # "By: Staff"
    if text[:1] in "TtТт" and (label := text.split(" ", 1))[0].lower() in _TEXT_LABELS:
        if len(label) == 1:
            return None  # the label alone, its name in the next element
        if _capitalised_name(label[1].split()):
            text = label[1]  # "<span>Text</span> <span>Erik Berg</span>": the label's colon unset
    if text[:1] in "AaÜüOoSs" and (about := text.split(" ", 1))[0].lower() in _ABOUT_WORDS:
        if len(about) == 2 and _capitalised_name(about[1].split()):
            text = about[1]  # "About Susan Young": an author box's heading, her name
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
            or (
                (labelled_by or len(words) == 1)
                and words[-1].lower().rstrip(",") in _DATE_LEADS | _WEEKDAYS
            )
            or words[-1].lower() in _AGO_LEADS
        ):
            words.pop()
    words = [w for w in words if not _NOT_NAME_WORD.search(w) and w.lower() not in _CLOCK_WORDS]
    words = _without_place(words)
    dating = next(
        (i for i, w in enumerate(words) if w.lower().strip(":：.,") in _DATE_LABELS), None
    )
    if dating is None and "jour" in text:  # "Jean Martin Mis à jour le 8 janvier": the label
        dating = next((i for i in range(len(words)) if _UPDATED.match(" ".join(words[i:]))), None)
    if dating is not None:
        if dating and words[dating - 1].lower() in ("data", "date"):
            dating -= 1  # "Data publikacji", "Date published"
        # "GM FRK. Data publikacji Pią": the date's label and what follows (before the checks
        # of a name's last word: "Jean Martin Publié le" ends on the particle "le")
        words = words[:dating]
        if words and words[0][:1].islower() and words[0] not in NAME_PARTICLES:
            return None  # "ostatnia aktualizacja" (last updated): the label's own words
    if len(words) > _AGENCY_AFTER_NAME:
        words = _without_closing_agency(words)  # "TOM BAKER Associated Press"
    words = without_closing_desk(without_closing_code(words))  # "Laura Virtanen HS"
    words = without_role_lead(words)  # "Rechtsanwalt Max Muster", "notre envoyée spéciale X"
    while words and words[0].endswith(_CJK_ROLES):
        words = words[1:]  # "见习编辑 李琼皙": the role before the name (roles after cut below)
    words = without_ja_role_lead(words)  # "特派員 山田太郎", "編集委員 佐藤花子"
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
    if len(words) == 2 and " ".join(words).lower().strip(":：.,!") in _NOT_NAME_PHRASES:
        return None  # "Super User", "Viele Grüße"
    if all(w.lower().strip(":：.»›") in _UI_WORDS for w in words):
        return None  # "View Full Profile", "See all articles": a link's label
    first = words[0]
    if len(words) > 1 and first[:1].islower() and first.isalpha() and first not in NAME_PARTICLES:
        return None  # "zarejestruj się", "including replies", "ostatnia aktualizacja": no name
    lowered = [_lower(w).strip(".,") for w in words]
    if len(words) > _AGENCY_AFTER_NAME and lowered[-1] in _ROLE_WORDS:
        words = _without_agency_role(words, lowered)  # "MALCOLM RITTER AP Science Writer"
        lowered = lowered[: len(words)]
    if holds_org_word(lowered) or words[-1] in _COMPANY_CO:
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


# A company's "Co." closing a name ("Acme Co."; "Emily Co" is a surname: `holds_org_word`)
_COMPANY_CO = frozenset({"Co.", "CO."})
_AGENCY_AFTER_NAME = 3  # words: a name of two and an agency's name of two or three after it


def _without_closing_agency(words: list[str]) -> list[str]:
    """`words` without a wire service's name of two or three words closing them after a name
    of two words or more, with no separator between ("By JANE MILLER and TOM BAKER Associated
    Press" as one line: "TOM BAKER Associated Press")."""
    for size in (3, 2):
        if len(words) - size >= 2 and _key(" ".join(words[-size:])) in AGENCIES:
            return words[:-size]
    return words


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


def _capitalised_name(words: list[str]) -> bool:
    """True for two to four words of a name, each capitalised (not all in capitals)."""
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and w[1:2].islower() and w[-1:].isalpha() for w in words
    )


# The reporter's address after the role, bare, after "=" or in brackets: "김민수 기자
# minsu@example.com", "김민수 기자 = minsu@...", "김민수 기자 (minsu@...)"
_KO_ADDRESS_AFTER = re.compile(r"[ 　]*[=＝]?[ 　]*[(（]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)）]?$")
# What a Korean byline's box prints around the name and role: the posting time before it
# ("입력 2024.05.12 14:35 김민수 기자": posted, edited), a dispatch's "=" or a subscribe
# button after it ("김민수 기자 =", "김민수 기자 구독", "+ 구독하기")
_KO_TIME_BEFORE = re.compile(
    r"^(?:(?:입력|수정|승인|등록|기사입력|업데이트)[ 　]*[:：]?[ 　]*[\d.\-/: 　]+)+"
)
_KO_AFTER_ROLE = re.compile(r"(?<=[가-힣])[ 　]*(?:[=＝]|[+＋]?[ 　]*구독(?:하기)?)[ 　]*$")
# ... or the posting time after it ("김민수 기자 입력 2024.05.12 14:35 수정 ...", its digits read
# off before): the label and all after it
_KO_TIME_AFTER = re.compile(
    r"(?<=[가-힣])[ 　]+(?:기사)?(?:입력|수정|승인|등록|업데이트)(?![가-힣]).*$"
)


def _korean_byline(part: str) -> str:
    """A Korean byline part without its lead and its role ("글 김민수", "김민수 특파원",
    "김민수기자", "글·사진 김민수" -> "김민수"); "" for the photographer's ("사진 이영희")."""
    if "글" in part:
        part = _KO_WRITER_AND_PHOTOS.sub("글", part)
    if "@" in part:  # "김민수 기자 minsu@example.com": the reporter's address after the role
        part = _KO_ADDRESS_AFTER.sub("", part)
    if part[:1] in "입수승등기업":  # "입력 2024.05.12 14:35 김민수 기자": the time first
        part = _KO_TIME_BEFORE.sub("", part)
    if "입력" in part or "수정" in part or "승인" in part or "등록" in part or "업데" in part:
        part = _KO_TIME_AFTER.sub("", part)  # "김민수 기자 입력 2024.05.12": the time after
    if part.endswith(("=", "＝", "독", "기")):  # "김민수 기자 =", "김민수 기자 구독"
        part = _KO_AFTER_ROLE.sub("", part)
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
    -> "Γιώργος Παπαδόπουλος", in capitals too); other scripts' words as they are."""
    endings = _GREEK_NOMINATIVE_ENDINGS.get(article, ())
    words = []
    for word in name.split():
        if _GREEK_WORD.fullmatch(word):
            upper = word.isupper()  # "ΓΙΩΡΓΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ": a byline in capitals
            for old, new in endings:
                if upper:
                    old, new = old.upper(), new.upper()
                if word.endswith(old):
                    word = word[: -len(old)] + new
                    break
        words.append(word)
    return " ".join(words)


def _without_agency_role(words: list[str], lowered: list[str]) -> list[str]:
    """`words` up to an agency's initials after two words of a name, where only the role of
    its writer follows ("MALCOLM RITTER AP Science Writer", "Jane Doe AP Medical Writer")."""
    for i in range(2, len(words) - 1):
        if words[i].isupper() and _key(words[i]) in AGENCIES:
            if all(
                w[:1].isupper() or low in _ROLE_WORDS
                for w, low in zip(words[i + 1 :], lowered[i + 1 :], strict=True)
            ):
                return words[:i]
            break
    return words


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


# Two to four capitalised words closing on a colon: a name's shape.
_NAME_THEN_COLON = re.compile(r"(?:[^\W\d_]+[ ]){1,3}[^\W\d_]+[:：]")


def _led(spaced: str) -> bool:
    """True for a name after an author's lead closing on a colon ("Autor Mark Newton:", a
    language switcher's link after it): the lead says whose name it is, so the colon is no
    label's."""
    lead = _BYLINE.match(spaced)
    rest = spaced[lead.end() :] if lead is not None and lead.end() else ""
    return bool(_NAME_THEN_COLON.fullmatch(rest)) and all(w[:1].isupper() for w in rest.split())

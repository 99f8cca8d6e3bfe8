"""The labels printed beside a date that say whose date it is: a publication label
("Published:", "Mis à jour le" ... "Publié le", "公開日：", "입력") and an update label
("Updated:", "Aktualisiert am", "更新"). `_published_in` reads the publication's date out of a
line that prints both, `_labelled_date` the date of the first line a publication label opens,
`_printed_update` the last update a page prints after its headline.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo

from pipeline.text.dateparts import plausible
from pipeline.text.dates import date_in_text
from pipeline.text.writtendates import month_first
from pipeline.web.metadata.headline import _Near
from pipeline.web.wordpatterns import CaselessWords

_DATELINE_CHARS = 60  # a date line is short: a date, a time, a label
_DATE_WINDOW = 400
_CLOCK_SKEW = timedelta(days=1)  # a page date this far after its bound (the fetch) is not its own
# A label that says the date after it is the publication's: "Mise en ligne 23 mai 2019",
# "Δημοσίευση: 8-1-2012", "Published: ...", "Opublikowano: ...", "公開日：", "입력 2026.01.08"
# (a line opening with one).
_PUBLISHED_LABEL = re.compile(
    r"(?i:published|posted|publié|publiée|mise en ligne|veröffentlicht|publicado|pubblicato|"
    r"opublikowano|data publikacji|опубликовано|дата публикации|δημοσίευση|δημοσιεύθηκε|"
    r"yayınlanma|yayınlandı|gepubliceerd|publicerad|publiceret|julkaistu|diterbitkan|"
    r"dipublikasikan|publikováno|发布时间|發佈時間|发表时间|發表時間|发布日期|"
    r"erstellt|erschienen|publikacja|publicat|közzétéve|objavljeno|опубліковано|"
    r"公開日|公開日時|配信日|配信日時|掲載日|投稿日|発行日|입력|등록|게재|ngày đăng|đăng lúc|"
    r"פורסם|نشر في|تاريخ النشر|प्रकाशित|เผยแพร่|منتشر شده|"
    # (Danish, Norwegian, Swedish, Icelandic: a word of its own, "Birthday" is none; Czech,
    # Slovak, Hungarian: "Megjelent" with its colon, a sentence opens with it; Turkish,
    # Serbian, Bulgarian, Estonian, Lithuanian, Latvian, Persian)
    r"udgivet|offentliggjort|publisert|publicerat|birt(?![^\W\d_])|vydáno|publikované|"
    r"publikovaný|megjelent(?=\s*:)|létrehozva|publikálva|oluşturulma|објављено|публикуван|"
    r"avaldatud|paskelbta|publicēts|تاریخ انتشار)"
    r"(?:\s+(?:on|le|am|el|il|em))?\s*[:：]?"
)
# A label that says the date after it is the last update's, not the publication's: "Mis à
# jour le", "Aktualisiert am", "Обновлено", "Güncelleme:" (a line may print the update first,
# then the publication: "Updated: March 9 | Published: March 3").
MODIFIED_WORDS = (
    "updated", "modified", "mis à jour", "mise à jour", "modifié", "actualisé", "aktualisiert",
    "geändert", "actualizado", "atualizado", "aggiornato", "обновлено", "обновлён", "оновлено",
    "aktualizacja", "zaktualizowano", "aktualizováno", "güncelleme", "güncellendi",
    "bijgewerkt", "diperbarui", "ενημέρωση", "ενημερώθηκε", "ανανέωση", "frissítve", "actualizat",
    "uppdaterad", "opdateret", "oppdatert", "päivitetty", "cập nhật", "更新", "수정", "업데이트",
    "עודכן", "تحديث", "به‌روزرسانی", "अपडेट",
    # (German's "Stand:" with its colon: "Widerstand", "Abstand" are words; "Last update:",
    # "Update:"; Dutch, Swedish, Icelandic, Czech, Slovak, Hungarian, Turkish, the South Slavic
    # languages, Bulgarian, Italian's, Spanish's, Portuguese's and Romanian's nouns, Catalan,
    # Estonian, Lithuanian, Latvian, Malay, Persian without its joiner, Thai)
    "stand:", "last update", "update:", "gewijzigd", "aangepast", "uppdaterat", "uppfært",
    "aktualizace", "aktualizované", "módosítva", "frissítés", "güncellenme", "ažurirano",
    "ажурирано", "posodobljeno", "обновена", "актуализирана", "aggiornamento", "actualización",
    "atualização", "actualizare", "actualitzat", "uuendatud", "atnaujinta", "atjaunots",
    "atjaunināts", "dikemaskini", "بروزرسانی", "به روز رسانی", "อัปเดต", "อัพเดท",
)  # fmt: skip
# (asked of the lowered line first: `CaselessWords`)
_MODIFIED_LABELS = CaselessWords(MODIFIED_WORDS)
_MODIFIED_LABEL = _MODIFIED_LABELS.pattern
_MODIFIED_REACH = 40  # characters from an update label to the date it labels
_MAX_UPDATE_LEAD = 12  # characters before an update label on its line ("Last ", "Zuletzt ")
# A line that is a day-first date with a two-digit year and nothing else ("31.10.23", as a
# byline or a date box prints it; in running text such a year needs a time after it), or
# after a word or two and a comma (a section's or a place's: "Kultur, 31.10.23"); with a
# one-digit day or month ("2.11.22", "17.7.11") only in markup that names a date (a line
# "1.10.23" under a headline may number a version or a section).
_SHORT_YEAR_LINE = re.compile(
    r"^[ \t]*(?:[^\W\d]+(?: [^\W\d]+)?,[ \t]*)?(\d{2})\.(\d{2})\.(\d{2})[ \t]*$", re.M
)
_SHORT_YEAR_MARKED = re.compile(
    r"^[ \t]*(?:[^\W\d]+(?: [^\W\d]+)?,[ \t]*)?(\d{1,2})\.(\d{1,2})\.(\d{2})[ \t]*$", re.M
)
# ... and anywhere after a byline's two to four words and a comma, the date closing the line
# ("von Klaus-Peter Schöppner, 8.5.12", "By Jane O'Neil, 31.10.23"), or after a comma opening
# the line (the name a link, a line of its own before it): a signed date
_NAME_WORD = r"[^\W\d](?:[^\W\d]|['’.-])*"
_SHORT_YEAR_SIGNED = re.compile(
    rf"^[ \t]*(?:{_NAME_WORD}(?: {_NAME_WORD}){{1,3}})?,[ \t]*"
    r"(\d{1,2})\.(\d{1,2})\.(\d{2})[ \t]*$",
    re.M,
)


# A forum poster's profile beside the post: the date the member registered, and the rest of
# its line (the label may end its own line: "Registriert:\n18.09.2008, 05:56").
_MEMBER_SINCE = re.compile(
    r"\b(?:Registriert|Registered|Joined|Member since|Mitglied seit|Dabei seit|Registrado|"
    r"Iscritto|Inscrit le|Zarejestrowany|Регистрация|Зарегистрирован)\s*:?[ \t]*\n?[^\n]*"
)
_MEMBER_PARTS = ("egistr", "oined", "ember since", " seit", "scrit", "ejestr", "егистр")


def _published_in(
    text: str, zone: tzinfo, language: str | None, marked: bool = False
) -> datetime | None:
    """The first date printed in `text` (`date_in_text`), unless an update label opens it
    and a publication label follows it with an earlier date: "Mis à jour le 9 mars 2019 |
    Publié le 3 mars 2019" is published on the 3rd. Where it prints none, a line that is a
    date alone with a two-digit year ("31.10.23": `_SHORT_YEAR_LINE`; "2.11.22" too where
    `marked`: the text of markup that names a date). A forum poster's registration date
    ("Registriert: 18.09.2008", "Joined: ...") before the post's is not read."""
    if any(part in text for part in _MEMBER_PARTS) and _MEMBER_SINCE.search(text):
        text = _MEMBER_SINCE.sub("", text)
    found = date_in_text(text, zone, language)
    if found is None:
        return _short_year_line(text, zone, marked, language)
    label = _modified_label(text)
    if label is None or date_in_text(text[: label.start()], zone, language) is not None:
        return found  # no update label, or a date before it: the first date is not the update's
    if date_in_text(text[label.end() : label.end() + _MODIFIED_REACH], zone, language) != found:
        return found  # the label does not label the first date
    published = _PUBLISHED_LABEL.search(text, label.end())
    if published is None:
        return _unlabelled_after_update(text, label.end(), found, zone, language)
    earlier = date_in_text(text[published.end() :][:_DATELINE_CHARS], zone, language)
    return earlier if earlier is not None and earlier <= found else found


def _short_year_line(
    text: str, zone: tzinfo, marked: bool = False, language: str | None = None
) -> datetime | None:
    """The date of the first line of `text` that is "dd.mm.yy" alone (day first, 20yy; "d.m.yy"
    where `marked`), else of the first line a byline's words and a comma open, "d.m.yy"
    closing it (`_SHORT_YEAR_SIGNED`; month first where the `language` writes "01/11/2012"
    so: `month_first`)."""
    if "." not in text:
        return None
    match = (_SHORT_YEAR_MARKED if marked else _SHORT_YEAR_LINE).search(text)
    signed = match is None and "," in text
    match = _SHORT_YEAR_SIGNED.search(text) if signed else match
    if match is None:
        return None
    day, month, year = map(int, match.groups())
    if signed and month_first(language) and day <= 12:  # "Posted on Wednesday, 01.11.12"
        day, month = month, day
    try:
        return plausible(datetime(2000 + year, month, day, tzinfo=zone))
    except ValueError:
        return None


# What parts two dates on one line: a bar, a dot, a bullet, a dash between spaces
_SEPARATOR = re.compile(r"[|·•]| [-–—] ")


def _unlabelled_after_update(
    text: str, end: int, updated: datetime, zone: tzinfo, language: str | None
) -> datetime:
    """The earlier date past a separator on an update's line (`end`: where its label ends),
    its label one we do not know ("Opdateret 09.01.2026 16:30 | Udgivet 08.01.2026 14:03"),
    else on the line after it when that line has no update label ("Aktualizacja: 09.01.2026
    10:00" over "08.01.2026 14:30"): published on the 8th; else `updated`."""
    newline = text.find("\n", end)
    own = _SEPARATOR.search(text, end, newline if newline >= 0 else len(text))
    if own is not None:
        rest = text[own.end() :][:_DATELINE_CHARS].split("\n", 1)[0]
        earlier = None if _modified_label(rest) else date_in_text(rest, zone, language)
        if earlier is not None and earlier < updated:
            return earlier
    if newline < 0:
        return updated
    line = text[newline + 1 : newline + 1 + _DATELINE_CHARS].split("\n", 1)[0]
    if not line or _modified_label(line) is not None:
        return updated
    earlier = date_in_text(line, zone, language)
    return earlier if earlier is not None and earlier < updated else updated


def _modified_label(text: str) -> re.Match[str] | None:
    """`_MODIFIED_LABEL.search(text)`, only once the lowered text holds a lowered spelling of
    the label (`CaselessWords`: a big case-blind alternation tries every letter, 0.3 us a
    character of Chinese, and most lines hold no label)."""
    return _MODIFIED_LABELS.search(text)


def _printed_update(
    near: _Near, zone: tzinfo, language: str | None, published: datetime | None
) -> datetime | None:
    """The last update a page prints after its headline: the date within `_MODIFIED_REACH`
    characters of an update label ("Updated:", "Last updated", "Mis à jour le", "更新时间：",
    "최종 수정") that opens a line, or follows a short lead or a date on it ("Published
    Jan 8 · Updated Jan 9"); None before the publication."""
    if near.h1 is None:
        return None
    for line in near.window(_DATE_WINDOW).split("\n"):
        label = _modified_label(line)
        if label is None:
            continue
        lead = line[: label.start()]
        if len(lead) > _MAX_UPDATE_LEAD and date_in_text(lead, zone, language) is None:
            continue  # a sentence of the text: "the list was updated on ..."
        found = date_in_text(line[label.end() :][:_MODIFIED_REACH], zone, language)
        if found is not None:
            return found if published is None or found >= published else None
    return None


def _labelled_date(lines: list[str], zone: tzinfo, language: str | None) -> datetime | None:
    """The date of the first line opening with a publication label (`_PUBLISHED_LABEL`), read
    in the label's line or, for a label alone on its line, in the next one."""
    for i, line in enumerate(lines):
        label = _PUBLISHED_LABEL.match(line)
        if label is None:
            continue
        rest = line[label.end() :].strip() or (lines[i + 1] if i + 1 < len(lines) else "")
        found = date_in_text(rest[:_DATELINE_CHARS], zone, language)
        if found is not None:
            return found
    return None

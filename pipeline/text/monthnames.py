"""Month names for the written dates of `pipeline.text.writtendates`: English and French,
Greek's spoken genitives, and the names of the dateparser locales (loaded once, on the first
written date that needs them), as one name -> month number table per page language; and
`_MONTH_WORD`, the pattern of a month's name in any script."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache


def _mark_class(first: int, last: int) -> str:
    """The combining marks (Unicode categories Mn, Mc, Me) from `first` to `last`, as the body
    of a regex character class: the vowel signs of Indic, Thai and Khmer words, Arabic and
    Hebrew points, and the accents of decomposed Latin text, which `\\w` does not match."""
    spans: list[tuple[int, int]] = []
    for code in range(first, last + 1):
        if unicodedata.category(chr(code))[0] == "M":
            if spans and spans[-1][1] == code - 1:
                spans[-1] = (spans[-1][0], code)
            else:
                spans.append((code, code))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a < b else f"\\u{a:04x}" for a, b in spans)


# A month's name: a letter, then two or more letters or combining marks (जनवरी, มกราคม); or
# two in a script other than Latin (मई, মে, மே: May; ян, กพ: abbreviations).
_MARKS = _mark_class(0x0300, 0x1FFF)
_MONTH_WORD = rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}]){{2,}}|[^\x00-\x7f\W\d_](?:[^\W\d_]|[{_MARKS}])"

# Month names (English and French, full and abbreviated) -> month number.
_MONTHS = {
    **{
        name: i + 1
        for i, names in enumerate(
            [
                "january jan janvier janv",
                "february feb febr février fevrier févr fevr",
                "march mar mars",
                "april apr avril avr",
                "may mai",
                "june jun juin",
                "july jul juillet juil",
                "august aug août aout",
                "september sep sept septembre",
                "october oct octobre",
                "november nov novembre",
                "december dec décembre decembre déc",
            ]
        )
        for name in names.split()
    }
}
# Month names the dateparser locales lack: Greek's spoken genitives, as Greek papers print
# their issue's date ("Παρασκευή 6 Γενάρη 2012", "15 Σεπτέμβρη 2011"); lower case, accented.
_VERNACULAR_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            "γενάρη ιανουάρη",
            "φλεβάρη φεβρουάρη",
            "μάρτη",
            "απρίλη",
            "μάη",
            "ιούνη",
            "ιούλη",
            "αυγούστου",
            "σεπτέμβρη",
            "οκτώβρη οχτώβρη",
            "νοέμβρη",
            "δεκέμβρη",
        ]
    )
    for name in names.split()
}
# Arabic-script letters Persian and Urdu write in their own forms: Arabic yeh and kaf (and
# alef maksura) as Persian yeh and keheh, so "ژانويه" (dateparser's) is "ژانویه" (the pages').
_ARABIC_SCRIPT_FOLD = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc"})
# Arabic month names the dateparser locale lacks: the Maghreb's, from the French (Algeria's and
# Tunisia's "8 جانفي 2026", Morocco's "8 يوليوز 2026"), Egypt's "يونيه", "يوليه", and the
# names written without their hamza ("ابريل"); folded as `month_key` folds a page's word.
_ARABIC_MONTHS = {
    name.translate(_ARABIC_SCRIPT_FOLD): i + 1
    for i, names in enumerate(
        [
            "جانفي",
            "فيفري",
            "",
            "أفريل افريل ابريل",
            "ماي",
            "جوان يونيه",
            "جويلية يوليوز يوليه",
            "أوت غشت اغسطس",
            "شتنبر",
            "",
            "نونبر",
            "دجنبر",
        ]
    )
    for name in names.split()
}
# Month names in the cases the dateparser locales lack (they give the nominative only), as
# dates print them: the genitive of Serbian and Bosnian, Latin and Cyrillic ("8. januara
# 2026", "8. јануара 2026") and of Slovene ("8. januarja 2026"), Latvian's locative and
# genitive ("2026. gada 8. janvārī"), Estonian's adessive ("8. jaanuaril 2026"; May's
# "mail" left out: an English word).
_CASE_FORMS = {
    name: i + 1
    for i, names in enumerate(
        [
            "januara јануара januarja janvārī janvāra jaanuaril",
            "februara фебруара februarja februārī februāra veebruaril",
            "marta марта marca martā märtsil",
            "aprila априла aprīlī aprīļa aprillil",
            "maja маја maijā maija",
            "juna јуна junija jūnijā jūnija juunil",
            "jula јула julija jūlijā jūlija juulil",
            "avgusta augusta августа augustā augustil",
            "septembra септембра septembrī septembril",
            "oktobra октобра oktobrī oktoobril",
            "novembra новембра novembrī novembril",
            "decembra децембра decembrī detsembril",
        ]
    )
    for name in names.split()
}
# The languages whose month names written dates are read in besides English and French (their
# dateparser locales); a word that names two months in two of them (Czech and Croatian
# "listopad") is only read on a page declared in one of them.
_LOCALES = (
    "de es it pt nl pl ru uk el tr id ms cs sk sl hr sr bg ro hu sv da nb fi et lv lt ca vi "
    "ar fa ur he hi bn ta th"
).split()
_MONTH_KEYS = (
    "january february march april may june july august september october november december"
).split()


def is_month_name(word: str) -> bool:
    """True when `word` (any case, a trailing dot allowed) names a month in a known language."""
    return month_key(word.lower().rstrip(".")) in _months(None)


def month_key(name: str) -> str:
    """A lower-case month name as the tables hold it: Arabic-script letters folded
    (`_ARABIC_SCRIPT_FOLD`), accents typed apart composed."""
    if name.isascii():
        return name
    return unicodedata.normalize("NFC", name).translate(_ARABIC_SCRIPT_FOLD)


def _locale_words(language: str, keys: Sequence[str], first: int) -> Iterator[tuple[str, int]]:
    """(name, number) of one dateparser locale's words under `keys` (numbered from `first`),
    lower-cased, dots dropped (none when the locale is unknown)."""
    try:
        from dateparser.languages.loader import default_loader  # type: ignore[import-untyped]

        info = default_loader.get_locale(language).info
    except Exception:  # noqa: BLE001 - no such locale, or dateparser missing: no names
        return
    for number, key in enumerate(keys, first):
        for word in info.get(key, []):
            yield month_key(str(word).lower().rstrip(".")), number


def _locale_months(language: str) -> dict[str, int]:
    """Month names of one dateparser locale (`_locale_words`; {} when unknown)."""
    out: dict[str, int] = {}
    for name, number in _locale_words(language, _MONTH_KEYS, 1):
        if (len(name) >= 3 or (len(name) == 2 and not name.isascii())) and all(
            map(_is_letter, name.replace(" ", ""))
        ):
            out.setdefault(name, number)
    return out


def _is_letter(char: str) -> bool:
    """A letter, or a combining mark (the vowel sign in जनवरी)."""
    return char.isalpha() or unicodedata.category(char)[0] == "M"


@lru_cache(maxsize=64)
def _months(language: str | None) -> dict[str, int]:
    """Month name -> number: English and French, the page language's names, and every
    `_LOCALES` name that means one month in all of them (pages often declare a wrong language:
    a Greek page served as "en-us")."""
    seen: dict[str, set[int]] = {}
    for code in _LOCALES:
        for name, number in _locale_months(code).items():
            seen.setdefault(name, set()).add(number)
    shared = {name: next(iter(n)) for name, n in seen.items() if len(n) == 1}
    own = _locale_months(language) if language and language not in ("en", "fr") else {}
    return {**shared, **_CASE_FORMS, **_VERNACULAR_MONTHS, **_ARABIC_MONTHS, **own, **_MONTHS}


_WEEKDAY_KEYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# English's without dateparser: the full names, "mon", "tue", "tues", "wed", "thu", "thur",
# "thurs", "fri", "sat", "sun"
_ENGLISH_WEEKDAYS = {
    **{name: n for n, name in enumerate(_WEEKDAY_KEYS)},
    **{name[:3]: n for n, name in enumerate(_WEEKDAY_KEYS)},
    **{"tues": 1, "thur": 3, "thurs": 3},
}


@lru_cache(maxsize=64)
def _weekdays(language: str | None) -> dict[str, int]:
    """Weekday name -> number (Monday 0): English's and the page language's (dateparser's
    locale, loaded on the first date of such a page that needs it), lower-cased, names of
    three letters or more ("di", "mo" name other things)."""
    out = dict(_ENGLISH_WEEKDAYS)
    code = (language or "en").split("-")[0]
    if code in ("en", "und"):
        return out
    for name, number in _locale_words(code, _WEEKDAY_KEYS, 0):  # (none: English's alone)
        if len(name) >= 3 and all(map(_is_letter, name)):
            out.setdefault(name, number)
    return out


def weekday_number(word: str, language: str | None) -> int | None:
    """The weekday (Monday 0) `word` names in English or `language`, else None."""
    return _weekdays(language).get(month_key(word.lower().rstrip(".")))

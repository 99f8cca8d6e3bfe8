"""Titles of made-up news pages in 22 languages, by the shape the page gives them in
(session 25, helper titles25): how many cases `pipeline.pages.article_from_page` titles
right, i.e. the headline without the site's name (issue 10 item 3).

One site, section and headline per language (the story's paragraphs are those of
`multilingual_probe.py`), set in the shapes pages print them: the site's name after or
before the headline joined by " - ", " – ", " — ", " | ", " :: ", " · ", " « ", " » ",
": ", "｜", "|", "_"; a section between the headline and the site; a headline holding
" - ", ": " or " | " itself (kept whole); og:title, <title>, <h1> and the JSON-LD headline
disagreeing (a truncated og:title, an og:title that is the site's name, an <h1> that is the
site's logo, several <h1>s, a social og:title); the site's name known from og:site_name or
the JSON-LD publisher only, in another case, spacing or as a domain; entities, emojis,
bidi marks; a "Breaking:" label before the headline the <h1> leaves out. A case is right
when the Article's title is the headline and a title line does not stay in the text. Fixed
kinds are kept by tests/test_metadata_titles25.py.

    PYTHONPATH=. .venv/bin/python benchmarks/extraction/title_probe.py [-v] [--lang de]
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path

from pipeline.pages import article_from_page
from pipeline.records import RawPage

_SPEC = importlib.util.spec_from_file_location(
    "multilingual_probe", Path(__file__).with_name("multilingual_probe.py")
)
assert _SPEC and _SPEC.loader
_ML = importlib.util.module_from_spec(_SPEC)
sys.modules["multilingual_probe"] = _ML
_SPEC.loader.exec_module(_ML)

# lang | site's name (two words) | section | breaking label | headline
_TABLE = """
de|Neue Zeitung|Politik|Eilmeldung|Bundestag beschließt neues Gesetz zur Rente
fr|Le Quotidien|Politique|Urgent|L'Assemblée adopte la réforme des retraites
es|El Diario|Política|Última hora|El Congreso aprueba la nueva ley de vivienda
it|Il Giornale|Politica|Ultim'ora|Il Senato approva la nuova legge sul lavoro
pt|Jornal Novo|Política|Última hora|Parlamento aprova nova lei da habitação
nl|Het Dagblad|Politiek|Breaking|Tweede Kamer stemt in met nieuwe woningwet
da|Dagens Avis|Politik|Breaking|Folketinget vedtager ny lov om boliger
sv|Nya Tidningen|Politik|Just nu|Riksdagen röstar igenom ny bostadslag
no|Nye Avisen|Politikk|Siste nytt|Stortinget vedtar ny lov om boliger
fi|Uusi Lehti|Politiikka|Tuoreet|Eduskunta hyväksyi uuden asuntolain tänään
pl|Nowa Gazeta|Polityka|Pilne|Sejm uchwalił nową ustawę mieszkaniową
cs|Nové Noviny|Politika|Aktuálně|Sněmovna schválila nový zákon o bydlení
tr|Yeni Gazete|Siyaset|Son dakika|Meclis yeni konut yasasını kabul etti
ru|Новая Газета|Политика|Срочно|Госдума приняла новый закон о жилье
uk|Нова Газета|Політика|Терміново|Верховна Рада ухвалила новий житловий закон
ar|الجريدة الجديدة|سياسة|عاجل|البرلمان يقر قانونا جديدا للإسكان
ja|新日本新聞|政治|速報|国会が新しい住宅法を可決した
ko|새한일보|정치|속보|국회, 새 주택법 통과시켜
zh|新华日报|社会|快讯|全国人大通过新的住房法律
en|Daily Courier|Politics|Breaking|Parliament passes new housing law
id|Harian Baru|Politik|Breaking|DPR sahkan undang-undang perumahan baru
el|Νέα Εφημερίδα|Πολιτική|Έκτακτο|Η Βουλή ψήφισε νέο νόμο για τη στέγαση
"""
# lang | a headline holding a dash | one holding a colon
_HELD = """
de|Bahn-Streik - was Pendler jetzt wissen müssen|Merz: Wir brauchen mutige Reformen im Land
fr|Grève SNCF - ce que les voyageurs doivent savoir|Macron : « Nous devons agir maintenant »
es|Huelga de Renfe - lo que deben saber los viajeros|Sánchez: Necesitamos reformas valientes ya
it|Sciopero dei treni - cosa sapere per chi viaggia|Meloni: Servono riforme coraggiose subito
pt|Greve da CP - o que os passageiros devem saber|Costa: Precisamos de reformas corajosas já
nl|Spoorstaking - wat reizigers nu moeten weten|Rutte: We hebben moedige hervormingen nodig
da|Togstrejke - det skal pendlerne vide nu|Frederiksen: Vi har brug for modige reformer
sv|Tågstrejk - detta behöver pendlarna veta|Kristersson: Vi behöver modiga reformer nu
no|Togstreik - dette må pendlerne vite nå|Støre: Vi trenger modige reformer nå
fi|Junalakko - tämä matkustajien pitää tietää|Orpo: Tarvitsemme rohkeita uudistuksia nyt
pl|Strajk kolejarzy - co muszą wiedzieć pasażerowie|Tusk: Potrzebujemy odważnych reform teraz
cs|Stávka železničářů - co musí vědět cestující|Fiala: Potřebujeme odvážné reformy hned
tr|Tren grevi - yolcuların bilmesi gerekenler|Erdoğan: Cesur reformlara ihtiyacımız var
ru|Забастовка на железной дороге - что нужно знать пассажирам|Путин: Нам нужны смелые реформы сейчас
uk|Страйк залізничників - що треба знати пасажирам|Зеленський: Нам потрібні сміливі реформи
ar|إضراب القطارات - ما يجب أن يعرفه الركاب|الوزير: نحتاج إلى إصلاحات شجاعة الآن
ja|鉄道スト - 通勤客が知っておくべきこと|首相「改革が必要だ」：記者会見で表明
ko|철도 파업 - 승객이 알아야 할 것|총리: 과감한 개혁이 지금 필요하다
zh|铁路罢工 - 乘客需要知道的事情|专家：我们现在需要大胆的改革
en|Rail strike - what commuters need to know now|Minister: We need bold reforms right now
id|Mogok kereta - yang perlu diketahui penumpang|Jokowi: Kita butuh reformasi yang berani
el|Απεργία στα τρένα - τι πρέπει να ξέρουν οι επιβάτες|Μητσοτάκης: Θέλουμε τολμηρές μεταρρυθμίσεις
"""
_HELDS = {row.split("|")[0]: row.split("|")[1:] for row in _HELD.strip().splitlines()}
LANGS: dict[str, tuple[str, ...]] = {
    row.split("|")[0]: (*row.split("|")[1:], *_HELDS[row.split("|")[0]])
    for row in _TABLE.strip().splitlines()
}
SEPARATORS = (" - ", " – ", " — ", " | ", " :: ", " · ", " « ", " » ", ": ", "｜", "|", "_")
HOST = "https://www.portal-{}.example/a/2024/05/12/story"  # a host that does not name the site


def _host(site: str) -> str:
    """The site's own host: its name's letters ("neuezeitung.example"); for a non-Latin
    name a transliteration is not made, the host names nothing."""
    key = "".join(ch for ch in site.lower() if ch.isascii() and ch.isalnum())
    return f"https://www.{key or 'site'}.example/a/2024/05/12/story"


def _page(lang: str, title: str, head: str = "", top: str = "", h1: str | None = None) -> str:
    site = LANGS[lang][0]
    text = _ML._paragraph(lang)
    heading = "" if h1 is None else f"<h1>{h1}</h1>"
    paragraphs = "".join(f"<p>{p}</p>" for p in (text, "2. " + text, "3. " + text))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body><header><a href='/'>{site}</a><nav><a href='/s'>{LANGS[lang][1]}"
        f"</a></nav></header>{top}<main><article>{heading}<div class='x2'>{paragraphs}</div>"
        f"</article></main><footer><p>© 2024 {site}</p></footer></body></html>"
    )


def _meta(prop: str, value: str) -> str:
    return f"<meta property='{prop}' content='{htmllib.escape(value)}'>"


def _ld(headline: str, publisher: str = "") -> str:
    data: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    data["headline"] = headline
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


Check = Callable[[], list[str]]
Case = tuple[str, str, Check]


def _check(html: str, url: str, want: str) -> Check:
    def check() -> list[str]:
        raw = RawPage(
            url=url,
            body=html.encode(),
            headers={"Content-Type": "text/html; charset=utf-8"},
            block_checked=True,
            fetched_at=_ML.NOW,
        )
        got = article_from_page(raw)
        errors = [] if got.title == want else [f"title={got.title!r}"]
        first = got.text.split("\n", 1)[0]
        if first != _ML._paragraph(got.language or "") and want in first:
            errors.append(f"in text: {first[:60]!r}")
        return errors

    return check


def _c(
    kind: str, lang: str, title: str, want: str, url: str = "", *, h1: str | None = "", **parts: str
) -> Case:
    """One case: the page titled `title` (raw HTML) with `parts` (head, top), its <h1>
    printing `want` unless given (None: no <h1>), at the site's own host unless `url`."""
    page = _page(lang, title, h1=want if h1 == "" else h1, **parts)
    return (kind, title, _check(page, url or _host(LANGS[lang][0]), want))


def _cases(lang: str) -> list[Case]:
    site, section, breaking, head, dashed, colon = LANGS[lang]
    og = _meta("og:site_name", site)
    out: list[Case] = []
    for sep in SEPARATORS:
        if sep in (" « ", " » ") and lang in ("ja", "ko", "zh"):
            continue
        out.append(_c(f"after {sep!r}", lang, f"{head}{sep}{site}", head, head=og))
        if sep not in ("_",):
            out.append(_c(f"before {sep!r}", lang, f"{site}{sep}{head}", head, head=og))
        out.append(_c(f"after {sep!r} no h1", lang, f"{head}{sep}{site}", head, h1=None, head=og))
    for sep in (" - ", " | "):
        tail = f"{sep}{section}{sep}{site}"
        out.append(_c(f"section{sep!r}", lang, f"{head}{tail}", head, head=og))
        out.append(_c(f"section{sep!r} no h1", lang, f"{head}{tail}", head, h1=None, head=og))
    if lang in ("zh", "ja"):
        for tail in ("_新浪新闻", "_网易新闻", f"_{section}_{site}", f" - {section} - {site}"):
            out.append(_c(f"portal {tail[:3]!r}", lang, f"{head}{tail}", head))
            out.append(_c(f"portal {tail[:3]!r} no h1", lang, f"{head}{tail}", head, h1=None))
    out += _held(lang, site, dashed, colon, og)
    out += _sources(lang, site, head, og, colon)
    out += _names(lang, site, head)
    out += _shapes(lang, site, head, breaking, og)
    return out


def _held(lang: str, site: str, dashed: str, colon: str, og: str) -> list[Case]:
    """Headlines holding a separator of their own, kept whole."""
    piped = dashed.replace(" - ", " | ")
    out = []
    for kind, h in (("dash", dashed), ("colon", colon), ("pipe", piped)):
        out.append(_c(f"holds {kind}", lang, f"{h} - {site}", h, head=og))
        out.append(_c(f"holds {kind} | site", lang, f"{h} | {site}", h, head=og))
        out.append(
            _c(f"holds {kind} og:title", lang, f"{h} - {site}", h, head=og + _meta("og:title", h))
        )
        out.append(_c(f"holds {kind} ld", lang, f"{h} - {site}", h, head=og + _ld(h)))
        out.append(_c(f"holds {kind} alone", lang, h, h, head=og))
    return out


def _sources(lang: str, site: str, head: str, og: str, social: str) -> list[Case]:
    """og:title, <title>, <h1> and the JSON-LD headline disagreeing."""
    title = f"{head} - {site}"
    cut = head[: max(8, len(head) * 2 // 3)].rstrip() + "…"
    logo = f"<a href='/'>{site}</a>"
    return [
        _c("og truncated", lang, title, head, head=og + _meta("og:title", cut)),
        _c("og truncated no h1", lang, title, head, h1=None, head=og + _meta("og:title", cut)),
        _c("og is site", lang, title, head, head=og + _meta("og:title", site)),
        _c("og is site no h1", lang, title, head, h1=None, head=og + _meta("og:title", site)),
        _c("og with site", lang, title, head, head=og + _meta("og:title", title)),
        _c("ld only", lang, title, head, head=og + _ld(head)),
        _c("ld with site", lang, title, head, head=og + _ld(title)),
        _c("h1 is logo", lang, title, head, h1=logo, head=og, top=f"<h2>{head}</h2>"),
        _c("h1 logo first", lang, title, head, head=og, top=f"<h1>{logo}</h1>"),
        _c(
            "several h1",
            lang,
            title,
            head,
            head=og,
            top=f"<h1>{site}</h1><h1>{section_of(lang)}</h1>",
        ),
        _c("ld vs og social", lang, title, head, head=og + _ld(head) + _meta("og:title", social)),
    ]


def section_of(lang: str) -> str:
    return LANGS[lang][1]


def _names(lang: str, site: str, head: str) -> list[Case]:
    """The site's name known from og:site_name or the publisher only (the host names
    another), printed in the title in another case, spacing or as a domain."""
    url = HOST.format(lang)
    squashed = site.replace(" ", "")
    domain = squashed.lower() + ".com"
    forms = {"caps": site.upper(), "squashed": squashed, "domain": domain, "same": site}
    out = []
    for name, form in forms.items():
        og = _meta("og:site_name", site)
        out.append(_c(f"site {name} og", lang, f"{head} - {form}", head, url, head=og))
        out.append(
            _c(f"site {name} og no h1", lang, f"{head} | {form}", head, url, h1=None, head=og)
        )
        pub = _ld(head, site)
        out.append(_c(f"site {name} publisher", lang, f"{head} | {form}", head, url, head=pub))
    og = _meta("og:site_name", domain)
    out.append(_c("og domain, title name", lang, f"{head} - {site}", head, url, h1=None, head=og))
    out.append(_c("unknown site", lang, f"{head} - {site}", head, url))
    out.append(_c("unknown site no h1", lang, f"{head} - {site}", head, url, h1=None))
    return out


def _shapes(lang: str, site: str, head: str, breaking: str, og: str) -> list[Case]:
    """Entities, emojis, bidi marks, a breaking-news label."""
    esc = htmllib.escape(head)
    out = [
        _c("entity dash", lang, f"{esc} &#8211; {site}", head, head=og),
        _c("nbsp pipe", lang, f"{esc}&nbsp;|&nbsp;{site}", head, head=og),
        _c("quoted", lang, f"&quot;{esc}&quot; - {site}", f'"{head}"', head=og),
        _c("emoji", lang, f"{head} 😮 | {site}", f"{head} 😮", head=og),
        _c("emoji first", lang, f"🔴 {head} - {site}", f"🔴 {head}", head=og),
        _c(
            "double escaped",
            lang,
            f"&quot;{esc}&quot; - {site}",
            f'"{head}"',
            head=og + f"<meta property='og:title' content='&amp;quot;{esc}&amp;quot;'>",
        ),
        _c(f"{breaking}:", lang, f"{breaking}: {head} - {site}", head, head=og),
        _c(
            f"{breaking}: no h1",
            lang,
            f"{breaking}: {head} - {site}",
            f"{breaking}: {head}",
            h1=None,
            head=og,
        ),
    ]
    if lang == "ar":
        out.append(_c("bidi marks", lang, f"{head}\u200f - \u200f{site}", head, head=og))
        out.append(
            _c("bidi marks no h1", lang, f"\u202b{head} | {site}\u202c", head, h1=None, head=og)
        )
    return out


def main() -> None:
    _ML.run_language_cases(__doc__, LANGS, _cases, every_kind=False)


if __name__ == "__main__":
    main()

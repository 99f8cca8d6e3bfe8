"""Kinds of session 23 (helper de23) where German news pages lost their text, on pages we
wrote ourselves (the text is invented): the article's body after its first paragraph held in
a block a metering script names ("paywall"), which outscores everything else on the page."""

from __future__ import annotations

from tests.sample_pages import own_text as _own

# An invented local story, in German: two paragraphs a reader without a subscription is shown
# (enough prose for a container of their own once the rest is set aside), then the rest.
_OPENING = [
    "Wenn im Hafen von Lindenau die Fähre anlegt, warten am Steg schon die Pendler aus dem"
    " Nachbarort, die jeden Morgen über den See zur Arbeit fahren und abends zurückkehren.",
    "Früher legte das Schiff alle zwanzig Minuten ab, und wer den Anleger verpasste, trank"
    " im Kiosk am Ufer einen Kaffee, bis nach kurzer Zeit das nächste Boot kam. Das ist vorbei,"
    " seit der Fahrplan im April geändert wurde und die Gemeinde über die Kosten streitet.",
]
_BODY = [
    "Seit dem Frühjahr fährt die Fähre nur noch stündlich, weil der Betreiber zwei Matrosen"
    " zu wenig hat und die Gemeinde keinen Zuschuss für zusätzliche Fahrten zahlen will.",
    "Der Bürgermeister sagte am Dienstag im Gemeinderat, man verhandle mit dem Landkreis über"
    " eine gemeinsame Lösung, doch vor dem Herbst sei keine Entscheidung zu erwarten.",
    "Die Pendler haben inzwischen eine Unterschriftenliste gesammelt, auf der mehr als"
    " dreihundert Namen stehen, und wollen sie in der nächsten Sitzung überreichen.",
    "Eine Lehrerin aus dem Nachbarort erzählt, sie stehe nun jeden Morgen eine halbe Stunde"
    " früher auf, um die erste Fähre zu erreichen, und komme trotzdem oft zu spät.",
    "Der Betreiber hofft, im Sommer zwei neue Matrosen einstellen zu können, die derzeit"
    " noch ihre Ausbildung an der Schifffahrtsschule in der Kreisstadt abschließen.",
] + [
    f"Im {month} {year} zählte die Gemeinde {count + year} Fahrgäste auf der Linie über den"
    f" See, wie aus einer Aufstellung hervorgeht, die der Betreiber dem Gemeinderat vorgelegt"
    f" hat; an {count // 400} Tagen fiel die Fähre wegen Sturm oder Personalmangel aus."
    for year in (2019, 2020, 2021)
    for month, count in [
        ("Januar", 4100),
        ("Februar", 3900),
        ("März", 4800),
        ("April", 5200),
        ("Mai", 6100),
        ("Juni", 7300),
        ("Juli", 8800),
        ("August", 9100),
    ]
]


def _page(body_class: str) -> str:
    opening = "".join(f"<p>{p}</p>" for p in _OPENING)
    paras = "".join(f"<p>{p}</p>" for p in _BODY)
    return (
        "<html><head><title>Fähre fährt seltener</title></head><body>"
        "<nav><a href='/'>Startseite</a> <a href='/region'>Region</a></nav>"
        "<main><article class='story'><h1>Fähre fährt seltener</h1>"
        f"<div class='story-body'>{opening}<div class='{body_class}'>{paras}</div>"
        "</div></article></main>"
        "<footer><p>Impressum</p></footer></body></html>"
    )


def test_the_article_behind_a_paywall_class_is_the_text() -> None:
    text = _own(_page("np-paywall"))
    assert all(p in text for p in _OPENING + _BODY), text


def test_a_plain_body_reads_the_same() -> None:
    assert _own(_page("np-content")) == _own(_page("np-paywall"))

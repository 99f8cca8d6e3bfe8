"""The words `appeals.is_appeal` and `sitenotes.is_site_note` look for before searching a
line with each pattern: the same answers as searching with every pattern, on generated
lines holding the patterns' matches, their marks without them, in any case, with the
characters that re takes for a letter where lower() does not ("ı", "ſ", "İ"); and
the follow-us test's (`followprompts._holds_follow_us`)."""

from __future__ import annotations

import random
import re
import sys

import pytest

from pipeline.maintext import appeals, disclaimers, followprompts, linekinds, ownchannels, sitenotes
from pipeline.web.html import lowers_plainly

# What the patterns find (one or more for each alternative), written here, and prose.
_MATCHES = [
    *("Sign up for our newsletter", "Get the newsletter", "support our journalism today"),
    *("Support independent newsroom work", "Support our work by becoming a member"),
    *("Become a member and support us", "donate via PayPal", "become a patron", "Patreon"),
    *("faites un don", "Soutenez-nous", "Unterstützen Sie uns", "haz una donación"),
    *("wesprzyj nas", "affiliate links", "liens affiliés", "lien d'affiliation"),
    *("enlaces de afiliado", "link di affiliazione", "linki afiliacyjne"),
    *("we may earn a small commission", "we may receive a share of", "might get commission"),
    *("we may receive compensation", "download the X apps for iOS", "straight to your phone"),
    *("in unseren Newsletter", "melde dich für den Newsletter", "nuestro canal de YouTube"),
    *("our WhatsApp channel", "Síguenos en Telegram", "subscribe for the full story"),
    *("to read the rest of the story subscribe", "you're already a subscriber"),
    *("*Werbung", "ANZEIGE - ", "Dieser Beitrag enthält Werbung", "Lade dir unsere App"),
    *("nicht notwendigerweise die der Redaktion", "die neue Ausgabe im Abo", "hazte miembro"),
    *("Besuchen Sie unseren Fan-Shop", "apóyanos", "zapraszamy do subskrypcji", "sign up here"),
    *("would you consider supporting our work", "submit a letter to the editor"),
    *("we want to hear what you think", "Sie müssen sich einloggen, um zu kommentieren"),
    *("Kommentare: müssen Sie eingeloggt sein", "an unsere Netiquette", "Cancel anytime"),
    *("cancela cuando quieras", "jederzeit kündbar", "new subscribers also receive"),
    *("Help us continue to spread",),
    *("Comments below have not been moderated", "The views expressed here are those of our"),
    *("users", "does not necessarily endorse the views posted", "you agree"),
    *("By submitting your comment, you agree", "You can comment on most stories"),
    *("what other readers have said", "Join the conversation by commenting"),
    *("join in the discussion by leaving a comment", "We'd love to hear from you"),
    *("we’d like to hear what you think", "we want to hear from you", "tell us what you think"),
    *("let us know what you think", "want us to cover", "email us at", "write to us at"),
    *("You've read 3 of 5 free articles", "you’ve reached your free stories"),
    *("You have reached the limit of free articles", "suscríbete para seguir leyendo"),
    *("Artikel nur für Abonnenten", "Subscribe to continue reading", "Already a subscriber?"),
    *("does not necessarily reflect the views", "The views expressed are those of the author"),
    *("opinions expressed in this piece is that of the writer", "this article", "author"),
    *("não reflete, necessariamente, a opinião", "no refleja necesariamente la opinión"),
    *("non riflettono necessariamente", "ne reflètent pas nécessairement", "n'engagent que"),
    *("ne engage que", "nicht unbedingt die Meinung", "nie muszą odzwierciedlać stanowiska"),
    *("мнение редакции может не совпадать", "точка зрения автора может не совпадать"),
    *("δεν εκφράζουν απαραίτητα τις απόψεις", "görüşlerini yansıtmayabilir", "редакции"),
    *("متفق ہونا ضروری نہیں", "لا تعبر بالضرورة عن رأي", "Press Ctrl+Enter", "ctrl - insert"),
    *("To comment, please log in", "in order to comment you must register", "Log in to comment"),
    *("Please sign in to post a comment", "You must register to leave a comment"),
    *("Чтобы оставить комментарий, войдите", "комментировать зарегистрируйтесь"),
    *("щоб коментувати увійдіть", "Aby dodać komentarz, zaloguj się"),
    *("para comentar inicia sesión", "pour commenter connectez-vous", "um zu kommentieren"),
    *("anmelden", "per commentare accedi", "yorum yapmak için giriş yapın"),
    *("untuk berkomentar silakan login", "για να σχολιάσετε συνδεθείτε", "Comments below"),
]
_PROSE = [
    *("A spokeswoman declined to comment.", "We reached out for comment.", "the council"),
    *("said on Tuesday", "that the river", "had risen", "comment", "comments", "support"),
    *("fund", "newsletter", "members", "reading", "views", "opinion", "create", "to", "log"),
    *("ı", "İ", "ſ", "K", "Σ", "ς", "µ", "ϵ", "’", "«", "»", ",", ".", "?", "中文", "新闻"),
    *("Please", "You must", "in order to", "register", "expressed", "necessarily", "ctrl"),
]
_ODD = {"i": ["ı", "İ"], "s": ["ſ"], "k": ["K"], "ε": ["ϵ"], "ι": ["ι"], "о": ["ᲂ"]}


def _lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = [*_MATCHES, *(p + " " + m for p in _PROSE for m in _MATCHES[::7])]
    for _ in range(count):
        pieces = [rng.choice(_PROSE) for _ in range(rng.randrange(0, 8))]
        for _ in range(rng.choice([0, 1, 1, 2])):
            pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(_MATCHES))
        line = " ".join(pieces)
        roll = rng.random()
        if roll < 0.2:
            line = line.upper()
        elif roll < 0.4:
            line = line.lower()
        if rng.random() < 0.2:  # a letter re takes for another where lower() does not
            letter = rng.choice(sorted(_ODD))
            line = line.replace(letter, rng.choice(_ODD[letter]), 1)
        if rng.random() < 0.1:
            line = (line + " and the water kept rising" * 12)[: rng.choice([299, 300, 310])]
        out.append(line)
    return out


def _plain_is_appeal(text: str) -> bool:
    """`is_appeal` searching with every pattern (before 26ba407's successor)."""
    a = appeals
    if len(text) >= a._MAX_APPEAL or a._MARKED.search(text.lower()) is None:
        return False
    patterns = (
        a._PITCH,
        a._FUNDING,
        a._AFFILIATE,
        a._COMMENTS,
        a._WRITE_TO_US,
        ownchannels.OWN_CHANNEL,
    )
    return (
        any(p.search(text) is not None for p in patterns)
        or a._PAYWALL_OPENING.match(text) is not None
        or a._PAYWALL_ANYWHERE.search(text) is not None
        or disclaimers.is_editorial_disclaimer(text)
    )


def _plain_is_site_note(text: str) -> bool:
    """`is_site_note` searching with every pattern."""
    n = sitenotes
    if len(text) >= n._MAX_NOTE or n._MARKED.search(text.lower()) is None:
        return False
    if n._OPINION.search(text) is not None and n._OPINION_SUBJECT.search(text) is not None:
        return True
    return any(
        p.search(text) is not None for p in (n._TYPO_REPORT, n._COMMENT_LOGIN, n._COMMENTS_BELOW)
    )


def test_appeal_and_note_gates_answer_as_every_pattern() -> None:
    lines = _lines(1, 40_000)
    appeal = note = 0
    for text in lines:
        expected = _plain_is_appeal(text)
        assert appeals.is_appeal(text) == expected, repr(text)
        assert appeals.is_appeal(text, text.lower()) == expected, repr(text)
        appeal += expected
        expected = _plain_is_site_note(text)
        assert sitenotes.is_site_note(text) == expected, repr(text)
        assert sitenotes.is_site_note(text, text.lower()) == expected, repr(text)
        note += expected
    assert 5_000 < appeal < len(lines) - 5_000
    assert 3_000 < note < len(lines) - 5_000


def test_every_match_holds_one_of_its_pattern_s_words() -> None:
    """Each match of each gated pattern, lowered, holds one of the pattern's words (on lines
    lower() lowers plainly), and each word is found by its pattern's match on some line."""
    gated = [
        *appeals._APPEAL_SEARCHES,
        (appeals._PAYWALL_ANYWHERE, appeals._PAYWALL_ANYWHERE_WORDS),
        (sitenotes._OPINION, sitenotes._OPINION_WORDS),
        (sitenotes._TYPO_REPORT, ("ctrl",)),
    ]
    for text in _lines(2, 20_000):
        for pattern, words in gated:
            for m in pattern.finditer(text):
                lowered = m.group().lower()
                if lowered.isascii() or not any(c in text for c in "ıİſKϵιᲂΣςµ"):
                    assert any(w in lowered for w in words), (pattern.pattern[:40], text)


_FOLLOW_PIECES = [
    *("Follow us on Twitter", "follow\tUS on Facebook", "Like\u00a0us on Facebook", "likeus"),
    *(
        "Facebook: follow  us",
        "快點到Facebook Like我們的專頁",
        "也可follow 我們吧",
        "关注我们的微博",
    ),
    *("微博", "追蹤\u3000我們", "訂閱我們", "Instagram", "Twitter", "WeChat", "X", "YouTube"),
    *("like", "follow", "us", "usually", "liked us", "following us", "we follow", "users"),
    *("The council said", "on Tuesday", "ı", "İ", "ſ", "K", "Σ", "中文", ",", ".", "  ", "\t"),
    # re takes "ſ" for "s", "ı" for "i", lower() does not
    *("Follow uſ on Facebook", "lıke us on Twitter"),
]


def test_follow_gate_answers_as_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """`followprompts._holds_follow_us` holds wherever `_FOLLOW_US` finds something in a line
    lowered plainly, and `is_boilerplate_line` answers as with `_FOLLOW_US` always searched."""
    rng = random.Random(3)
    lines = [
        " ".join(rng.choice(_FOLLOW_PIECES) for _ in range(rng.randrange(1, 8)))
        for _ in range(30_000)
    ]
    lines = [t.upper() if rng.random() < 0.2 else t for t in lines]
    found = 0
    for text in lines:
        if followprompts._FOLLOW_US.search(text):
            found += 1
            lowered = text.lower()
            assert not lowers_plainly(lowered) or followprompts._holds_follow_us(lowered), text
    assert found > 3_000
    fast = [linekinds.is_boilerplate_line(t) for t in lines]
    monkeypatch.setattr(followprompts, "lowers_plainly", lambda lowered: False)
    assert fast == [linekinds.is_boilerplate_line(t) for t in lines]
    assert 3_000 < sum(fast) < len(lines) - 3_000


def test_str_isspace_is_re_s() -> None:
    """`_holds_follow_us` skips the spaces `\\s` matches with `str.isspace`."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert "".join(re.findall(r"\s", every)) == "".join(c for c in every if c.isspace())

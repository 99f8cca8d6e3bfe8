"""The consent line of a comment, sign-up or newsletter form, in the languages we read ("By
submitting your comment, you agree to our Terms", « En vous inscrivant, vous acceptez nos
conditions », "Mit dem Absenden stimmen Sie ... zu"), and the placeholder of an embed blocked
by the reader's cookie choices: `_is_consent`, with the words every such line holds
(`_CONSENT_MARKS`), which `pipeline.maintext.linekinds` looks for first among the marks of
all its line tests.
"""

from __future__ import annotations

import re

from pipeline.web.html import LiteralMarks

# "This content" (an embed's), in the languages of `_CONSENT`, for its placeholder below.
_CONTENT = (
    r"(?:this content|ce contenu|diese[nr]? (?:inhalt|element)|este contenido|questo contenuto|"
    r"este conteúdo|deze inhoud|tę treść|ten materiał)"
)

# The consent line of a comment, sign-up or newsletter form: "By submitting your comment, you
# agree to our Terms and Conditions", « En vous inscrivant, vous acceptez nos conditions »,
# "Al enviar tu comentario aceptas ...", "Mit dem Absenden stimmen Sie ... zu", "Ao se
# cadastrar, você concorda ...", "Iscrivendoti accetti ...". The form around it names
# itself by no class on a hashed page.
_CONSENT = re.compile(
    r"\bby (?:submitting|posting|signing up|registering|commenting|clicking|continuing|"
    r"subscribing|creating an account)\b.{0,80}\byou(?:'re| are)? (?:agree|accept|consent)|"
    r"\ben (?:soumettant|publiant|vous inscrivant|cliquant|poursuivant|validant)\b.{0,80}"
    r"\bvous acceptez|"
    r"\bal (?:enviar|publicar|registrarte|suscribirte|hacer clic)\b.{0,80}\bacepta|"
    r"\bmit (?:dem absenden|der anmeldung|der registrierung|ihrer anmeldung)\b.{0,80}"
    r"\b(?:stimmen|akzeptieren|erklären) sie|"
    r"\bao (?:enviar|se cadastrar|se inscrever|clicar)\b.{0,80}\b(?:concorda|aceita)|"
    r"\b(?:inviando|iscrivendoti|registrandoti|cliccando)\b.{0,80}\b(?:accetti|dichiari)|"
    # the placeholder of an embed the reader's cookie choices block, where the post or the
    # player stood: « Ce contenu est bloqué car vous n'avez pas accepté les cookies », "To
    # view this content, accept cookies", "Um diesen Inhalt zu sehen, ... Cookies ..."
    rf"\b{_CONTENT}\b.{{0,160}}\bcookies?\b|\bcookies?\b.{{0,160}}\b{_CONTENT}\b|"
    # ... and a German page's placeholder of an embed, which names no cookie: "Um externe
    # Inhalte anzuzeigen, ist Ihre widerrufliche Zustimmung nötig", "Ich bin damit
    # einverstanden, dass mir externe Inhalte angezeigt werden", "An dieser Stelle finden Sie
    # einen externen Inhalt von X. Sie können ihn sich mit einem Klick anzeigen lassen"
    # (the verb of showing it and the reader's consent, not a sentence naming both words)
    r"\bexterne[nr]? inhalte?\b.{0,40}\banzu(?:zeigen|sehen)\b.{0,120}"
    r"\b(?:zustimmung|einwilligung)|\beinverstanden\b.{0,60}\bexterne[nr]? inhalte?\b.{0,20}"
    r"\bangezeigt|\bexterne[nr]? inhalte?\b.{0,120}\bmit einem klick anzeigen lassen|"
    # ... or the network it will not call without the reader's consent: "Wir respektieren
    # deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu X her"
    r"\bohne (?:dein|ihr)e? (?:einverständnis|zustimmung|einwilligung)\b.{0,60}"
    r"\bkeine verbindung\b|\bkeine verbindung\b.{0,80}"
    r"\bohne (?:dein|ihr)e? (?:einverständnis|zustimmung|einwilligung)\b|"
    # the site's notice that it uses cookies, printed as a paragraph where its banner names
    # itself by no class: "We use cookies to improve your experience", "Utilizamos cookies
    # ...", "Questo sito utilizza cookie ...", "Мы используем файлы cookie", "Sitemizde
    # çerezler kullanılmaktadır", "نستخدم ملفات تعريف الارتباط" (the site or "we" using
    # them: an article saying that sites use cookies names neither)
    r"\b(?:we use|this (?:web ?)?site uses|our (?:web ?)?site uses|utilizamos|usamos|"
    r"est[ea] (?:sitio|site|portal|página)(?: web)? (?:utiliza|usa)|"
    r"questo sito(?: web)? (?:utilizza|usa)|utilizziamo|usiamo|nous utilisons|"
    r"ce site utilise|wir verwenden|(?:diese|unsere) (?:web)?(?:seite|website) verwendet|"
    r"używamy|(?:ta |nasza )?strona (?:używa|wykorzystuje)|мы используем|"
    r"(?:наш )?сайт использует|situs ini menggunakan|kami menggunakan)\b.{0,30}"
    r"\b(?:cookies?|ciasteczek)\b|"
    r"\bsitemiz\w*\b.{0,40}\bçerez\w*\b.{0,40}\bkullan\w*|"
    r"\bçerez\w*\b.{0,40}\b(?:kullanıyoruz|kullanılmaktadır|kullanmaktayız)|"
    r"نستخدم (?:ملفات )?(?:تعريف الارتباط|الكوكيز|كوكيز)",
    re.I,
)

_MAX_CONSENT = 400

# What every match of _CONSENT holds, looked for first in the lowered line.
_CONSENT_MARKS = (
    "agree",
    "accept",
    "consent",
    "acepta",
    " sie",
    "concorda",
    "aceita",
    "accetti",
    "dichiari",
    "cookie",
    "extern",
    "verbindung",
    "ciasteczek",
    "çerez",
    "نستخدم",
)

# A core each of them holds, asked of an ASCII line first (`LiteralMarks`).
_CONSENT_CORES = (
    *(
        "agree",
        "acce",
        "consent",
        "acepta",
        " sie",
        "concorda",
        "aceita",
        "dichiari",
        "cookie",
        "extern",
        "verbindung",
        "ciasteczek",
    ),
)

_CONSENT_MARKED = LiteralMarks(_CONSENT_MARKS, _CONSENT_CORES)


def _is_consent(text: str, lowered: str | None = None) -> bool:
    """The consent line of a form (`_CONSENT`); `lowered`: `text.lower()`, when known."""
    lowered = text.lower() if lowered is None else lowered
    return _CONSENT_MARKED.search(lowered) is not None and _CONSENT.search(text) is not None

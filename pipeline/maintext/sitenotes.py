"""The site's notes to its reader about its text and its comments, printed as a line of the
article, in any language: how to report a typo (select it and press Ctrl+Enter), a
disclaimer that the author's opinion or the readers' comments are not the site's, a note that
commenting takes logging in, a pointer to the comments below, an invitation to discuss the
article on the forum.

Such a line is short (`_MAX_NOTE` characters) and names what it is: the key chord, the
site's opinion or position set against the author's, the account commenting takes, the
comments under the article. A sentence that only mentions someone's opinion or the comments
under a post is text. The site's other standing lines (reprint notices and rules, rating
prompts and a poll's thanks, video teasers, follow prompts, a player's controls) are
`pipeline.maintext.sitelines`'; the comment section's invitation and its closing ("Leave a
comment", "Comments are closed") are labels (`pipeline.maintext.labels`), its rules appeals
(`pipeline.maintext.appeals`). Patterned after no site.
"""

from __future__ import annotations

import re

from pipeline.maintext.commentnotes import is_comment_note
from pipeline.maintext.disclaimers import is_error_invite, is_report_call
from pipeline.web.html import LiteralMarks, lowers_plainly

# A typo report: "Если Вы заметите ошибку в тексте, выделите её и нажмите Ctrl+Enter",
# "Zauważyłeś błąd? Zaznacz tekst i naciśnij Ctrl+Enter", "Found a typo? Select it and press
# Ctrl+Enter". The key chord says it in every language.
_TYPO_REPORT = re.compile(r"\bctrl\s*[-+]\s*(?:enter|insert)\b", re.I)
# ... and where no key chord says it, the reader told to select the text and press (a
# button), in a line naming the error: "Select the text and click Report an error", "Выделите
# текст и нажмите кнопку «Сообщить об ошибке»", "Iezīmējiet tekstu un spiediet uz Ziņot par
# kļūdu pogas".
_TYPO_STEPS = re.compile(
    r"\b(?:select|highlight|mark) (?:the |this )?(?:text|it|them|words?)\b.{0,40}\b(?:and|then) "
    r"(?:press|click|hit|use)\b|"
    r"\bвыделите\b.{0,40}\bи нажмите\b|\bвиділіть\b.{0,40}\b[іи] натисніть\b|"
    r"\bzaznacz\w*\b.{0,40}\bi (?:naciśnij|kliknij|wciśnij)\b|"
    r"\biezīmējiet\b.{0,40}\bun (?:spiediet|nospiediet|klikšķiniet)\b|"
    r"\bpažymėkite\b.{0,40}\bir (?:spauskite|paspauskite)\b|"
    r"\bmarkieren sie\b.{0,40}\bund (?:drücken|klicken)\b",
    re.I,
)
_TYPO_STEP_WORDS = (
    *("select", "highlight", "mark ", "выделите", "виділіть", "zaznacz", "iezīmējiet"),
    *("pažymėkite", "markieren"),
)
_ERROR_WORDS = (
    *("error", "typo", "mistake", "ошибк", "помилк", "błąd", "błęd", "kļūd", "klaid", "fehler"),
    *("erreur", "coquille"),
    # a misprint, the typo's own word: "Нашли опечатку? Выделите её и нажмите ссылку"
    *("опечатк", "друкарськ", "literówk", "erro", "hata", "kesalahan", "salah ketik", "fout"),
)
# The report's question, a line of its own above the steps: "Found an error in the article?",
# "Нашли ошибку?", "Kļūda rakstā?", "Zauważyłeś błąd?", « Vous avez repéré une erreur ? » (not
# « Une erreur ? » alone: an interviewer asks it).
_TYPO_QUESTION = re.compile(
    r"(?:(?:have you |did you )?(?:found|find|seen|see|spotted|spot|noticed|notice) an? "
    r"(?:error|typo|mistake)(?: in (?:the|this) (?:article|text|story))?|"
    r"(?:error|typo|mistake) in (?:the|this) (?:article|text|story))|"
    r"(?:нашли |заметили )?(?:ошибку|опечатку)(?: в (?:тексте|статье))?|"
    r"(?:ошибка|опечатка) в (?:тексте|статье)|"
    r"(?:знайшли |помітили )?помилку(?: в (?:тексті|статті))?|"
    r"kļūda rakstā|klaida (?:straipsnyje|tekste)|(?:zauważyłeś|znalazłeś|widzisz) błąd|"
    r"fehler (?:gefunden|im (?:text|artikel))|"
    r"vous avez (?:trouvé|repéré|remarqué|relevé|vu) une (?:erreur|coquille)|"
    r"une (?:erreur|coquille) dans (?:cet article|l['’]article|ce texte|le texte)|"
    r"¿?(?:encontraste|has encontrado|viste|has visto) (?:un|algún) error|"
    r"(?:encontrou|viu|achou) (?:algum|um) erro|hai (?:trovato|notato|visto) (?:un|qualche) errore|"
    r"(?:bir )?(?:yazım )?hata (?:mı )?(?:buldunuz|gördünüz|fark ettiniz)|"
    r"(?:menemukan|melihat) (?:ada )?(?:kesalahan|salah ketik)|"
    r"(?:een )?fout (?:gezien|gevonden|ontdekt)|(?:zie|ziet) (?:je|u) een fout",
    re.I,
)
_MAX_TYPO_QUESTION = 40
# What ends the question: its marks and the blanks French sets before them (U+00A0, U+202F).
_QUESTION_END = "?？ \u00a0\u202f\u2009"
# ... and the question with the call to report it after it on the line: "Znalazłeś błąd?
# Zgłoś go nam", "¿Encontraste un error? Repórtalo", "Hai trovato un errore? Segnalacelo"
_MAX_TYPO_CALL = 30
# The site disowning its author's opinion: "Este texto não reflete, necessariamente, a opinião
# do X", "The views expressed are those of the author and do not necessarily reflect ...",
# "Мнение редакции может не совпадать с мнением автора", "Opinie wyrażone ... nie muszą
# odzwierciedlać stanowiska redakcji", « n'engagent que leur auteur ».
_OPINION = re.compile(
    r"\bnot necessarily (?:reflect|represent)s? (?:the )?(?:views?|opinions?|position)\b|"
    r"\b(?:views|opinions) expressed\b.{0,60}\b(?:are|is) (?:solely )?(?:those|that) of the "
    r"(?:author|writer)|"
    r"\bnão (?:reflete|refletem|representa)m?,? necessariamente,? (?:a |as )?opini|"
    r"\bno (?:refleja|reflejan|representa)n?,? necesariamente,? (?:la |las )?(?:opini|posici)|"
    r"\bnon (?:riflett|rappresent)\w*,? necessariamente\b|"
    r"\bne (?:reflète|reflètent|représente|représentent|engage|engagent) (?:pas )?"
    r"(?:nécessairement |que )|"
    # (French elides "ne" before a vowel: « n’engage que son auteur », « n'engagent pas la
    # rédaction »)
    r"\bn['’]engagen?t? (?:que |pas (?:nécessairement )?(?:la |le |les |l['’]))|"
    r"\bnicht (?:unbedingt|zwingend|notwendigerweise) die (?:der )?(?:Meinung|Ansicht|Redaktion)|"
    r"\bnie (?:muszą |musi )?(?:odzwierciedla|odzwierciedlają|wyrażają|wyraża) "
    r"(?:\w+ )?(?:stanowiska|poglądów|opinii)|"
    r"мнение редакции (?:может )?не (?:совпада|обязательно)|"
    r"(?:точка зрения|позиция|мнение) (?:редакции|автора) может не совпадать|"
    r"δεν (?:εκφράζ|απηχ)\w* (?:απαραίτητα )?(?:τις απόψεις|την άποψη)|"
    r"görüşleri\w* (?:yansıtmay|yansıtmaz)|"
    r"متفق ہونا ضروری نہیں|"  # ur: the site need not agree with the writer
    r"لا (?:تعبر|يعبر) (?:بالضرورة )?عن (?:رأي|وجهة نظر)",  # ar: does not express the view of
    re.I,
)
# What a disclaimer disowns the opinion of, or whose: the text, its author, the site, the
# newsroom. "The survey does not necessarily reflect the views of all residents" names none.
_OPINION_SUBJECT = re.compile(
    r"\b(?:this (?:article|text|column|piece|post|blog|content|story)|author|writer|columnist|"
    r"contributor|site|website|publication|newspaper|editors?|editorial|"
    r"texto|artigo|coluna|autor|autora|colunista|portal|jornal|redação|artículo|columna|"
    r"redacción|periódico|diario|medio|articolo|testo|autore|redazione|testata|giornale|sito|"
    r"auteurs?|autrices?|rédaction|journal|Artikel|Beitrag|Autors?|Redaktion|Zeitung|artykuł\w*|"
    r"tekst\w*|"
    r"autora?|redakcj\w*|yazar\w*|yazı\w*|gazete\w*)\b|"
    r"редакци|автор|αρθρογράφ|συντάκτ|εφημερίδ|σύνταξ|ιστοσελίδ|نگار|ادارہ|الكاتب|موقع|"
    r"الصحيفة",
    re.I,
)
# Commenting takes an account: "To comment, please log in", "Вы можете комментировать
# материалы, зарегистрировавшись на сайте", "Aby dodać komentarz, zaloguj się", "Para
# comentar, inicia sesión", "Yorum yapmak için giriş yapın".
_COMMENT_LOGIN = re.compile(
    r"^(?:please |you (?:must|need to) )?(?:be logged in|log ?in|sign ?in|register)\b.{0,30}"
    r"\bto (?:comment|post a comment|leave a comment|join the (?:conversation|discussion))|"
    r"^(?:connectez-vous|identifiez-vous|vous devez être (?:connecté|identifié|inscrit)e?s?)\b"
    r".{0,60}\b(?:comment|réagir|participer à la (?:conversation|discussion))|"
    r"^(?:to|in order to) (?:comment|post a comment|leave a comment),? (?:please )?"
    r"(?:you (?:must|need to) )?(?:log ?in|sign ?in|register)\b|"
    r"(?:^|вы можете |чтобы |необходимо |нужно )(?:комментировать|оставить комментарий|"
    r"оставлять комментарии).{0,60}(?:зарегистр|авториз|войдите)|"
    r"(?:^|ви можете |щоб |необхідно )(?:коментувати|залишити коментар).{0,60}"
    r"(?:зареєстр|авториз|увійдіть)|"
    # ... the account first: "Зарегистрируйтесь или войдите, чтобы оставить комментарий",
    # "Zaloguj się, aby dodać komentarz", "Inicia sesión para comentar"
    # (the whole line, but for a count in brackets: "Войдите в историю, чтобы оставить
    # комментарий о себе" is a sentence)
    r"^(?:(?:зарегистрируйтесь|авторизуйтесь|войдите)\b.{0,40}\bчтобы (?:оставить "
    r"комментарий|комментировать)|"
    r"(?:зареєструйтеся|авторизуйтеся|увійдіть)\b.{0,40}\bщоб (?:залишити коментар|коментувати)|"
    r"(?:zaloguj|zarejestruj) się\b.{0,30}\baby (?:(?:dodać|napisać) komentarz|skomentować)|"
    r"(?:inicia sesión|regístrate|faça login|faça o login|entre|cadastre-se|accedi|registrati)"
    r"\b.{0,30}\b(?:para|per) (?:comentar|commentare)|"
    r"(?:silakan |harap )?(?:login|masuk|daftar)\b.{0,30}\buntuk (?:berkomentar|"
    r"memberikan komentar))"
    r"\W*(?:\(.{0,40}\)\W*)?$|"
    r"\baby (?:dodać|napisać) komentarz\w*,? (?:musisz się |należy się )?"
    r"(?:zaloguj|zalogować|zarejestr)|"
    r"\b(?:para|pour|um|per) (?:comentar|commenter|zu kommentieren|commentare)\b.{0,30}"
    r"(?:inicia|regístrate|connect|inscri|anmelden|registrier|accedi|registrati|login|cadastre)|"
    r"\byorum (?:yapabilmek|yapmak) için\b.{0,30}(?:giriş|üye)|"
    r"\buntuk (?:berkomentar|memberikan komentar),? (?:silakan |anda harus )?"
    r"(?:login|masuk|daftar)|"
    r"για να (?:σχολιάσετε|αφήσετε σχόλιο).{0,40}(?:συνδεθείτε|εγγραφείτε)|"
    # German: "Um den Beitrag kommentieren zu können, müssen Sie eingeloggt sein", "Sie müssen
    # sich einloggen, um sich an einer Diskussion beteiligen zu können", the rules: "Bitte
    # halten Sie sich an unsere Netiquette"
    r"\b(?:müssen sie|sie müssen|musst du|du musst) (?:sich |dich )?(?:eingeloggt|angemeldet|"
    r"einloggen|anmelden|"
    r"registrier\w*)\b.{0,60}\b(?:kommentar\w*|kommentieren|diskussion)|"
    r"\b(?:kommentar\w*|kommentieren|diskussion)\b.{0,60}\b(?:müssen sie|sie müssen|musst du) "
    r"(?:sich |dich )?(?:eingeloggt|angemeldet|einloggen|anmelden|registrier\w*)|"
    r"\b(?:unsere|unserer|our) netiquette\b",
    re.I,
)
# A pointer to the readers' comments under the article: "Comments below", "Yorumlar ve
# Emojiler Aşağıda", "Komentarze poniżej", "Комментарии ниже", a line of its own.
_COMMENTS_BELOW = re.compile(
    r"^(?:see |read |scroll down for )?(?:the )?(?:comments?|yorumlar|komentarze|комментарии|"
    r"коментарі|kommentare|commentaires|comentarios|comentários|commenti|σχόλια|komentar)\b"
    r".{0,24}\b(?:below|aşağıda|poniżej|ниже|нижче|unten|ci-dessous|abajo|abaixo|qui sotto|"
    r"παρακάτω|di bawah)\W*$",
    re.I,
)
# An invitation to discuss the article on the site's forum or in its comments, opening its
# line: "Zapraszamy też do dyskusji na naszym forum", "Обсудить на форуме", "Discuss this
# article in our forum", "Diskutieren Sie mit", « Réagissez sur notre forum ».
_DISCUSS_INVITE = re.compile(
    r"^\W{0,3}(?:"
    r"(?:join|continue) the (?:discussion|debate) (?:on|in) (?:our|the) forums?|"
    r"discuss (?:this|it|the)(?: (?:article|story|topic))? (?:on|in) (?:our|the) forums?|"
    r"zapraszamy (?:(?:też|także|również|was|wszystkich) )*do (?:dyskusji|komentowania)|"
    r"(?:dyskutuj|podyskutuj)\w* (?:na|w) (?:\w+ )?forum|"
    r"(?:обсудить|обсуждаем|обсудите|обсуждение) (?:\w+ ){0,2}(?:на форуме|в форуме)|"
    r"(?:приглашаем|присоединяйтесь) (?:\w+ )?к обсуждению|"
    r"(?:обговорити|обговорюємо) (?:\w+ ){0,2}на форумі|"
    r"(?:запрошуємо|долучайтеся) (?:\w+ )?до обговорення|"
    r"diskutieren sie (?:mit|(?:hier |darüber )?(?:im|in unserem) forum)|"
    r"(?:discutez|débattez|réagissez)(?:[- ]en)? (?:sur|dans) (?:le|notre|nos) forums?|"
    r"venez en (?:discuter|débattre)|"
    r"(?:debate|opina|comenta|discute) (?:\w+ ){0,3}en (?:el|nuestro|nuestros) foros?|"
    r"(?:discutine|discutetene|parlane) (?:sul|nel|nei) forum|"
    r"(?:discuta|debata|comente) (?:\w+ ){0,3}no (?:nosso )?fórum|"
    r"diskutujte (?:\w+ ){0,2}(?:na|v) (?:našem |naší )?(?:fóru|diskusi)|"
    r"zapojte sa do diskusie|zapojte se do diskuse|"
    r"(?:diskusikan|diskusi kan) (?:\w+ ){0,2}di forum|"
    r"συζητήστε (?:\w+ ){0,2}(?:στο φόρουμ|στα σχόλια)|"
    r"(?:discussieer|praat) mee (?:op|in) (?:het|ons) forum|"
    r"forumda tartış"
    r")",
    re.I,
)
_MAX_NOTE = 300
# What every match holds, looked for first in the lowered line.
_MARKS = (
    "ctrl",
    *_ERROR_WORDS,  # (`_TYPO_STEPS`, `_TYPO_QUESTION`: a line naming the error)
    "necessar",
    "necesar",
    "expressed",
    "nécessairement",
    "engage",
    "reflète",
    "représente",
    "unbedingt",
    "zwingend",
    "notwendigerweise",
    "odzwierciedla",
    "wyraża",
    "редакци",
    "автора",
    "απόψ",
    "άποψη",
    "yansıt",
    "متفق",
    "تعبر",
    "يعبر",
    "comment",
    "коммент",
    "комент",
    "komentar",
    "skomentow",
    "comentar",
    "comentário",
    "komment",
    "yorum",
    "reactie",
    "σχολ",
    "σχόλ",
    # (`_DISCUSS_INVITE`)
    *("discuss", "forum", "foro", "fórum", "fóru", "dyskus", "обсу", "обгов", "обговор"),
    *("diskussion", "netiquette"),
    *("обсужд", "diskut", "discut", "débat", "réagiss", "debat", "opina", "zapojte"),
    *("diskusi", "συζητ", "praat mee", "zapraszamy", "форум", "присоедин", "долуча"),
    *("conversation", "réagir"),
    *("за собой право", "за собою право", "zastrzega", "reserves the right", "δικαίωμα"),
)
# A core each ASCII mark holds, asked of an ASCII line first (`LiteralMarks`).
_MARK_CORES = (
    *("erro", "typo", "mistake", "fehler", "klaid", "erreur", "coquille", "hata", "kesalahan"),
    *("salah ketik", "fout", "reactie"),
    *("ctrl", "neces", "expressed", "engage", "unbedingt", "zwingend", "notwendig"),
    *("odzwierc", "omment", "mentar", "skomentow", "yorum"),
    *("discu", "forum", "foro", "diskut", "debat", "opina", "zapojte", "praat mee"),
    *("zapraszamy", "dyskus", "diskus", "netiquette", "conversation"),
    *("reserves the right", "zastrzega"),
)
_MARKED = LiteralMarks(_MARKS, _MARK_CORES)
# Words one of which every match of a pattern holds, lowered: a line holding a mark
# ("declined to comment") but none of a pattern's words is not searched with it (40-70 us a
# line), where its lowered form holds every word found in it (`lowers_plainly`).
_OPINION_WORDS = (
    *("not necessarily ", "views expressed", "opinions expressed", "necessariamente"),
    *("necesariamente", "ne reflète", "ne représente", "ne engage", "die meinung", "die der "),
    *("n'engage", "n’engage"),
    *("die ansicht", "stanowiska", "poglądów", "opinii", "мнение редакции"),
    *("может не совпадать", "δεν ", "görüşleri", "متفق", "تعبر", "يعبر"),
)
# (`_COMMENT_LOGIN`: its English forms open the line, the others hold these words)
_COMMENT_LOGIN_OPENINGS = (
    *("please ", "you must ", "you need to ", "log", "sign", "register", "to ", "in order to "),
    *("connectez-vous", "identifiez-vous", "vous devez être "),
)
_COMMENT_LOGIN_WORDS = (
    *("коммент", "комент", "komentar", "comentar", "commenter", "zu kommentieren", "skomentow"),
    *("commentare", "yorum yap", "για να ", "müssen sie", "sie müssen", "musst du"),
    *("du musst", "netiquette"),
)


def is_site_note(text: str, lowered: str | None = None) -> bool:
    """A short line telling how to report a typo, disowning the author's opinion for the site,
    saying that commenting takes logging in or pointing at the comments below (module doc;
    `lowered`: `text.lower()`, when the caller has it)."""
    if len(text) >= _MAX_NOTE:
        return False
    lowered = text.lower() if lowered is None else lowered
    if _MARKED.search(lowered) is None:
        return False
    plain = lowers_plainly(lowered)
    if (
        (not plain or _holds_any(lowered, _OPINION_WORDS))
        and _OPINION.search(text) is not None
        and _OPINION_SUBJECT.search(text) is not None
    ):
        return True
    if (not plain or "ctrl" in lowered) and _TYPO_REPORT.search(text) is not None:
        return True
    if _is_typo_report(text, lowered, plain):
        return True
    if (
        not plain
        or lowered.startswith(_COMMENT_LOGIN_OPENINGS)
        or _holds_any(lowered, _COMMENT_LOGIN_WORDS)
    ) and _COMMENT_LOGIN.search(text) is not None:
        return True
    if is_comment_note(text, lowered):
        return True
    return _COMMENTS_BELOW.search(text) is not None or _DISCUSS_INVITE.match(text) is not None


def _is_typo_report(text: str, lowered: str, plain: bool) -> bool:
    """A typo report without the key chord (`_TYPO_STEPS` in a line naming the error), or its
    question on a line of its own (`_TYPO_QUESTION`) or before a call of a few words."""
    if text.endswith(("?", "？")) and len(text) <= _MAX_TYPO_QUESTION:
        return _TYPO_QUESTION.fullmatch(text.rstrip(_QUESTION_END)) is not None
    mark = text.find("?", 0, _MAX_TYPO_QUESTION)
    call = text[mark + 1 :]
    short = len(call) <= _MAX_TYPO_CALL and "," not in call and "." not in call[:-1]
    if 0 < mark and ((short and len(call.split()) <= 4) or is_report_call(call)):
        if _TYPO_QUESTION.fullmatch(text[:mark].lstrip("¿¡ ").rstrip()) is not None:
            return True  # (the call of a few words, or telling where to write)
    if is_error_invite(text):
        return True
    if plain and not (_holds_any(lowered, _TYPO_STEP_WORDS) and _holds_any(lowered, _ERROR_WORDS)):
        return False
    return _TYPO_STEPS.search(text) is not None


def _holds_any(lowered: str, words: tuple[str, ...]) -> bool:
    """One of `words` is in `lowered`."""
    for word in words:  # (a loop: any() over a generator costs more)
        if word in lowered:
            return True
    return False


# A blog theme's footer under a post, one line: when it was posted, the categories it is
# filed under, its comments' RSS feed ("This entry was posted on Monday ... and is filed under
# X. You can follow any responses to this entry through the RSS 2.0 feed.", "Der Beitrag wurde
# am ... veröffentlicht und wurde unter X abgelegt. Du kannst die Kommentare zu diesen Eintrag
# durch den RSS 2.0 Feed verfolgen."). The feed's name and the filing say it, in any language.
_POST_FOOTER = re.compile(
    r"\b(?:filed under|posted (?:on|in)|abgelegt|veröffentlicht|classé dans|publié (?:le|dans)|"
    r"archivado en|publicado (?:el|en)|archiviato in|pubblicato (?:il|in))\b.{0,300}\bRSS\b"
    r"[\s\d.]{0,6}feed|\bRSS\b[\s\d.]{0,6}feed\b.{0,300}\b(?:filed under|abgelegt)\b",
    re.I,
)
_MAX_POST_FOOTER = 600
# The same footer translated (the theme's strings exist in every language: "Ten wpis został
# dodany w 2011-12-20 @ 14:26 i znajduje się w kategorii X. Możesz śledzić odpowiedzi do tego
# wpisu poprzez RSS 2.0 kanał.") or cut short ("... through the RSS 2.0. You can leave a
# response or trackback"): the feed's version named with the post's numeric date, its clock
# time or a trackback, whatever the words around them (not a year alone: "RSS 2.0 came out
# in 2002" is a sentence about the format).
_RSS_2 = re.compile(r"\bRSS 2\.0\b")
_POSTED_WHEN = re.compile(
    r"\b\d{1,2}:\d\d\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|trackback", re.I
)


def is_post_footer(text: str) -> bool:
    """A blog theme's footer under a post (`_POST_FOOTER`, or `_RSS_2` with `_POSTED_WHEN`), a
    line under `_MAX_POST_FOOTER`."""
    if "RSS" not in text or len(text) >= _MAX_POST_FOOTER:
        return False
    if _POST_FOOTER.search(text) is not None:
        return True
    return _RSS_2.search(text) is not None and _POSTED_WHEN.search(text) is not None

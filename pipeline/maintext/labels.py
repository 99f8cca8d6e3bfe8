"""Furniture labels printed as lines, in the major news languages: "Read also", "Share",
"Comments (12)", "Advertisement", "Tags", "About the author", "Loading...", "Story continues
below advertisement", "Listen to this article", "Leave a comment", "Print", "Source: X",
"Author: X", "By X", "Follow us on Facebook", "All rights reserved".

A lexicon module of data (the logic is `is_furniture_label` and `is_furniture_heading`), the
one home of these vocabularies: the headings (`pipeline.maintext.headings`), the line
patterns (`linekinds.BOILERPLATE_LINE`, `paragraphs`) and the appeals read them from here
and spell none of them again (tests/test_maintext_lexicon.py checks). The byline words are
`pipeline.text.bylines`', shared with the metadata reader. A label is read whole: its line,
lowered and stripped of the marks at its edges, is one of `_LINE_LABELS` (a set lookup, no
pattern), so a sentence using the same words ("Residents shared their comments") is text.
Only a line's head before a colon (`_COLON_LABELS`), its opening words (`_FOLLOW_STARTS`,
`_BYLINE_WORDS`, the labels of two words or more of `_OPENINGS`) or a copyright phrase
(`_COPYRIGHT`) are read in a longer line, and only in a short one (`_MAX_LABEL_LINE`). A
heading is read as a label of the heading kinds, or in the shapes only a heading takes
(`FURNITURE_HEADING`: counts, optional words).

Languages: en fr de es pt it pl cs sk ru uk bg sr hr sl tr el id ms ar fa ur hi bn ta ja ko
zh nl sv da nb fi ro hu vi th he sw. Written from knowledge of the languages, patterned after
no site.
"""

from __future__ import annotations

import re

from pipeline.text.bylines import BYLINE_WORDS, LINE_BYLINE_WORDS, NAME_PARTICLES
from pipeline.web.html import literal_alternation

# "Read also", "Related articles", "More on this topic". (Not Indonesian "Baca juga" as a line:
# a corpus gold keeps it; as a heading, see `_RELATED_HEADINGS`.)
_RELATED = (
    "read also|also read|read more|related|related articles|related stories|related news|"
    "à lire aussi|lire aussi|sur le même sujet|lesen sie auch|mehr zum thema|"
    "das könnte sie auch interessieren|"
    "lee también|noticias relacionadas|leia também|veja também|notícias relacionadas|"
    "leggi anche|articoli correlati|czytaj także|czytaj też|zobacz także|zobacz też|"
    "čtěte také|čtěte též|související články|prečítajte si aj|súvisiace články|"
    "читайте также|читайте по теме|по теме|новости по теме|смотрите также|читайте також|"
    "прочетете още|още по темата|прочитајте још|pročitajte još|pročitajte i|pročitajte također|"
    "povezani članci|povezane vijesti|preberite tudi|sorodne novice|ilgili haberler|"
    "benzer haberler|διαβάστε επίσης|διαβάστε ακόμη|σχετικά άρθρα|berita terkait|artikel terkait|"
    "berita berkaitan|artikel berkaitan|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|مقالات ذات صلة|"
    "أخبار ذات صلة|بیشتر بخوانید|بخوانید|مطالب مرتبط|اخبار مرتبط|یہ بھی پڑھیں|مزید پڑھیں|"
    "यह भी पढ़ें|ये भी पढ़ें|और पढ़ें|संबंधित खबरें|आरও পড়ুন|আরও পড়ুন|আরো পড়ুন|সম্পর্কিত খবর|"
    "மேலும் படிக்க|இதையும் படிக்க|தொடர்புடைய செய்திகள்|関連記事|関連ニュース|あわせて読みたい|"
    "관련기사|관련 기사|관련뉴스|관련 뉴스|相关阅读|相关新闻|相关文章|相关报道|推荐阅读|延伸阅读|"
    "相關新聞|相關閱讀|相關文章|相關報導|推薦閱讀|延伸閱讀|lees ook|lees meer|"
    "gerelateerde artikelen|läs också|läs även|läs mer|relaterade artiklar|læs også|læs mere|"
    "relaterede artikler|les også|les mer|relaterte saker|lue myös|lue lisää|aiheesta lisää|"
    "citește și|citeste si|articole similare|articole conexe|kapcsolódó cikkek|"
    "olvassa el ezt is|olvasd el ezt is|ezek is érdekelhetik|tin liên quan|xem thêm|"
    "bài viết liên quan|ข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|บทความที่เกี่ยวข้อง|כתבות נוספות|"
    "קראו גם|קרא גם|כתבות קשורות|soma pia|soma zaidi|habari zinazohusiana|habari zaidi"
)
# The heading of a list of the site's latest stories, and of a box of sponsored links.
_LATEST = (
    "latest news|latest stories|najnowsze|najnowsze wiadomości|ostatnie wiadomości|"
    "последние новости|свежие новости|останні новини|son haberler|son dakika haberleri|"
    "τελευταία νέα|τελευταίες ειδήσεις|berita terkini|berita terbaru|últimas noticias|"
    "últimas notícias|ultime notizie|dernières nouvelles|dernières actualités|neueste nachrichten|"
    "aktuelle nachrichten|laatste nieuws|senaste nytt|seneste nyheder|siste nytt|"
    "uusimmat uutiset|ultimele știri|legfrissebb hírek|nejnovější zprávy|najnovšie správy|"
    "последни новини|najnovije vijesti|tin mới nhất|ข่าวล่าสุด|חדשות אחרונות|أحدث الأخبار|"
    "آخر الأخبار|آخرین اخبار|تازہ ترین خبریں|ताज़ा खबरें|ताजा खबरें|সর্বশেষ খবর|最新ニュース|"
    "최신 뉴스|habari mpya|"
    "sponsored links|advertiser links|σύνδεσμοι διαφημιζομένων|linki sponsorowane|"
    "спонсорские ссылки|enlaces patrocinados|links patrocinados|link sponsorizzati|"
    "liens sponsorisés|gesponserte links|sponsorlu bağlantılar|tautan bersponsor"
)
# The share button's label.
_SHARE = (
    "share|share this|share this article|share this story|share on|partager|partager l'article|"
    "teilen|artikel teilen|compartir|compartilhar|partilhar|condividi|udostępnij|sdílet|zdieľať|"
    "поделиться|поділитися|сподели|подели|podijeli|podeli|deli|paylaş|κοινοποίηση|"
    "μοιραστείτε|bagikan|kongsi|شارك|مشاركة|اشتراک گذاری|اشتراک‌گذاری|هم‌رسانی|شیئر کریں|"
    "शेयर करें|शेयर|শেয়ার করুন|শেয়ার|பகிர்|シェアする|シェア|공유하기|공유|delen|deel dit artikel|"
    "dela|dela artikeln|del|del artiklen|del saken|jaa|jaa artikkeli|distribuie|megosztás|"
    "chia sẻ|แชร์|שתפו|שתף|shiriki|分享|分享到"
)
# An ad slot's label, and the line over one saying the text goes on below it.
_AD = (
    "advertisement|advertising|sponsored|ad|publicité|anzeige|werbung|publicidad|publicidade|"
    "pubblicità|reklama|реклама|reklam|διαφήμιση|iklan|إعلان|اعلان|تبلیغات|آگهی|اشتہار|"
    "विज्ञापन|বিজ্ঞাপন|விளம்பரம்|広告|광고|advertentie|annons|annonce|annonse|mainos|"
    "publicitate|reclamă|hirdetés|oglas|quảng cáo|โฆษณา|פרסומת|tangazo|matangazo|广告|廣告"
)
_CONTINUES = (
    "dalsza część artykułu pod reklamą|dalsza część pod reklamą|článek pokračuje pod reklamou|"
    "článok pokračuje pod reklamou|продолжение после рекламы|продолжение статьи после рекламы|"
    "продовження після реклами|статията продължава след рекламата|"
    "članak se nastavlja ispod oglasa|članek se nadaljuje pod oglasom|"
    "het artikel gaat verder onder de advertentie|artikel gaat verder onder de advertentie|"
    "artikeln fortsätter under annonsen|artiklen fortsætter under annoncen|"
    "artiklen fortsætter efter annoncen|saken fortsetter under annonsen|"
    "artikkelen fortsetter under annonsen|artikkeli jatkuu mainoksen jälkeen|"
    "juttu jatkuu mainoksen jälkeen|articolul continuă după reclamă|"
    "articolul continuă după publicitate|a cikk a hirdetés után folytatódik|"
    "a cikk folytatódik|bài viết tiếp tục bên dưới quảng cáo|הכתבה נמשכת אחרי הפרסומת|"
    "המשך הכתבה אחרי הפרסומת|記事の続きは広告の後で|विज्ञापन के बाद पढ़ें|"
    "scroll untuk melanjutkan|scroll untuk melanjutkan membaca|gulir untuk melanjutkan"
)
# The same, in shapes (a pattern: optional words), in en fr de es pt it tr: "Story continues
# below advertisement", "Advertisement. Scroll to continue reading", « La suite après cette
# publicité », "İçeriğin Devamı Aşağıda". `pipeline.maintext.linekinds.BOILERPLATE_LINE` reads
# them alone on a line, case-blind.
CONTINUES_SHAPES = (
    r"(?:Advertisement[\s.:-]*)?Scroll (?:down )?to continue(?: reading| with content)?\.?|"
    r"(?:Story|Article|Content|Text) continues (?:below|after)(?: this| the)?"
    r"(?: advertisement| ad)?|Continue reading (?:below|after (?:the )?(?:advertisement|ad))|"
    r"La suite (?:de l'article )?(?:après|ci-dessous)(?: (?:cette|la) publicité)?|"
    r"Weiterlesen nach der Anzeige|Artikel wird nach der Anzeige fortgesetzt|"
    r"(?:Continúa|Sigue) (?:leyendo )?(?:después|tras) (?:de )?la publicidad|"
    r"Continua (?:depois|após) (?:d)?a publicidade|(?:L'articolo )?continua dopo la pubblicità|"
    r"(?:[İIi]çeriğin|[Hh]aberin|[Yy]azının) [Dd]evamı(?: [Aa]şağıda)?"
)
# The label over the article's tags.
_TAGS = (
    "tags|tag|topics|keywords|mots-clés|mots clés|thèmes|schlagworte|schlagwörter|themen|"
    "etiquetas|temas|argomenti|tagi|tematy|témata|štítky|témy|značky|теги|тэги|темы|мітки|"
    "етикети|тагове|oznake|tagovi|etiketler|ετικέτες|كلمات مفتاحية|الوسوم|وسوم|برچسب‌ها|"
    "برچسب ها|برچسب|ٹیگز|टैग|টैग|ট্যাগ|குறிச்சொற்கள்|タグ|태그|trefwoorden|onderwerpen|taggar|"
    "ämnen|emner|aiheet|avainsanat|etichete|címkék|từ khóa|thẻ|แท็ก|תגיות|lebo|vitambulisho|"
    "标签|標籤"
)
# The heading of an author box.
_ABOUT_AUTHOR = (
    "about the author|about the writer|à propos de l'auteur|über den autor|über die autorin|"
    "sobre el autor|acerca del autor|sobre o autor|sull'autore|o autorze|o autorovi|"
    "об авторе|про автора|за автора|о аутору|o autoru|o avtorju|yazar hakkında|"
    "σχετικά με τον συγγραφέα|tentang penulis|tentang pengarang|عن الكاتب|عن المؤلف|"
    "درباره نویسنده|مصنف کے بارے میں|लेखक के बारे में|লেখক সম্পর্কে|ஆசிரியர் பற்றி|"
    "この記事を書いた人|著者について|기자 소개|over de auteur|over de schrijver|om skribenten|"
    "om författaren|om forfatteren|kirjoittajasta|tietoa kirjoittajasta|despre autor|"
    "a szerzőről|về tác giả|เกี่ยวกับผู้เขียน|על הכותב|על הכותבת|kuhusu mwandishi"
)
# A script's placeholder.
_LOADING = (
    "loading|chargement|chargement en cours|wird geladen|lädt|cargando|carregando|"
    "caricamento|ładowanie|načítám|načítání|načítava sa|загрузка|завантаження|зареждане|"
    "учитавање|učitavanje|nalaganje|yükleniyor|φόρτωση|memuat|memuatkan|جار التحميل|"
    "جاري التحميل|در حال بارگذاری|لوڈ ہو رہا ہے|लोड हो रहा है|লোড হচ্ছে|ஏற்றுகிறது|"
    "読み込み中|로딩중|로딩 중|laden|bezig met laden|laddar|indlæser|laster|ladataan|"
    "se încarcă|betöltés|đang tải|กำลังโหลด|טוען|inapakia"
)
# A newsletter sign-up's label, whole.
_NEWSLETTER = (
    "sign up for our newsletter|subscribe to our newsletter|inscrivez-vous à notre newsletter|"
    "abonnieren sie unseren newsletter|newsletter abonnieren|suscríbete a nuestro boletín|"
    "suscríbete a nuestra newsletter|assine a nossa newsletter|assine nossa newsletter|"
    "iscriviti alla nostra newsletter|iscriviti alla newsletter|zapisz się na nasz newsletter|"
    "zapisz się na newsletter|přihlaste se k odběru newsletteru|"
    "prihláste sa na odber newslettera|подпишитесь на нашу рассылку|"
    "підпишіться на нашу розсилку|абонирайте се за нашия бюлетин|"
    "prijavite se na naš newsletter|prijavite se za naš bilten|prijavite se na e-novice|"
    "bültenimize abone olun|εγγραφείτε στο newsletter μας|berlangganan newsletter kami|"
    "langgan surat berita kami|اشترك في نشرتنا البريدية|اشترك في النشرة البريدية|"
    "عضویت در خبرنامه|ہمارے نیوز لیٹر کے لیے سائن اپ کریں|"
    "हमारे न्यूज़लेटर के लिए साइन अप करें|আমাদের নিউজলেটার সাবস্ক্রাইব করুন|"
    "ニュースレターに登録する|ニュースレターに登録|뉴스레터 구독하기|뉴스레터 구독|"
    "schrijf je in voor onze nieuwsbrief|abonneer je op onze nieuwsbrief|"
    "prenumerera på vårt nyhetsbrev|prenumerera på nyhetsbrevet|tilmeld dig vores nyhedsbrev|"
    "tilmeld dig nyhedsbrevet|meld deg på nyhetsbrevet vårt|meld deg på nyhetsbrevet|"
    "tilaa uutiskirjeemme|tilaa uutiskirje|abonează-te la newsletter|"
    "iratkozzon fel hírlevelünkre|iratkozz fel hírlevelünkre|đăng ký nhận bản tin|"
    "สมัครรับจดหมายข่าว|הירשמו לניוזלטר שלנו|הירשמו לניוזלטר|jiandikishe kupokea jarida letu"
)
# The read-aloud player's label, the comment form's invitation, the print button.
_LISTEN = (
    "listen to this article|listen to the article|listen to this story|listen to the story|"
    "écouter cet article|"
    "écouter l'article|artikel anhören|escuchar este artículo|escuchar la noticia|"
    "ouvir este artigo|ouvir esta notícia|ascolta l'articolo|ascolta questo articolo|"
    "posłuchaj artykułu|poslechnout článek|poslechněte si článek|прослушать статью|"
    "послушать статью|makaleyi dinle|haberi dinle|ακούστε το άρθρο|dengarkan artikel|"
    "dengar artikel|استمع إلى المقال|استمع للمقال|شنیدن این خبر|یہ خبر سنیں|यह खबर सुनें|"
    "खबर सुनें|খবরটি শুনুন|記事を聞く|この記事を聞く|기사 듣기|기사듣기|收听本文|听新闻|"
    "luister naar dit artikel|lyssna på artikeln|lyt til artiklen|lytt til saken|"
    "lytt til artikkelen|kuuntele artikkeli|ascultă articolul|hallgassa meg a cikket|"
    "прослухати статтю|чуй статията|poslušajte članak|slušaj članak|poslušajte članek|"
    "vypočujte si článok|nghe bài viết|ฟังข่าว|האזינו לכתבה|sikiliza makala"
)
_COMMENT_FORM = (
    "leave a comment|add a comment|write a comment|post a comment|leave your comment|"
    "add your comment|write your comment|post your comment|submit a comment|"
    "submit your comment|join the conversation|join the discussion|laisser un commentaire|"
    "ajouter un commentaire|écrire un commentaire|kommentar schreiben|deja tu comentario|"
    "deja un comentario|escribe un comentario|escribe tu comentario|deixe um comentário|"
    "deixe seu comentário|deixe o seu comentário|lascia un commento|"
    "dodaj komentarz|napisz komentarz|přidat komentář|napsat komentář|оставить комментарий|"
    "добавить комментарий|yorum yaz|yorum yap|αφήστε ένα σχόλιο|γράψτε σχόλιο|tulis komentar|"
    "tinggalkan komentar|tinggalkan komen|أضف تعليقا|أضف تعليقاً|اترك تعليقا|ارسال نظر|"
    "تبصرہ کریں|टिप्पणी करें|মন্তব্য করুন|கருத்து தெரிவிக்க|コメントを書く|コメントする|"
    "댓글 쓰기|댓글쓰기|댓글 작성|发表评论|發表評論|plaats een reactie|reageer|"
    "lämna en kommentar|skriv en kommentar|legg igjen en kommentar|jätä kommentti|kommentoi|"
    "lasă un comentariu|szóljon hozzá|szólj hozzá|залишити коментар|додати коментар|"
    "добави коментар|напиши коментар|ostavite komentar|ostavi komentar|dodaj komentar|"
    "komentiraj|pridať komentár|napísať komentár|gửi bình luận|viết bình luận|"
    "แสดงความคิดเห็น|הוסיפו תגובה|הוסף תגובה|כתבו תגובה|toa maoni"
)
# The comment section shut or folded: "Comments are closed", "Show comments".
_COMMENTS_CLOSED = (
    "comments are closed|comments are now closed|comment is closed|comments is closed|"
    "comment are closed|comments is now closed|comment is now closed|comment are now closed|"
    "show comments|view comments|les commentaires sont fermés|kommentare sind geschlossen|"
    "los comentarios están cerrados|комментарии закрыты"
)
_PRINT = (
    "print|print this article|imprimer|drucken|imprimir|stampa|drukuj|tisk|vytisknout|"
    "версия для печати|печать|yazdır|εκτύπωση|cetak|طباعة|چاپ|پرنٹ کریں|प्रिंट करें|"
    "প্রিন্ট করুন|அச்சிடு|印刷する|印刷|인쇄하기|인쇄|打印|打印本页|列印|列印本頁|afdrukken|"
    "printen|"
    "skriv ut|udskriv|tulosta|printează|nyomtatás|друк|надрукувати|печат|ispis|štampaj|"
    "natisni|tlačiť|in bài viết|พิมพ์|הדפסה|הדפס|chapisha"
)
_COMMENTS = (
    "comments|comment|commentaires|kommentare|comentarios|comentários|commenti|komentarze|"
    "komentáře|komentáre|комментарии|коментарі|коментари|komentari|komentarji|yorumlar|"
    "σχόλια|komentar|komen|تعليقات|التعليقات|نظرات|دیدگاه‌ها|تبصرے|टिप्पणियां|टिप्पणियाँ|"
    "মন্তব্য|கருத்துகள்|コメント|댓글|评论|評論|reacties|kommentarer|kommentit|comentarii|"
    "hozzászólások|bình luận|ความคิดเห็น|תגובות|maoni"
)


def _key(label: str) -> str:
    """A line or a label as looked up: lowered, the marks at its edges (the colon of "Tags:",
    the dots of "Loading...", bullets, arrows, brackets) stripped."""
    return _lowered(label).strip(_EDGE_MARKS)


def _lowered(text: str) -> str:
    """`text` in lower case, Turkish "İ" as "i" (lower() gives "i" and a dot above)."""
    lowered = text.lower()
    if _DOT_ABOVE in lowered:
        lowered = lowered.replace(_DOTTED_I, "i")
    return lowered


_DOT_ABOVE = "\u0307"
_DOTTED_I = "i" + _DOT_ABOVE
# (str.strip, not a pattern: re tries "[\W_]+$" at every position of every line; the blanks
# are every one \s matches: "Partager\xa0:" in French typography)
_BLANKS = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_EDGE_MARKS = (
    _BLANKS + ".,;:：。…·•|»«›‹>→↓▶►■□●○◆◇▲△※★☆*#-–—_/\\()[]{}（）【】「」『』\"'“”‘’!?！？¡¿"
)
_DIGITS = "0123456789০১২৩৪৫৬৭৮৯٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९"
_COUNT_MARKS = _EDGE_MARKS + _DIGITS  # also the count of "Comments (12)", "12 Kommentare"
_LINE_LABELS = frozenset(
    _key(w)
    for kind in (
        _RELATED,
        _LATEST,
        _SHARE,
        _AD,
        _CONTINUES,
        _TAGS,
        _ABOUT_AUTHOR,
        _LOADING,
        _NEWSLETTER,
        _COMMENTS,
        _LISTEN,
        _COMMENT_FORM,
        _COMMENTS_CLOSED,
        _PRINT,
    )
    for w in kind.split("|")
)
_COUNTED_LABELS = frozenset(_key(w) for w in _COMMENTS.split("|"))
# The kinds a heading names as a block: a related list, an author box, the comments and their
# form ("Leave a comment" over it).
_HEADING_KINDS = (_RELATED, _ABOUT_AUTHOR, _COMMENTS, _COMMENT_FORM)
_HEADING_LABELS = frozenset(_key(w) for kind in _HEADING_KINDS for w in kind.split("|"))
# What only a heading says, or says in more shapes than a label (a count, an optional word):
# "Most read", "You may also like", "3 Comments", "12 responses to ...", "文章评论", "关于作者".
# A line saying it is text ("Most read" opens a sentence), a heading naming it is furniture.
_ABOUT_AUTHOR_HEADINGS = (
    r"about (?:the )?(?:author|writer|editor|reporter)s?|author bio(?:graphy)?|"
    # English reviews and guides ask it: "Who curated this article?", "Meet the experts"
    r"who (?:wrote|curated|edited|reviewed|tested for) this(?: (?:article|story|post|guide|"
    r"review|list|piece))?|meet (?:the|our) (?:author|writer|reviewer|tester|expert)s?|"
    r"about (?:our|this) (?:author|writer|reviewer|tester|expert)s?|"
    r"(?:edit[öo]r|yazar) hakk[ıi]nda|(?:sobre|acerca) d?el autor|"
    r"σχετικά με (?:τον|τη|την) συγγραφέα|作者简介|作者簡介|关于作者|關於作者"
)
_RELATED_HEADINGS = (
    r"related(?: (?:articles?|stories|news|posts|content|coverage|reading))?|"
    r"(?:you )?(?:may|might) also (?:like|be interested in|enjoy)|more (?:stories|news)|"
    r"most (?:read|popular|viewed)|recommended(?: for you)?|read (?:also|next)|"
    r"лучшее|популярное|самое (?:читаемое|популярное)|"
    r"[çc]ok okunanlar|baca juga|terpopuler|meistgelesen|les plus lus|"
    r"lo más leído|te puede interesar|mais lidas|i più letti|najpopularniejsze|meest gelezen|"
    r"δημοφιλή|热门推荐|猜你喜欢|人気記事|관련\s?기사|많이 본 뉴스"
)
# The count over the comments under a Chinese post ("已有3件评论", "共有12条留言"): a heading
# after the post's title ("《标题》已有1件评论"), and a line (`pipeline.maintext.paragraphs`).
ZH_COMMENT_COUNT = r"(?:已有|共有)\s*\d+\s*(?:件|条|條|个|個|篇)?\s*(?:评论|評論|回复|回覆|留言)"
_ZH_COUNT_HEADING = re.compile(rf"^\W{{0,3}}.{{0,120}}{ZH_COMMENT_COUNT}\W{{0,3}}$", re.S)
_ZH_COUNT_MARK = "有"  # (in both verbs: the pattern is tried only on a line holding it)
_COMMENTS_HEADINGS = (
    r"(?:\d+ )?(?:comments?|responses?|replies)(?: to .{1,120})?|"
    r"(?:leave|post|add|write) a reply|"
    r"(?:\d+ )?(?:yorum(?:lar)?|комментари[йи]?|komentar(?:ze|e)?|kommentare?|"
    r"commentaires?|comentarios?|commenti|reacties)(?: \(\d+\))?|"
    r"(?:网友|網友|文章|读者|讀者|发表|發表|最新|热门|熱門)?(?:评论|評論)\s*[(（]?\d*[)）]?"
)
# A heading that is only the name of a furniture block: one of those shapes, or a label of
# the heading kinds above, with at most three marks at each edge, matched in the lowered text
# (re.I enters every one of a hundred branches to fail it; a literal branch is skipped on its
# first character). (The labels are looked up too, stripped of any marks: `_HEADING_LABELS`.)
FURNITURE_HEADING = re.compile(
    rf"^\W{{0,3}}(?:{_ABOUT_AUTHOR_HEADINGS}|{_RELATED_HEADINGS}|{_COMMENTS_HEADINGS}|"
    + literal_alternation(w for kind in _HEADING_KINDS for w in kind.split("|"))
    + r")\W{0,3}$",
    re.S,
)
# An author box's heading alone (`pipeline.maintext.headings` takes its section with it).
_AUTHOR_HEADING = re.compile(
    rf"^\W{{0,3}}(?:{_ABOUT_AUTHOR_HEADINGS}|"
    + literal_alternation(_ABOUT_AUTHOR.split("|"))
    + r")\W{0,3}$",
    re.S,
)
# A label before a colon: the source, the author (a byline word: `pipeline.text.bylines`),
# the tags (every label of `_TAGS`). Not the photographer's credit ("Foto: X", "Фото: X"): it
# stands under a picture, and the corpora's golds keep it as the caption's text (the English
# and French "Photo:" of BOILERPLATE_LINE predate this).
_COLON_LABELS = frozenset(
    _key(w)
    for w in (
        "source|sources|quelle|fuente|fonte|źródło|zdroj|источник|джерело|източник|извор|izvor|"
        "vir|kaynak|πηγή|sumber|المصدر|منبع|ذرائع|ذریعہ|स्रोत|সূত্র|ஆதாரம்|出典|出处|출처|bron|"
        "källa|kilde|lähde|sursa|sursă|forrás|nguồn|ที่มา|מקור|chanzo"
    ).split("|")
    + list(BYLINE_WORDS)
    + _TAGS.split("|")
)
_MAX_COLON_HEAD = 24
_MAX_COLON_REST = 80
# "By Name": the word, then a name of `_MAX_NAME_WORDS` words at most (the words read in a
# line of text: `pipeline.text.bylines`).
_BYLINE_WORDS = frozenset(LINE_BYLINE_WORDS)
_MAX_NAME_WORDS = 4
# An invitation to follow the site, by its opening words (a network name must follow).
_FOLLOW_STARTS = (
    "follow us",
    "suivez-nous",
    "folgen sie uns",
    "síguenos",
    "siga-nos",
    "seguici",
    "obserwuj nas",
    "sledujte nás",
    "подписывайтесь на нас",
    "стежте за нами",
    "слідкуйте за нами",
    "последвайте ни",
    "pratite nas",
    "sledite nam",
    "bizi ",
    "ακολουθήστε μας",
    "ikuti kami",
    "تابعونا",
    "تابعنا",
    "ما را در",
    "ہمیں",
    "हमें",
    "volg ons",
    "följ oss",
    "følg os",
    "følg oss",
    "seuraa meitä",
    "urmărește-ne",
    "urmăriți-ne",
    "kövessen minket",
    "kövess minket",
    "theo dõi chúng tôi",
    "ติดตามเรา",
    "עקבו אחרינו",
    "ফেসবুকে আমাদের",
    "tufuate",
)
_NETWORKS = (
    "facebook",
    "twitter",
    "instagram",
    "telegram",
    "youtube",
    "tiktok",
    "whatsapp",
    "fejsbuk",
    "فيسبوك",
    "فیس بک",
    "فیسبوک",
    "اینستاگرام",
    "تلگرام",
    "फेसबुक",
    "ফেসবুকে",
    "פייסבוק",
    "בפייסבוק",
)
# "All rights reserved" and its kin, closing a short line ("© 2025 X. All rights reserved.").
_COPYRIGHT = (
    "tous droits réservés",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "tutti i diritti riservati",
    "wszelkie prawa zastrzeżone",
    "všechna práva vyhrazena",
    "všetky práva vyhradené",
    "все права защищены",
    "усі права захищені",
    "всі права захищені",
    "всички права запазени",
    "сва права задржана",
    "sva prava pridržana",
    "sva prava zadržana",
    "vse pravice pridržane",
    "tüm hakları saklıdır",
    "παντός δικαιώματος",
    "hak cipta dilindungi",
    "hak cipta terpelihara",
    "جميع الحقوق محفوظة",
    "تمامی حقوق",
    "کلیه حقوق",
    "جملہ حقوق محفوظ",
    "सर्वाधिकार सुरक्षित",
    "সর্বস্বত্ব সংরক্ষিত",
    "அனைத்து உரிமைகளும்",
    "無断転載を禁じます",
    "無断転載禁止",
    "무단전재 및 재배포 금지",
    "무단 전재",
    "alle rechten voorbehouden",
    "alla rättigheter förbehållna",
    "alle rettigheder forbeholdes",
    "alle rettigheter forbeholdt",
    "kaikki oikeudet pidätetään",
    "toate drepturile rezervate",
    "minden jog fenntartva",
    "bản quyền thuộc về",
    "สงวนลิขสิทธิ์",
    "כל הזכויות שמורות",
    "haki zote zimehifadhiwa",
)
# The phrases that open a copyright line with more after them ("Bản quyền thuộc về Báo X",
# "Hak cipta dilindungi undang-undang", "تمامی حقوق این سایت محفوظ است"); the others close it.
_COPYRIGHT_OPENINGS = (
    "bản quyền thuộc về",
    "hak cipta",
    "무단전재",
    "무단 전재",
    "تمامی حقوق",
    "کلیه حقوق",
    "جملہ حقوق",
)
# The first and last `_EDGE_CHARS` characters of those openings and phrases, looked up first
# (a tuple's startswith tries each of its strings; Thai and Japanese put no space after a
# first word).
_EDGE_CHARS = 2
_FOLLOW_HEADS = frozenset(p[:_EDGE_CHARS] for p in _FOLLOW_STARTS)
_FOLLOW_LABELS = frozenset(_key(p) for p in _FOLLOW_STARTS)  # alone: "Follow us:" over icons
# Labels also read opening a short line, with at most so many characters after them: "Listen
# to this article • 4 min", "Leave a comment (log in first)", "Comments are closed on this
# post". The comment prompts are also the appeals' (`is_comment_prompt`).
_LISTEN_REST = 40
_COMMENT_REST = 20


def _by_head(*kinds: tuple[str, int]) -> dict[str, list[tuple[str, int]]]:
    """The labels of two words or more of `kinds` (labels, the characters allowed after them)
    by their first `_EDGE_CHARS` characters. (One word opening a line may be a sentence's
    verb: "Reageer niet op ...".)"""
    by_head: dict[str, list[tuple[str, int]]] = {}
    for words, most in kinds:
        for word in words.split("|"):
            if " " in word:
                by_head.setdefault(word[:_EDGE_CHARS], []).append((word, most))
    return by_head


_OPENINGS = _by_head(
    (_LISTEN, _LISTEN_REST), (_COMMENT_FORM, _COMMENT_REST), (_COMMENTS_CLOSED, _COMMENT_REST)
)
_COMMENT_PROMPTS = frozenset(_key(w) for w in (_COMMENT_FORM + "|" + _COMMENTS_CLOSED).split("|"))
_COPYRIGHT_HEADS = frozenset(p[:_EDGE_CHARS] for p in _COPYRIGHT_OPENINGS)
_COPYRIGHT_TAILS = frozenset(p[-_EDGE_CHARS:] for p in _COPYRIGHT)
_MAX_LABEL_LINE = 120


def is_furniture_label(text: str) -> bool:
    """A furniture label alone on its line, a short "Label: value" line (source, author,
    tags), a byline, an invitation to follow the site (alone, or naming a network) or a
    copyright line."""
    if len(text) > _MAX_LABEL_LINE:
        return False
    key = _key(text)
    if key in _LINE_LABELS or key in _FOLLOW_LABELS:
        return True
    if (key[-1:].isdigit() or key[:1].isdigit()) and key.strip(_COUNT_MARKS) in _COUNTED_LABELS:
        return True
    colon = text.find(":", 0, _MAX_COLON_HEAD + 1)
    if colon < 0:
        colon = text.find("：", 0, _MAX_COLON_HEAD + 1)
    if 0 < colon and len(text) - colon <= _MAX_COLON_REST and _key(text[:colon]) in _COLON_LABELS:
        return True
    space = key.find(" ")
    if key[:space] in _BYLINE_WORDS and _is_byline(text):
        return True
    head = key[:_EDGE_CHARS]
    if head in _OPENINGS and _opening(key, head) is not None:
        return True
    if head in _FOLLOW_HEADS and key.startswith(_FOLLOW_STARTS):
        return any(n in key for n in _NETWORKS)
    if head in _COPYRIGHT_HEADS and key.startswith(_COPYRIGHT_OPENINGS):
        return True
    return key[-_EDGE_CHARS:] in _COPYRIGHT_TAILS and key.endswith(_COPYRIGHT)


def _opening(key: str, head: str) -> str | None:
    """The label of `_OPENINGS` that opens `key` as a whole word with no more than its number
    of characters after it, or None."""
    for word, most in _OPENINGS[head]:
        if key.startswith(word):
            rest = key[len(word) :]
            if len(rest) <= most and not (rest[:1].isalnum() or rest[:1] == "_"):
                return word
    return None


def is_comment_prompt(text: str) -> bool:
    """A short line opening with an invitation to comment or the notice that comments are
    closed (`_COMMENT_FORM`, `_COMMENTS_CLOSED`)."""
    if len(text) > _MAX_LABEL_LINE:
        return False
    key = _key(text)
    head = key[:_EDGE_CHARS]
    return head in _OPENINGS and _opening(key, head) in _COMMENT_PROMPTS


def _counted(key: str) -> str:
    """`key` without a count at its edges ("comments (12" -> "comments")."""
    if key[:1].isdigit() or key[-1:].isdigit():
        return key.strip(_COUNT_MARKS)
    return key


def _is_byline(text: str) -> bool:
    """ "By Name": a byline word, then one to `_MAX_NAME_WORDS` words of a name (each
    capitalised, or a particle such as "de", or in a script without case)."""
    words = text.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS + 1 or words[0].lower() not in _BYLINE_WORDS:
        return False
    name = words[1:]
    if not name[0][:1].isupper() and name[0][:1].islower():
        return False  # a cased word in lower case opens no name
    return all(
        w[:1].isupper() or not w[:1].islower() or w in NAME_PARTICLES for w in name
    ) and not text.endswith((".", "!", "?", "。"))


def is_author_heading(text: str) -> bool:
    """A heading naming an author box ("About the author", "Who curated this article?")."""
    return _AUTHOR_HEADING.match(_lowered(text)) is not None


def is_furniture_heading(text: str) -> bool:
    """A heading naming a related list, a comment thread or form or an author box, in the
    languages above: a label of those kinds (with a count, or marks at its edges) or one of
    the headings' own shapes (`FURNITURE_HEADING`)."""
    lowered = _lowered(text)
    if len(text) <= _MAX_LABEL_LINE:
        key = lowered.strip(_EDGE_MARKS)
        if key in _HEADING_LABELS or _counted(key) in _COUNTED_LABELS:
            return True
    if _ZH_COUNT_MARK in text and _ZH_COUNT_HEADING.match(text):
        return True
    return FURNITURE_HEADING.match(lowered) is not None

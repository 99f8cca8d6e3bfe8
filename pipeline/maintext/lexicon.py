"""The word lists of the furniture labels (data, no logic): what `pipeline.maintext.labels`
builds its lookups and heading patterns from, and the one place each word is written (the
words of following a site on a network are in `socialwords`).
Strings of labels joined by "|" (whole labels, looked up lowered and stripped of marks),
tuples of opening or closing phrases, and pattern sources for the shapes only a heading
takes (`*_HEADINGS`, lowered text) or a whole line (`CONTINUES_SHAPES`, case-blind).

Languages: en fr de es pt it pl cs sk ru uk bg sr hr sl tr el id ms ar fa ur hi bn ta ja ko
zh nl sv da nb fi ro hu lt lv et vi th he sw. Written from knowledge of the languages, patterned
after no site.
"""

from __future__ import annotations

# The heading of an author box: written in `text.bylines` (the metadata reads it too).
from pipeline.text.bylines import ABOUT_AUTHOR as ABOUT_AUTHOR

# "Read also", "Related articles", "More on this topic". (Not Indonesian "Baca juga" as a line:
# a corpus gold keeps it; as a heading, see `RELATED_HEADINGS`.)
RELATED = (
    "read also|also read|read more|related|related articles|related stories|related news|"
    "also in the news|"
    "à lire aussi|lire aussi|sur le même sujet|lesen sie auch|mehr zum thema|"
    "das könnte sie auch interessieren|"
    "lee también|noticias relacionadas|leia também|veja também|notícias relacionadas|"
    "leggi anche|articoli correlati|czytaj także|czytaj też|zobacz także|zobacz też|"
    "čtěte také|čtěte též|související články|prečítajte si aj|súvisiace články|"
    "читайте также|читайте по теме|по теме|новости по теме|смотрите также|читайте також|"
    "ссылки по теме|статьи по теме|похожие статьи|материалы по теме|другие материалы по теме|"
    "читайте другие материалы по теме|другие новости по теме|матеріали за темою|новини за темою|"
    "также в разделе|ещё по теме|еще по теме|"
    "прочетете още|още по темата|прочитајте још|pročitajte još|pročitajte i|pročitajte također|"
    "povezani članci|povezane vijesti|preberite tudi|sorodne novice|ilgili haberler|"
    "benzer haberler|önerilen haberler|διαβάστε επίσης|διαβάστε ακόμη|σχετικά άρθρα|"
    "berita terkait|artikel terkait|berita berkaitan|artikel berkaitan|"
    "اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|مقالات ذات صلة|"
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
    "קראו גם|קרא גם|כתבות קשורות|soma pia|soma zaidi|habari zinazohusiana|habari zaidi|"
    "материалы по теме|похожие новости|похожие материалы|другие новости|матеріали за темою|"
    "схожі новини|ilginizi çekebilir|bunlar da ilginizi çekebilir|berita lainnya|"
    "artikel lainnya|σχετικές ειδήσεις|powiązane artykuły|przeczytaj też|przeczytaj także|"
    "δείτε επίσης|δείτε ακόμη|ayrıca okuyun|ayrıca bakınız|ayrica okuyun|ayrica bakiniz|vedi anche|"
    # and in no, fi, bg, sr, ca, lt, hu, uk, ro, he, th, ms, sk, hr (read more, read also)
    "relaterte artikler|aiheeseen liittyvät|свързани новини|свързани статии|повезане вести|"
    "povezane vesti|notícies relacionades|articles relacionats|llegiu també|llegeix també|"
    "llegeix més|susiję straipsniai|taip pat skaitykite|skaityti daugiau|ezt is ajánljuk|"
    "читати далі|citește mai mult|קרא עוד|קראו עוד|อ่านต่อ|baca lagi|čítajte viac|"
    "pročitajte više|опширније|прочитајте више|"
    # ... in lv and et, and the box's other names in nl, sv, da, nb, fi, cs, sk, hu, ro, bg, hr,
    # sr, vi, ja, ko, fa ("Meer over dit onderwerp", "Mohlo by vás zajímat", "Vidi još")
    "lasi arī|lasiet arī|saistītie raksti|saistītās ziņas|loe ka|loe lisaks|seotud artiklid|"
    "seotud uudised|meer over dit onderwerp|dit vind je misschien ook interessant|"
    "mer om ämnet|mere om emnet|mer om temaet|lisää aiheesta|více k tématu|mohlo by vás zajímat|"
    "související zprávy|viac k téme|mohlo by vás zaujímať|kapcsolódó hírek|ajánlott cikkek|"
    "te-ar putea interesa|kapcsolódó|вижте още|vidi još|погледајте још|tin cùng chuyên mục|"
    "関連リンク|こちらもおすすめ|おすすめ記事|추천 기사|مطالب پیشنهادی|関連エントリ|関連エントリー|"
    "関連する記事|こちらの記事もおすすめ|مواضيع ذات صلة|أخبار متعلقة|đọc thêm|ข่าวแนะนำ|"
    "ये खबर भी पढ़ें|यह खबर भी पढ़ें|संबंधित ख़बरें|"
    # the same box's labels as German, Spanish, French, Italian, Portuguese and English pages
    # also print them ("Auch interessant:", "Schon gelesen?", "Zum Weiterlesen", "Notas
    # relacionadas", "Keep reading"): a label alone, or opening a short line
    # (`labels.is_furniture_label`)
    "auch interessant|ebenfalls interessant|auch lesenswert|schon gelesen|zum weiterlesen|"
    "weiterlesen|weitere themen|weitere artikel|weitere beiträge|ähnliche artikel|"
    "ähnliche beiträge|passend zum thema|empfehlungen aus der redaktion|"
    "das könnte dich auch interessieren|das könnte euch auch interessieren|"
    "das thema könnte dich auch interessieren|das thema könnte sie auch interessieren|"
    "notas relacionadas|artículos relacionados|también te puede interesar|"
    "lire également|à lire également|leia mais|leggi di più|ti potrebbe interessare|"
    "potrebbe interessarti|keep reading|more on this|more on this topic|you may also like|"
    "you might also like|"
    # the box's other French names
    "à voir aussi|à découvrir aussi|vous aimerez aussi|vous aimerez également|"
    "dans la même rubrique"
)
# A read-also label opening a line whose rest is one link to another story ("MIRA: <a>...</a>",
# "Siehe auch: <a>...</a>"), besides `RELATED`'s: words that are a sentence's when alone on a
# line, read only before a link (`pipeline.maintext.readalso`): Indonesian "Baca juga" too,
# which `RELATED` leaves to a corpus gold as a line alone. Not "Lee", "Lea": names of
# speakers in a transcript ("Lee: ...").
READ_ALSO = (
    "mira|mirá|lea también|lea además|lee además|ver también|ve también|vea también|"
    "véase también|te puede interesar|le puede interesar|te podría interesar|"
    "te recomendamos|también lee|siehe auch|lesetipp|lesen sie dazu|lesen sie mehr|mehr dazu|"
    "see also|also see|read|more|don't miss|must read|recommended|voir aussi|à voir aussi|"
    # (French capitals drop the accent, "A lire aussi : <a>": read before a link only, as
    # "A lire aussi :" over paragraphs of reviews is text in a snippet gold)
    "a lire aussi|a lire également|a voir aussi|"
    "à lire|lire|vedi anche|leggi|guarda anche|saiba mais|veja|leia|confira|przeczytaj też|"
    "przeczytaj także|czytaj również|polecamy|czytaj|zobacz|ayrıca okuyun|ayrıca bakınız|"
    "baca|baca juga|simak juga|lihat juga|ilgili haber|читайте|читайте еще|читайте ещё|"
    "смотрите|přečtěte si také|zie ook|se även|se også|katso myös|vezi și|vezi si|"
    "διαβάστε|також читайте|阅读|閱讀"
)
# A read-more link closing a line, besides `RELATED`'s ("read more", "weiterlesen", "läs
# mer"): the label alone is taken off (`pipeline.maintext.readalso`).
READ_MORE = (
    "more|continue reading|read the full story|full story|mehr|mehr lesen|leer más|"
    "seguir leyendo|más|ver más|lire la suite|la suite|en savoir plus|continua a leggere|"
    "leggi tutto|czytaj więcej|więcej|czytaj dalej|ler mais|continue lendo|devamını oku|"
    "devamı|selengkapnya|baca selengkapnya|читать далее|подробнее|далее|читать полностью|"
    "阅读全文|更多|lees verder|tovább|đọc tiếp|اقرأ المزيد|ادامه مطلب|続きを読む|더보기|"
    "čtěte více|číst dále|περισσότερα"
)
# The heading of a list of the site's latest stories, and of a box of sponsored links.
LATEST = (
    "latest news|latest stories|najnowsze|najnowsze wiadomości|ostatnie wiadomości|"
    "последние новости|свежие новости|останні новини|son haberler|son dakika haberleri|"
    "τελευταία νέα|τελευταίες ειδήσεις|berita terkini|berita terbaru|últimas noticias|"
    "últimas notícias|ultime notizie|dernières nouvelles|dernières actualités|neueste nachrichten|"
    "aktuelle nachrichten|laatste nieuws|senaste nytt|seneste nyheder|siste nytt|"
    "uusimmat uutiset|ultimele știri|legfrissebb hírek|nejnovější zprávy|najnovšie správy|"
    "последни новини|najnovije vijesti|tin mới nhất|ข่าวล่าสุด|חדשות אחרונות|أحدث الأخبار|"
    "آخر الأخبار|آخرین اخبار|تازہ ترین خبریں|ताज़ा खबरें|ताजा खबरें|সর্বশেষ খবর|最新ニュース|"
    "최신 뉴스|habari mpya|"
    # the same in da, fi, hu, he, bn, ta, sk, hr, sr, ca, lt
    "seneste nyt|tuoreimmat|legfrissebb|מבזקים|সর্বশেষ|சமீபத்திய செய்திகள்|najnovšie|"
    "najnovije|најновије|últimes notícies|naujausios|jaunākās ziņas|viimased uudised|"
    "sponsored links|advertiser links|スポンサードリンク|スポンサード リンク|"
    "σύνδεσμοι διαφημιζομένων|linki sponsorowane|"
    "спонсорские ссылки|enlaces patrocinados|links patrocinados|link sponsorizzati|"
    "liens sponsorisés|gesponserte links|sponsorlu bağlantılar|tautan bersponsor|"
    "sponsored content|partner content|sponsorlu içerik|konten sponsor|konten bersponsor|"
    "contenido patrocinado|conteúdo patrocinado|contenuto sponsorizzato|contenu sponsorisé|"
    "contenus sponsorisés|gesponserte inhalte|treści sponsorowane|спонсорский контент|"
    "новости партнеров|новости партнёров|новини партнерів|ειδήσεις από τους συνεργάτες μας"
)
# The share button's label.
SHARE = (
    "share|share this|share this article|share this story|share on|partager|partager l'article|"
    "partager cet article|partagez|partagez cet article|"
    "teilen|artikel teilen|compartir|compartilhar|partilhar|condividi|udostępnij|sdílet|zdieľať|"
    "поделиться|поділитися|сподели|подели|podijeli|podeli|deli|paylaş|κοινοποίηση|"
    "μοιραστείτε|bagikan|kongsi|شارك|مشاركة|اشتراک گذاری|اشتراک‌گذاری|هم‌رسانی|شیئر کریں|"
    "शेयर करें|शेयर|শেয়ার করুন|শেয়ার|பகிர்|シェアする|シェア|공유하기|공유|delen|deel dit artikel|"
    "dela|dela artikeln|del|del artiklen|del saken|jaa|jaa artikkeli|distribuie|megosztás|"
    "chia sẻ|แชร์|שתפו|שתף|shiriki|分享|分享到|comparteix|del artikkelen|"
    # a blog tool's translated share label ("Share this:"): de, es, pt, nl, da and nb, sv
    "teilen mit|comparte esto|compartilhe isso|compartilhe|dit delen|del dette|dela detta|"
    # the share box's button copying the article's address
    "copy link|copy the link|copier le lien|link kopieren|copiar enlace|copiar link|"
    "copiar o link|copia link|copia il link|kopiuj link|kopírovat odkaz|скопировать ссылку|"
    "копировать ссылку|скопіювати посилання|linki kopyala|αντιγραφή συνδέσμου|salin tautan|"
    "salin link|نسخ الرابط|کپی لینک|لنک کاپی کریں|कॉपी लिंक|लिंक कॉपी करें|リンクをコピー|"
    "링크 복사|复制链接|複製連結|link kopiëren|kopiera länk|kopier link|kopioi linkki|"
    "copiază link|link másolása|sao chép liên kết|คัดลอกลิงก์|העתק קישור|dalintis|dalinkitės|"
    "kopieer link|kopier lenke|kopiraj poveznicu|kopiraj link|копирай линк|копирај линк|"
    "kopírovať odkaz|kopijuoti nuorodą|kopēt saiti|kopeeri link|dalīties|jaga|"
    # ... and before the networks' names ("Deel op Facebook", "Dela på X": `labels`' share bar)
    "deel op|deel via|dela på|del på|sdílet na|zdieľať na|distribuie pe|podijeli na|подели на|"
    "сподели във|chia sẻ lên|شارك على|شارك عبر|แชร์ไปยัง"
)
# An ad slot's label, and the line over one saying the text goes on below it.
AD = (
    "advertisement|advertising|sponsored|ad|publicité|anzeige|werbung|publicidad|publicidade|"
    "pubblicità|reklama|реклама|reklam|διαφήμιση|iklan|إعلان|اعلان|تبلیغات|آگهی|اشتہار|"
    "विज्ञापन|বিজ্ঞাপন|விளம்பரம்|広告|광고|advertentie|annons|annonce|annonse|mainos|"
    "publicitate|reclamă|hirdetés|oglas|quảng cáo|โฆษณา|פרסומת|tangazo|matangazo|广告|廣告|"
    "publicitat|reklame|оглас|reklāma|reklaam"
)
CONTINUES = (
    "dalsza część artykułu pod reklamą|dalsza część pod reklamą|"
    "dalsza część artykułu pod materiałem wideo|dalsza część artykułu pod wideo|"
    "článek pokračuje pod reklamou|článok pokračuje pod reklamou|"
    "продолжение после рекламы|продолжение статьи после рекламы|"
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
    r"(?:Le texte|L['’]article) (?:se poursuit|continue) (?:après|sous|ci-dessous)"
    r"(?: la publicité)?|"
    r"Weiterlesen nach der (?:Anzeige|Werbung)|Lesen Sie nach der (?:Anzeige|Werbung) weiter|"
    r"(?:Der )?Artikel (?:wird|geht) (?:nach|unter) der (?:Anzeige|Werbung) "
    r"(?:fortgesetzt|weiter)|"
    r"(?:Continúa|Sigue) (?:leyendo )?(?:después|tras) (?:de )?la publicidad|"
    r"Continua (?:depois|após) (?:d)?a publicidade|(?:L'articolo )?continua dopo la pubblicità|"
    r"(?:[İIi]çeriğin|[Hh]aberin|[Yy]azının) [Dd]evamı(?: [Aa]şağıda)?"
)
# The label over the article's tags.
TAGS = (
    "tags|tag|topics|keywords|mots-clés|mots clés|thèmes|schlagworte|schlagwörter|themen|"
    "etiquetas|temas|argomenti|tagi|tematy|témata|štítky|témy|značky|теги|тэги|темы|мітки|"
    "етикети|тагове|oznake|tagovi|etiketler|ετικέτες|كلمات مفتاحية|الوسوم|وسوم|برچسب‌ها|"
    "برچسب ها|برچسب|ٹیگز|टैग|টैग|ট্যাগ|குறிச்சொற்கள்|タグ|태그|trefwoorden|onderwerpen|taggar|"
    "ämnen|emner|aiheet|avainsanat|etichete|címkék|từ khóa|thẻ|แท็ก|תגיות|lebo|vitambulisho|"
    "stikkord|tagy|ознаке|etiquetes|žymės|метки|ключевые слова|ключові слова|słowa kluczowe|"
    "anahtar kelimeler|kata kunci|palavras-chave|palabras clave|parole chiave|etichette|"
    "λέξεις-κλειδιά|birkas|tēmas|atslēgvārdi|märksõnad|sildid|teemad|taguri|แท็กที่เกี่ยวข้อง|"
    "标签|標籤"
)
# A script's placeholder.
LOADING = (
    "loading|chargement|chargement en cours|wird geladen|lädt|cargando|carregando|"
    "caricamento|ładowanie|načítám|načítání|načítava sa|загрузка|завантаження|зареждане|"
    "загружается|загружается, подождите|идет загрузка|завантажується|trwa ładowanie|"
    "учитавање|učitavanje|nalaganje|yükleniyor|φόρτωση|memuat|memuatkan|جار التحميل|"
    "جاري التحميل|در حال بارگذاری|لوڈ ہو رہا ہے|लोड हो रहा है|লোড হচ্ছে|ஏற்றுகிறது|"
    "読み込み中|로딩중|로딩 중|laden|bezig met laden|laddar|indlæser|laster|ladataan|"
    "se încarcă|betöltés|đang tải|กำลังโหลด|טוען|inapakia|ielādē|laadimine"
)
# A newsletter sign-up's label, whole.
NEWSLETTER = (
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
    "สมัครรับจดหมายข่าว|הירשמו לניוזלטר שלנו|הירשמו לניוזלטר|jiandikishe kupokea jarida letu|"
    "prenumeruokite naujienlaiškį|užsiprenumeruokite naujienlaiškį|telli uudiskiri"
)
# The read-aloud player's label, the comment form's invitation, the print button.
LISTEN = (
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
    "vypočujte si článok|nghe bài viết|ฟังข่าว|האזינו לכתבה|sikiliza makala|"
    "klausyti straipsnio|klausīties rakstu|kuula artiklit"
)
COMMENT_FORM = (
    "leave a comment|add a comment|write a comment|post a comment|leave your comment|"
    "add your comment|write your comment|post your comment|submit a comment|add your opinion|"
    "submit your comment|join the conversation|join the discussion|laisser un commentaire|"
    "ajouter un commentaire|écrire un commentaire|kommentar schreiben|kommentieren|"
    "deja tu comentario|deja un comentario|escribe un comentario|escribe tu comentario|"
    "deixe um comentário|deixe seu comentário|deixe o seu comentário|lascia un commento|"
    "dodaj komentarz|napisz komentarz|přidat komentář|napsat komentář|оставить комментарий|"
    "ваше мнение|ваш комментарий|ваш коментар|ваша думка|twój komentarz|το σχόλιό σας|"
    "добавить комментарий|yorum yaz|yorum yap|αφήστε ένα σχόλιο|γράψτε σχόλιο|tulis komentar|"
    "réagir|réagissez|réagir à cet article|commenter cet article|"
    "tinggalkan komentar|tinggalkan komen|أضف تعليقا|أضف تعليقاً|اترك تعليقا|ارسال نظر|"
    "تبصرہ کریں|टिप्पणी करें|মন্তব্য করুন|கருத்து தெரிவிக்க|コメントを書く|コメントする|"
    "댓글 쓰기|댓글쓰기|댓글 작성|发表评论|發表評論|plaats een reactie|reageer|"
    "lämna en kommentar|skriv en kommentar|legg igjen en kommentar|jätä kommentti|kommentoi|"
    "lasă un comentariu|szóljon hozzá|szólj hozzá|залишити коментар|додати коментар|"
    "добави коментар|напиши коментар|ostavite komentar|ostavi komentar|dodaj komentar|"
    "komentiraj|pridať komentár|napísať komentár|gửi bình luận|viết bình luận|"
    "แสดงความคิดเห็น|הוסיפו תגובה|הוסף תגובה|כתבו תגובה|toa maoni|rašyti komentarą|"
    "komentēt|kommenteeri|оставите коментар|napište komentář"
)
# The comment section shut or folded: "Comments are closed", "Show comments".
COMMENTS_CLOSED = (
    "comments are closed|comments are now closed|comment is closed|comments is closed|"
    "comment are closed|comments is now closed|comment is now closed|comment are now closed|"
    "show comments|view comments|les commentaires sont fermés|kommentare sind geschlossen|"
    "los comentarios están cerrados|комментарии закрыты|voir les commentaires|"
    "afficher les commentaires|kommentare geschlossen|commenti chiusi|comentarios cerrados|"
    # ... in nl, sv, da, nb, fi, cs, sk ("Bekijk de reacties", "Vis kommentarer")
    "bekijk de reacties|toon reacties|visa kommentarer|vis kommentarer|näytä kommentit|"
    "zobrazit diskusi|zobrazit komentáře|vstoupit do diskuse|zobraziť diskusiu|zobraziť komentáre"
)
PRINT = (
    "print|print this article|imprimer|drucken|imprimir|stampa|drukuj|tisk|vytisknout|"
    "версия для печати|печать|yazdır|εκτύπωση|cetak|طباعة|چاپ|پرنٹ کریں|प्रिंट करें|"
    "প্রিন্ট করুন|அச்சிடு|印刷する|印刷|인쇄하기|인쇄|打印|打印本页|列印|列印本頁|afdrukken|"
    "printen|"
    "skriv ut|udskriv|tulosta|printează|nyomtatás|друк|надрукувати|печат|ispis|štampaj|"
    "natisni|tlačiť|in bài viết|พิมพ์|הדפסה|הדפס|chapisha|প্রিন্ট|штампај|imprimeix|spausdinti|"
    "drukāt|prindi"
)
COMMENTS = (
    "comments|comment|commentaires|kommentare|comentarios|comentários|commenti|komentarze|"
    "komentáře|komentáre|комментарии|коментарі|коментари|komentari|komentarji|yorumlar|"
    "σχόλια|komentar|komen|تعليقات|التعليقات|نظرات|دیدگاه‌ها|تبصرے|टिप्पणियां|टिप्पणियाँ|"
    "মন্তব্য|கருத்துகள்|コメント|댓글|评论|評論|reacties|kommentarer|kommentit|comentarii|"
    "hozzászólások|bình luận|ความคิดเห็น|תגובות|maoni|diskusia|comentaris|komentarai|"
    "komentāri|kommentaarid|diskuse|ý kiến bạn đọc"
)
# What only a heading says, or says in more shapes than a label (a count, an optional word):
# "Most read", "You may also like", "3 Comments", "12 responses to ...", "文章评论", "关于作者".
# A line saying it is text ("Most read" opens a sentence), a heading naming it is furniture.
ABOUT_AUTHOR_HEADINGS = (
    r"about (?:the )?(?:author|writer|editor|reporter)s?|author bio(?:graphy)?|"
    # English reviews and guides ask it: "Who curated this article?", "Meet the experts"
    r"who (?:wrote|curated|edited|reviewed|tested for) this(?: (?:article|story|post|guide|"
    r"review|list|piece))?|meet (?:the|our) (?:author|writer|reviewer|tester|expert)s?|"
    r"about (?:our|this) (?:author|writer|reviewer|tester|expert)s?|"
    # a blog's profile of its writer, in its sidebar ("About Me" over the blogger's bio)
    r"about me|"
    r"(?:edit[öo]r|yazar) hakk[ıi]nda|(?:sobre|acerca) d?el autor|"
    r"σχετικά με (?:τον|τη|την) συγγραφέα|作者简介|作者簡介|关于作者|關於作者"
)
RELATED_HEADINGS = (
    r"related(?: (?:articles?|stories|news|posts|content|coverage|reading))?|"
    r"(?:you )?(?:may|might) also (?:like|be interested in|enjoy)|more (?:stories|news)|"
    r"most (?:read|popular|viewed)|recommended(?: for you)?|read (?:also|next)|"
    # the section's other stories under the article ("Also in World News", "Also in UK News")
    r"also in (?:[a-z&' ]{1,30} )?news|"
    r"лучшее|популярное|самое (?:читаемое|популярное)|"
    r"[çc]ok okunanlar|baca juga|terpopuler|meistgelesen|les plus lus|"
    r"lo más leído|te puede interesar|mais lidas|i più letti|najpopularniejsze|meest gelezen|"
    r"δημοφιλή|热门推荐|猜你喜欢|人気記事|관련\s?기사|많이 본 뉴스|"
    # "most read" in sv, da, nb, fi, uk, ro, hu, he, th, vi, bn, ta, ms, sk, bg, hr, sr, ca, lt
    r"mest lästa?|mest læste|mest lest|luetuimmat|найпопулярніше|найчитаніше|cele mai citite|"
    r"legolvasottabb|הנקראים ביותר|ยอดนิยม|đọc nhiều(?: nhất)?|সর্বাধিক পঠিত|"
    r"அதிகம் படித்தவை|paling popular|najčítanejšie|най-четени|najčitanije|најчитаније|"
    r"més llegi(?:des|ts)|skaitomiausi|nejčtenější|lasītākie|loetuimad|enim loetud|"
    r"الأكثر (?:قراءة|مشاهدة)|پربازدیدترین|アクセスランキング|सबसे (?:ज्यादा|ज़्यादा) पढ़ी गई|"
    r"ข่าวยอดนิยม|人気の記事|많이 본 기사|인기 기사"
)
# The count over the comments under a Chinese post ("已有3件评论", "共有12条留言"): a heading
# after the post's title ("《标题》已有1件评论"), and a line (`pipeline.maintext.paragraphs`).
ZH_COMMENT_COUNT = r"(?:已有|共有)\s*\d+\s*(?:件|条|條|个|個|篇)?\s*(?:评论|評論|回复|回覆|留言)"
COMMENTS_HEADINGS = (
    # (a bare "Response" is no count of them: a section's heading, "Request" / "Response")
    r"(?:\d+ )?(?:comments?|responses|replies)(?: to .{1,120})?|(?:\d+ )?response to .{1,120}|"
    r"\d+ response|"
    r"(?:leave|post|add|write) a reply|"
    # a box of the readers' comments picked by the desk, over them ("Wybrane komentarze":
    # a Polish tabloid prints one between two sections of its story)
    r"(?:selected|featured|top|best) comments|wybrane komentarze|najlepsze komentarze|"
    r"ausgewählte kommentare|избранные комментарии|лучшие комментарии|"
    r"commentaires sélectionnés|comentarios destacados|commenti selezionati|"
    r"öne çıkan yorumlar|komentar pilihan|"
    r"(?:\d+ )?(?:yorum(?:lar)?|комментари[йи]?|komentar(?:ze|e)?|kommentare?|"
    r"commentaires?|comentarios?|commenti|reacties)(?: \(\d+\))?|"
    r"(?:网友|網友|文章|读者|讀者|发表|發表|最新|热门|熱門)?(?:评论|評論)\s*[(（]?\d*[)）]?"
)
# The label of a source before a colon ("Source: X"), read as the authors' and the tags'
# labels are (`labels._COLON_LABELS`).
SOURCE_LABELS = (
    "source|sources|quelle|fuente|fonte|źródło|zdroj|источник|джерело|източник|извор|izvor|"
    "vir|kaynak|πηγή|sumber|المصدر|منبع|ذرائع|ذریعہ|स्रोत|সূত্র|ஆதாரம்|出典|出处|출처|bron|"
    "källa|kilde|lähde|sursa|sursă|forrás|nguồn|ที่มา|מקור|chanzo|źródła|fuentes|fontes|fonti|"
    "πηγές|джерела|источники|šaltinis|avots|allikas|по материалам|по материалам источника|"
    "за матеріалами|na podstawie"
)
# "All rights reserved" and its kin, closing a short line ("© 2025 X. All rights reserved.").
COPYRIGHT = (
    *("tous droits réservés", "alle rechte vorbehalten", "todos los derechos reservados"),
    *("todos os direitos reservados", "tutti i diritti riservati", "wszelkie prawa zastrzeżone"),
    *("všechna práva vyhrazena", "všetky práva vyhradené", "все права защищены"),
    *("усі права захищені", "всі права захищені", "всички права запазени", "сва права задржана"),
    *("sva prava pridržana", "sva prava zadržana", "vse pravice pridržane", "tüm hakları saklıdır"),
    *("παντός δικαιώματος", "hak cipta dilindungi", "hak cipta terpelihara", "جميع الحقوق محفوظة"),
    *("تمامی حقوق", "کلیه حقوق", "جملہ حقوق محفوظ", "सर्वाधिकार सुरक्षित", "সর্বস্বত্ব সংরক্ষিত"),
    *("அனைத்து உரிமைகளும்", "無断転載を禁じます", "無断転載禁止"),
    *("무단전재 및 재배포 금지", "무단 전재"),
    *("alle rechten voorbehouden", "alla rättigheter förbehållna", "alle rettigheder forbeholdes"),
    *("alle rettigheter forbeholdt", "kaikki oikeudet pidätetään", "toate drepturile rezervate"),
    *("minden jog fenntartva", "bản quyền thuộc về", "สงวนลิขสิทธิ์", "כל הזכויות שמורות"),
    *("haki zote zimehifadhiwa",),
)
# The phrases that open a copyright line with more after them ("Bản quyền thuộc về Báo X",
# "Hak cipta dilindungi undang-undang", "تمامی حقوق این سایت محفوظ است"); the others close it.
COPYRIGHT_OPENINGS = (
    "bản quyền thuộc về",
    "hak cipta",
    "무단전재",
    "무단 전재",
    "تمامی حقوق",
    "کلیه حقوق",
    "جملہ حقوق",
)

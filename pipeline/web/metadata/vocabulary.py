"""The words and patterns the byline and name readers match (data, no logic): byline
openers ("By", "Written by", "Par"...), the joiners between names, words that are no person's
name (roles, desks, organisations, interface words, places), Chinese and Korean reporter credits
("（记者 张三）", "홍길동 기자").
"""

from __future__ import annotations

import re

from pipeline.text.bylines import BYLINE_WORDS, COLON_BYLINE_WORDS, ENGLISH_ROLES
from pipeline.text.scripts import HAN_CHAR
from pipeline.web.html import literal_alternation

# Words that put a name after them on a byline: "By", "Par", "Por", "Von", "di", "Door",
# "Przez", "Autor:", "Автор:", "Του", "كتب" (`pipeline.text.bylines`).
_BY_WORDS = literal_alternation(BYLINE_WORDS)
# The words before "by" on a byline: "Written by", "Photos by"; the first four are read in a
# line of the text after the title too (`_BYLINE_LINE`).
_LINE_BY_VERBS = "written|reported|text|words|story"
_BY_VERBS = _LINE_BY_VERBS + "|co-authored|opinion|posted|published|photos?|edited"
# ... and in a byline's text: those, "Written by", "作者：", "记者", "文丨".
# "Written by" in other languages, and the writer-and-photographer openers: "Escrito por",
# "Scritto da", "Écrit par", "Geschrieben von", "Ein Beitrag von", "Publicado por", "Írta:",
# "Ditulis oleh", "Γράφει ο", "Texte et photos :", "Story and photos by".
_WRITTEN_BY = (
    r"(?:escrito|escrita|publicado) por|scritto da|(?:é|e)crit par|geschrieben von|"
    r"ein beitrag von|un article de|reportagem de|ditulis oleh|viết bởi|skrevet a[fv]|"
    r"skrivet av|kirjoittanut|scris de|napisa[lł]a?|написал[аи]?|írta|yazan|"
    # Indonesian "report by the outlet's reporter, Name": "Laporan Wartawan Tribunnews.com, X"
    r"laporan (?:wartawan|reporter|jurnalis|koresponden)[^,\n]{0,40},|"
    r"γράφει(?:\s+(?:ο|η))?|(?:story|text|words) and photos by|"
    r"(?:texte et photos?|text und fotos?|texto y fotos?|texto e fotos?|testo e foto)|"
    # a piece's kind and "by": "Ein Kommentar von", "Eine Analyse von", "Une chronique de",
    # "Una columna de", "Un análisis de", "Un commento di", "Een column van"
    r"eine? (?:kommentar|gastbeitrag|gastkommentar|analyse|essay|kolumne|glosse|bericht|"
    r"reportage|interview) von|une? (?:chronique|tribune|analyse|éditorial|billet|"
    r"reportage|enquête) de|una? (?:columna|crónica|análisis|opinión|tribuna|artículo|"
    r"reportaje) de|uma? (?:coluna|crônica|análise|opinião|artigo|reportagem) de|"
    r"un (?:commento|editoriale|articolo|reportage) di|una (?:analisi|rubrica) di|"
    r"een (?:column|analyse|commentaar|essay) van"
)
# Greek "with" bylines, the name in the accusative: "Με τον Νίκο Καρύδη", "Με την Άννα Ζήση".
_GREEK_WITH = r"(?:με|από)\s+(?:τον|την)"
# The Greek article before a byline's name, which gives its case and gender: "Του" (his),
# "Της" (hers), "Με τον" (with him), "Με την" (with her).
_GREEK_CASE_LEAD = re.compile(r"^(?:(?:με|από)\s+)?(του|της|τον|την)\s+", re.I)
# Words that name the writer only before a colon ("Text: Anna Berger, Fotos: ...",
# "Texte : ...", "Текст: ...", "Reporter: ... | Editor: ...", "Wartawan: ..."): a word of the
# story elsewhere.
# (`text.bylines.COLON_BYLINE_WORDS`, and the words of a reporter's or speaker's label)
_COLON_BYLINE_WORDS = "|".join(
    (
        *COLON_BYLINE_WORDS,
        *("words", "reporter", "reporterin", "reportera", "wartawan", "jurnalis", "periodista"),
        *("giornalista", "journalist", "journaliste", "dziennikarz", "novinář", "記者", "筆者"),
        "撰文",
    )
)
# The labels of the other roles a byline may name after the writer ("Fotos: Jan Kühn",
# "Editor: Ani Lestari", "Photos : Jean Petit", "фото: ..."): where one follows a name, the
# name ends there.
_OTHER_ROLE_LABELS = frozenset(
    "editor editors editing edition édition redaktor redaktur redakcja redakce edición "
    "edição edizione "
    "rédaction photo photos foto fotos fotó fotografer fotograf fotografía fotografia "
    "fotografie zdjęcia zdjęcie фото фотограф видео video vídeo vidéo illustration "
    "illustrations infographie infografik kamera montage graphics grafik".split()
)
# A part of a byline crediting the pictures, not the text: "Photos by Jane Doe",
# "Photography by ...", "Fotos von ...", "Photos de ...", "Fotos de ...", "Foto di ...".
_PICTURE_CREDIT = re.compile(
    r"^(?:photos?|photograph(?:s|y)|pictures?|images?|videos?|illustrations?|graphics|"
    r"fotos?|fotografías?|fotografie|fotografia|vidéos?|vídeos?|zdjęcia|фото)"
    r"\s+(?:by|von|de|di|por|par|od)\s",
    re.I,
)
# A part of a byline crediting the editing or the checking, not the text: "Edited by Jane
# Doe", "Editing by ...", "Reviewed by ...", "Fact-checked by ...", "Editor: ...", "Édité
# par ...", "Redigiert von ...", "Editado por ...", "A cura di ...".
_EDITING_CREDIT = re.compile(
    r"^(?:edited|editing|reviewed|fact[- ]checked|copy[- ]edited|(?:é|e)dit(?:é|e)e? par|"
    r"redigiert von|editado por|editada por|a cura di)\s|^editor\s*:",
    re.I,
)
# A place a byline's name was written from, after it: "Jane Doe in London", "Juan Pérez en
# Bogotá", "Marie Dupont à Paris", "Anna Berger aus Berlin" (then capitalised words only).
_FROM_PLACE_WORDS = frozenset({"in", "from", "à", "en", "em", "aus", "desde", "depuis"})
# Chinese and Japanese labels of the writer before a colon, a slash or "＝": "撰稿：",
# "执笔：", "取材・文／", "構成・文：", "文・写真：", "執筆者：", "著者：", "ライター：".
_CJK_WRITER_LABELS = "取材・文|構成・文|文・写真|文と写真|執筆者|執筆|执笔|著者|ライター|撰稿"
# The label of a blog theme's link to an author's page, the name after it: WordPress's "View
# all posts by X" as its translations print it ("Zeige alle Beiträge von X", "Voir tous les
# articles de X", "Ver todas las entradas de X", "Visualizza tutti gli articoli di X", "Bekijk
# alle berichten van X"), "Posts by X", "Erstellt von X" (German "created by").
_ALL_POSTS_BY = (
    r"(?:(?:view|see|show) all |more )?(?:posts|articles|stories) by|"
    r"(?:zeige |alle )?(?:alle )?(?:beiträge|artikel) von|erstellt von|"
    r"(?:voir|afficher) tous les articles (?:de|par)|ver todas las entradas de|"
    r"ver todos (?:os|los) (?:artigos|artículos|posts) de|visualizza tutti gli articoli di|"
    r"bekijk alle berichten van"
)
_BYLINE = re.compile(
    rf"^(?:(?:{_BY_VERBS})\s+by|{_BY_WORDS}|{_CJK_WRITER_LABELS}|作者|记者|撰文|文)(?![^\W\d_])"
    r"\s*[:：丨|/／・｜＝=]?\s*"
    rf"|^(?:{_COLON_BYLINE_WORDS})\s*[:：]\s*|^{_GREEK_WITH}\s+|^(?:{_WRITTEN_BY})\s*[:：]?\s*"
    rf"|^(?:{_ALL_POSTS_BY})\s+",
    re.I,
)
# The words joining two authors' names: "A and B", « A et B », "Von A und B", "Por A y B",
# "A e B", "A i B", "A dan B" (Indonesian, Malay), "A och B", "A ja B", "A és B", "A și B",
# "A та B", "A và B", "A और B". Matched in any case, or in lower case only: the short words
# that are also a name or an initial ("Dan Brown", "E. Smith").
_JOINERS_ANY_CASE = ("and", "et", "und", "og", "ve", "oraz", "with", "avec", "mit", "con", "com")
# (and Arabic and Persian "و" set apart by blanks, Thai "และ")
_JOINERS_LOWER = (
    *("y", "e", "i", "и", "και", "dan", "och", "ja", "és", "și", "та", "і", "và", "और"),
    *("و", "และ"),
)
_JOINER = f"(?i:{'|'.join(_JOINERS_ANY_CASE)})|{'|'.join(_JOINERS_LOWER)}"
# Dutch "en" and Czech and Slovak "a" (and) between two full names: "Jan de Vries en Piet
# Jansen", "Jan Novák a Petr Svoboda"; a word of a place's name elsewhere ("Juan Pérez en
# Los Ángeles", "Marco Rossi a New York": the second name opens with a place's first word).
_PLACE_FIRST_WORDS = (
    "New|Los|Las|San|Santa|Santo|Saint|Sankt|St|Buenos|Hong|Rio|Río|São|Sao|Tel|Abu|Kuala|"
    "Nueva|Nuevo|Puerto|Porto|Costa|Ciudad|Le|La|El|Al|Den|Der"
)
_NAMES_JOINED_EN_A = re.compile(
    r"(?<=[^\W\d_]) (?:en|a) (?=(?!(?:" + _PLACE_FIRST_WORDS + r")\b)[^\W\d_][^\s,;]* "
    r"(?:(?:van|de|der|den|ten|ter|el|al|von) )*[^\W\d_][^\s,;]*$)"
)
# Several authors in one string: joined as above, or "A & B", "A、B", "A; B", "A, B",
# "A | B", "A / B", "A - Site", one a line.
_AUTHOR_SPLIT = re.compile(
    rf"\s*(?:[;；、/|,，\n&·•ㆍ]|\s[-–—]\s|(?<=\s)(?:{_JOINER})(?=\s)|\s和\s?|\s与\s?)\s*"
)
_BLANK_RUN = re.compile(r"[^\S\n]{2,}")  # two or more blanks in a row, newlines aside
_CLOCK_WORDS = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "utc", "gmt", "et", "pt", "est", "edt"}
_PARENS = re.compile(r"[()（）\[\]]")
# A bracket after a name that holds a place and, after a comma, a role in lower case: "Cécile
# Ducourtieux (Bruxelles, bureau européen)", "(Pékin, correspondant)": who and where, no name.
_PLACE_AND_ROLE = re.compile(
    r"[(（][ \t]*[^\W\d_][^()（）,\n]{0,40},[ \t]*[a-zß-ÿа-я][^()（）\n]{0,60}[)）]"
)
# (or middle names: "Bruno (Henrique Zecchin) Rodrigues", up to three words)
_NICKNAME = re.compile(
    r"(?<=[^\W\d_] )[(（]([^\W\d_][^()（）\s]{0,11}(?: [^\W\d_][^()（）\s]{0,11}){0,2})[)）]"
    r"(?= [^\W\d_])"
)
# Words of byline furniture that are not a name on their own.
_NOT_NAMES = {
    "follow",
    "share",
    "email",
    "e-mail",
    "more",
    "view",
    "profile",
    "admin",
    "posted",
    "updated",
    "published",
    # a tool's label in the byline's box ("Print" beside "Email"), in a few languages
    *"print imprimir imprimer drucken tweet".split(),
    # Chinese words a credit's place may hold instead of a name: compiled, wrote, translated,
    # (from) the files, the editor's note, the year's
    *("整理", "撰稿", "撰文", "执笔", "執筆", "编译", "編譯", "资料", "資料", "编者", "編者"),
    "年度",
    # a German byline's furniture left alone once its date is cut ("vom 12.03.2020", "vor 2
    # Tagen", "Publiziert am ..."), or a link's word ("Beitrag", "Edit", "Über", "Mehr")
    *"vom vor publiziert veröffentlicht beitrag edit bearbeiten über mehr kontaktieren".split(),
    # "ago" before a relative time's number, left alone once it is cut ("prije 2 sata")
    *"prije před pred hace há".split(),
}
# Words of a link's label ("View Full Profile", "See all articles"), not of a name.
_UI_WORDS = _NOT_NAMES | {
    *"full see all read articles posts stories bio on no author comments text size small".split(),
    *"medium large login log in sign register".split(),
    *"alle beiträge artikel zur person artikelübersicht mich zeige anzeigen".split(),  # German
}
# A location or affiliation after a name: "em Porto Alegre", "in London", "for the blog".
_PLACE_WORDS = {"em", "en", "in", "à", "a", "from", "for", "de", "da", "do", "w", "в", "во", "z"}
# A byline opening with "our" names a desk, not a person: "Our Foreign Staff", "Our
# Correspondent", "Notre correspondant", "Nuestro corresponsal", "Unser Korrespondent",
# "Nasz korespondent", "Наш корреспондент".
_DESK_POSSESSIVES = {
    *"our notre nos nuestro nuestra nuestros unser unsere unserem nasz nasza nostro nostra".split(),
    *"nosso nossa onze наш наша наши".split(),
    "নিজস্ব",  # Bengali "own": "নিজস্ব প্রতিবেদক" (own correspondent)
}
_NOT_NAME_WORD = re.compile(r"\d|^@|@.*\.|^https?:|^www\.")
_DOMAIN = re.compile(r"\w\.(?:com|net|org|co|gov|edu|info|news|[a-z]{2})\b", re.I)
# Whole words of a writer's role that end a name in a byline ("Nick Triggle Health
# correspondent", "Jane Doe Senior Writer"), matched whole after lower-casing (not as the
# stems of text.bylines.BYLINE_ROLES, which would cut "Editorial" or "Reporters" too): the
# English roles, their modifiers, and other languages' forms as bylines print them.
_ROLE_WORDS = {
    *ENGLISH_ROLES,
    *"contributing staff senior chief deputy intern anchor".split(),
    *"journaliste correspondant correspondante envoyé envoyée".split(),
    *"periodista redactor redactora giornalista redakteur redakteurin redaktor dziennikarz".split(),
    *"корреспондент обозреватель журналист penulis".split(),
    *"editör editörü muhabir üyesi".split(),
    "muhabiri",  # "AA Muhabiri": the agency's reporter
    # and in the languages the dev corpora lack or hold few of, the masculine and feminine
    # forms: "Олена Коваленко, кореспондентка", "Sanne de Vries, verslaggever", "Nagy Péter,
    # újságíró", "राहुल शर्मा, संवाददाता" (not the roles Arabic, Persian and Thai print before
    # the name)
    *"корреспондентка журналистка обозревательница кореспондент кореспондентка".split(),
    *"журналіст журналістка оглядач оглядачка репортер репортерка кореспондент".split(),
    *"verslaggever verslaggeefster redacteur redactrice correspondente".split(),
    *"korrespondent korrespondentin journalistin reporterin redakteurin".split(),
    *"jornalista repórter correspondente colunista corresponsal columnista".split(),
    *"corrispondente inviato inviata cronista chroniqueur chroniqueuse".split(),
    *"dziennikarka korespondent korespondentka redaktorka reporterka".split(),
    *"redaktorka novinář novinářka reportér reportérka zpravodaj zpravodajka".split(),
    *"novinár novinárka spravodajca spravodajkyňa".split(),
    *"jurnalist jurnalistă corespondent corespondentă".split(),
    *"újságíró tudósító riporter toimittaja kirjeenvaihtaja".split(),
    *"skribent korrespondent journalisten".split(),
    *"novinar novinarka dopisnik dopisnica новинар дописник журналистка".split(),
    *"žurnalistas žurnalistė korespondentas korespondentė".split(),
    *"wartawan jurnalis koresponden".split(),
    *("phóng viên", "nhà báo", "pv"),  # (two words: a role alone after a dash)
    # (and the roles Arabic, Persian and Thai print before the name: "المراسل محمد علي")
    *("مراسل", "المراسل", "مراسلة", "خبرنگار", "ผู้สื่อข่าว", "นักข่าว"),
    *"δημοσιογράφος ανταποκριτής ανταποκρίτρια συντάκτης συντάκτρια αρθρογράφος".split(),
    *"संवाददाता पत्रकार सংবাদদাতা সাংবাদিক প্রতিবেদক நிருபர் செய்தியாளர்".split(),
    *"通讯员 编辑 责任编辑 责编 实习生 摄影 评论员 特约评论员 见习记者".split(),
    # Hebrew reporter (masculine, feminine, "our", plural), journalist, whole words: "דנה כהן,
    # כתבת"
    # ("כתב" is also "wrote": a byline's name and a comma before it, or it before the name)
    *"כתב כתבת כתבנו כתבתנו כתבים כתבות עיתונאי עיתונאית".split(),
}
_ORG_WORDS = {
    "news",
    "times",
    "media",
    "press",
    "presse",
    "agency",
    "agencia",
    "agenzia",
    # "Staff and agencies", "Redacción y agencias", "Redazione e agenzie", "avec agences"
    *"agencies agencias agenzie agences agências agenturen agencje агентства".split(),
    "desk",
    "team",
    "editorial",
    "editors",
    "newsroom",
    "bureau",
    "reuters",
    "ap",
    "afp",
    "dpa",
    "ians",
    "pti",
    "efe",
    "ansa",
    "tass",
    "xinhua",
    "associated",
    "service",
    "services",
    "wire",
    "online",
    "magazine",
    "journal",
    "daily",
    "tribune",
    "herald",
    "gazette",
    "network",
    "tv",
    "radio",
    "inc",
    "ltd",
    "corp",
    "llc",
    "group",
    "redaktion",
    "redacción",
    "redazione",
    "rédaction",
    "redakcja",
    "редакция",
    "materiały",
    "prasowe",
    "cyber",
    "publishing",
    "publishers",
    "contributors",
    "studio",
    "official",
    "iha",
    "dha",
    "pap",  # Polska Agencja Prasowa
    # stock-photo libraries: a picture's credit in author markup ("shutterstock")
    *"shutterstock getty gettyimages istock istockphoto fotolia thinkstock depositphotos".split(),
    *"alamy dreamstime 123rf unsplash pexels pixabay".split(),
    # legal forms and company words: "AltumNet sp. z o.o.", "Interline Pro Co.", "BDigital Web
    # Solutions", "Pegasus Interactive", "Δημοσιογραφικός Οργανισμός Λαμπράκη Α.Ε."
    "sp",
    "o.o",
    "gmbh",
    "plc",
    "co",
    "s.a",
    "a.e",
    "α.ε",
    "srl",
    "s.r.l",
    "sarl",
    "solutions",
    "interactive",
    "οργανισμός",
    # a bureau, a secretariat, a magazine: "Biro Pers Sekretariat Presiden", "Москвич Mag"
    *"biro büro бюро sekretariat secretariat mag".split(),
    # newsrooms, desks and teams in other languages: "Haber Merkezi" (news centre), "Equipe
    # Globo", "Redakce", "Toimitus", "Redaksjonen", "Redaktionen", "Redactie", "Nhóm PV",
    # "Newsdesk", "Sponsored Content"; Arabic "فريق التحرير" (the editorial
    # team), "وكالات" (agencies); Persian "خبرگزاری" (news agency); Hindi "डेस्क" (desk),
    # "एजेंसी" (agency), "न्यूज़" (news)
    *"merkezi equipe redakce toimitus redaksjonen redaktionen redactie webredactie".split(),
    *"nhóm newsdesk sponsored content".split(),
    *"التحرير وكالات وكالة خبرگزاری डेस्क एजेंसी न्यूज़".split(),
    # Polish "oprac. własne" (compiled in-house): the newsroom's own work, no one's name
    *"własne własna własny".split(),
}
_CJK_ORG_MARKS = (
    "新闻",
    "日报",
    "晚报",
    "报社",
    "新华社",
    "通讯社",
    "电视台",
    "编辑部",
    "网",
    "社",
    "編集部",
    "财经",  # 新浪财经, 第一财经: finance titles
    "期刊",
    "杂志",
    "出版",
    # the same in traditional characters (星島日報, 中央通訊社, 公共電視台), and weeklies
    *("新聞", "日報", "晚報", "報社", "通訊社", "電視台", "編輯部", "網", "財經", "雜誌"),
    *("周刊", "週刊", "时报", "時報", "早报", "早報", "都市报", "都市報", "青年报", "青年報"),
    # Japanese news agencies (共同通信, 時事通信), Korean news outlets and desks (연합뉴스,
    # 뉴시스, 편집국: the editorial bureau), Thai "ออนไลน์" (online: ไทยรัฐออนไลน์)
    *("通信", "뉴스", "뉴시스", "편집국", "편집부", "취재팀", "ออนไลน์"),
)
# Words that label the date printed after a byline's name (its digits may stand in another
# text node): "Published", "Data publikacji", "Publié le", "Опубликовано" ...
_DATE_LABELS = frozenset(
    "published posted updated publié publiée veröffentlicht aktualisiert publicado actualizado "
    "pubblicato aggiornato opublikowano publikacji aktualizacja опубликовано обновлено дата "
    "发布时间 发表时间 更新时间 "
    # the same labels in the languages of `datelabels._PUBLISHED_LABEL`: Dutch, the Scandinavian
    # languages, Finnish, Ukrainian, Hungarian, Romanian, Czech and Slovak, the South Slavic
    # languages and Bulgarian, Lithuanian, Malay and Indonesian, Vietnamese, Hebrew, Thai,
    # Bengali, Tamil and Hindi (one word each; "Cập nhật" by its first word: "Đăng" and
    # "প্রকাশ" are also given names)
    "gepubliceerd bijgewerkt publicerad uppdaterad publiceret opdateret publisert oppdatert "
    "julkaistu päivitetty опубліковано оновлено közzétéve frissítve publicat actualizat "
    "publikováno publikované aktualizováno aktualizované objavljeno ažurirano објављено "
    "ажурирано публикувано обновено paskelbta atnaujinta diterbitkan dikemaskini diperbarui "
    "cập פורסם עודכן เผยแพร่ อัปเดต প্রকাশিত வெளியிடப்பட்டது प्रकाशित".split()
)
# A Chinese role printed before the name, apart from it: 见习编辑, 责任编辑, 实习记者 ...
_CJK_ROLES = (
    *("编辑", "记者", "通讯员", "摄影", "主编", "编审", "校对"),
    # commentators and contributing writers: "本报评论员 李四", "政能亮特约评论员 韩涵"
    *("评论员", "評論員", "撰稿人", "编辑部", "編輯", "記者", "通訊員"),
)
# Words of a byline's furniture that no Chinese name holds: "该作者文章" (this author's
# articles), "发布于北京" (published in Beijing), "关注" (follow), ...
_CJK_NOT_NAME_MARKS = (
    *("文章", "发布", "关注", "登录", "评论", "分享", "收藏", "举报", "阅读", "订阅"),
    *("粉丝", "昵称"),  # fans, nickname: a blog's or a comment box's labels
    *("佚名", "匿名"),  # anonymous: a CMS's placeholder in its byline
    # the links a byline's line holds: "我来说两句" (have your say), "手机版" (mobile version),
    # "客户端" (the app), "首页" (home), "投稿" (send a story), "纠错" (report an error), "打印"
    *("说两句", "說兩句", "手机版", "手機版", "客户端", "首页", "首頁", "投稿", "纠错", "打印"),
    *("综合", "綜合"),  # "来源：综合" (compiled from several sources): a desk's word
)
_BYLINE_LINE = re.compile(
    r"^(?:[^\n|]{0,30}\|[ \t]*){0,3}"  # "Opinion | 08/01/2012 | By ...": fields before it
    rf"(?:(?:{_BY_WORDS}|(?:{_LINE_BY_VERBS}) by)(?![^\W\d_]):?|作者[ \t]*[：:｜|丨]|记者"
    rf"|(?:{_COLON_BYLINE_WORDS})[ \t]*[:：]|[（(]?文[ \t]*[:：／/・丨｜＝=]|{_GREEK_WITH}(?=\s)"
    rf"|(?:{_CJK_WRITER_LABELS})[ \t]*[:：／/＝=｜|丨]"
    rf"|(?:{_WRITTEN_BY})(?![^\W\d_]))"
    r"[ \t:：]*\n?([^\n]{2,80})",
    re.I | re.M,
)
# A dateline crediting the outlet and the reporter in brackets before its dash: "Денвер,
# Январь 05 (Новый Регион, Константин Зельфанов) – ...", "KYIV, Jan 5 (Agency, Name) - ...".
_DATELINE_REPORTER = re.compile(
    r"^[^\n()]{0,40}\([^\n(),]{2,40},[ \t]*([^\n(),]{4,40})\)[ \t]*[-–—]", re.M
)
# News agencies and newsrooms whose whole name is no person's (a word of them may be: "Tasnim
# Ahmed"), in the languages of the agencies: read as the whole author value.
_AGENCY_NAMES = (
    *("lusa", "agência lusa", "agência brasil", "риа новости", "ria novosti", "итар-тасс"),
    *("интерфакс", "interfax", "униан", "укрінформ", "ukrinform", "anadolu ajansı", "bernama"),
    *("antara", "yonhap", "kyodo", "jiji", "belga", "agerpres", "tanjug", "notimex", "télam"),
    *("agencias", "agences", "agenzie", "agenturen", "redação", "redaksi", "tim redaksi"),
    *("sputnik", "prensa latina", "adnkronos", "lapresse", "europa press", "nachrichtenagentur"),
    *("ritzau", "tasnim", "fars", "mehr news", "kathimerini", "bloomberg", "epd", "kna"),
)
# An editor's credit and the name after it: "责任编辑：X", "编辑： X", "Editor: X", "Edited by
# X", "Redaktion: X", "Redaktor: X", "Редактор: X", "Επιμέλεια: X", "Editör: X".
_EDITOR_CREDIT = re.compile(
    r"(?:责任编辑|責任編輯|编辑|編輯|责编|責編|(?i:editor|edited by|redaktion|redaktor|"
    r"redakcja|redaktur|penyunting|редактор|επιμέλεια|editör|editado por|edición))"
    r"[ \t]*[:：]?[ \t]*\n?[ \t]*[^\n,;|]{0,30}"
)
# An author's own line, under the article as well as under the title: "Auteur : X",
# "Autor: X", "Author: X", "Yazar: X", or the label alone on its line and the name on the next.
_AUTHOR_LABEL_LINE = re.compile(
    r"^(?:authors?|auteure?s?|autor(?:in|a|e|i|ka|zy)?|yazar|автор|penulis|szerző|"
    r"forfatter|författare|kirjoittaja|συντάκτης|نویسنده)[ \t]*[:：]?[ \t]*\n?([^\n]{4,80})$",
    re.I | re.M,
)
_HAN_ONLY = re.compile(f"[{HAN_CHAR}]+")
_MAX_HAN_NAME = 4  # characters of a Chinese personal name (2 to 4)
# A Chinese reporter's credit inside the article text: "（记者王昀加　王庆钦）",
# "（潇湘晨报记者 范思鼎）" (an outlet before 记者), "〔記者鍾麗華／台北報導〕", "（陳奕華報導）",
# "新京报记者 彭冲 山东冠县报道", "【林小玲╱新北報導】" (a slash of box drawing), "作者：代进",
# "[作者：代进]", "腾讯科技讯（无忌）" (a dispatch naming its writer), "記者沈俐萱/採訪報導",
# "中國時報 邱俐穎／台北報導", a line of its own "新华社记者任海军 阳建", "本报郑州12月15日电
# 记者邓红阳 “...", "采写：南都记者 方南". Not a desk's ("综合报道"), a correspondent's (通讯员)
# or a photographer's (摄影记者).
_HAN_NAME = rf"[{HAN_CHAR}]{{2,4}}"
_KO_NOT_NAMES = r"(?:사진|담당|취재|수습|객원|전문|선임|편집|인턴|영상|[가-힣]{1,3}부)"
_KO_ROLES = r"(?:인턴|수습|선임|객원|전문|편집)"  # 인턴 기자: intern reporter
_KO_NAMES = r"[가-힣]{2,4}(?:[ 　]?[·ㆍ,][ 　]?[가-힣]{2,4}){0,2}"  # "박민수·최지은": up to three
_HAN_NAMES = rf"{_HAN_NAME}(?:[ 　、]+{_HAN_NAME})*"
# A Korean byline's lead and role: "글 김민수" (text by), "글·사진 김민수" (text and photos),
# "글=김민수"; "사진 이영희" (photos by: the photographer, no writer); "김민수 특파원",
# "김민수 논설위원", "김민수 선임기자", "김민수기자" (the role after the name, glued or not).
_KO_WRITER_AND_PHOTOS = re.compile(r"글[ 　]*[·ㆍ/,][ 　]*사진|사진[ 　]*[·ㆍ/,][ 　]*글")
_KO_BYLINE_LEAD = re.compile(r"^(글|사진|취재|기고|정리)(?:[ 　]*[=:：][ 　]*|[ 　]+)(?=[가-힣])")
_KO_ROLE_AFTER = re.compile(
    r"(?<=[가-힣]{2})[ 　]*(?:(?:선임|수석|전문|객원|인턴|수습|대|취재|사진|영상)?[ 　]?기자"
    r"|특파원|(?:객원)?논설위원|논설실장|편집위원|전문위원|통신원|칼럼니스트|에디터)$"
)
# The labels of a Chinese writer's line other than 作者 and 记者: "采写" (reported and
# written), "撰文", "撰稿" (wrote), "执笔" (penned)
_ZH_WRITER_LABELS = "采写|採寫|撰文|撰稿|执笔|執筆"
_NOT_REPORTER = r"(?!综合|綜合|综述|綜述|通讯员|通訊員|特约|特約|本报|本報|报道|報導)"
# Words a line "X 报道" opens with that are no name: related, more, special, in-depth, video,
# exclusive, live, follow-up reports
_NOT_A_REPORTER_NAME = (
    r"(?!相关|相關|更多|专题|專題|深度|视频|視頻|图文|圖文|独家|獨家|现场|現場|连续|連續|特别|特別"
    r"|新闻|新聞|热门|熱門|精彩|最新|系列|记者|記者)"
)
# A place reported from, no name, before 报道 ("（广州报道）", "（上海报道）"): a name of a
# place ending in a place's character (州, 京, 港, 市, 县, 区 ...), or one of the largest cities
# named without one
_NO_PLACE_END = "(?<![州京港市省县縣区區镇鎮乡鄉])"
_BIG_CITIES = (
    "上海|台北|臺北|深圳|天津|重庆|重慶|武汉|武漢|成都|西安|高雄|台中|臺中|台南|臺南|澳门|澳門"
)
_NOT_A_PLACE = rf"(?!(?:{_BIG_CITIES})\s*(?:报道|報導))"
_BULLET = "[□■●○◆◇◎★☆▲△▶►•▪]"  # a bullet or box before a credit line ("□ 本报记者 张三")
_CREDIT = re.compile(
    # (the bracket, the outlet and 记者 may be texts of their own: "（<a><font>记者</font></a>")
    rf"[（(〔【\[]\n?[^（()）〔〕【】\[\]\s]{{0,10}}?\n?(?<!摄影)(?<!攝影)(?:记者|記者)\s*(?:[：:]\s*)?"
    rf"({_HAN_NAMES})\s*(?:文\s*)?(?:[／/╱][^）)〕】\]]{{0,12}})?[）)〕】\]]"
    # ... or a dateline's: "（中央社記者劉世怡台北11日電）", a name of two or three characters,
    # the place, the day and 电
    rf"|[（(〔【\[][^（()）〔〕【】\[\]\s]{{0,10}}?(?:记者|記者)[ 　]*([{HAN_CHAR}]{{2,3}})"
    rf"[{HAN_CHAR}]{{2,5}}?[0-9０-９]{{1,2}}日(?:电|電)[）)〕】\]]"
    rf"|[（(〔【\[]\s*{_NOT_REPORTER}{_NOT_A_PLACE}({_HAN_NAME}){_NO_PLACE_END}\s*(?:报道|報導)"
    r"\s*[）)〕】\]]"
    # ... or a name, a blank and the place: "（周小峰 广州报道）"
    rf"|[（(〔【\[][ 　]*{_NOT_REPORTER}({_HAN_NAME})[ 　]+[{HAN_CHAR}]{{2,6}}?(?:报道|報導)"
    r"[ 　]*[）)〕】\]]"
    # ... or an outlet, a blank and a name: "（华夏网 王五）" (not a photo's: "（华夏网 王五 摄）")
    # (nor a place's, "（华夏网 北京）", nor an edition's, "（每日新闻 海外版）")
    r"|[（(][ 　]*[^\s（()）〔〕【】\[\]：:]{1,9}[网網社报報台刊][ 　]+"
    rf"(?!(?:{_BIG_CITIES})[ 　]*[）)])([{HAN_CHAR}]{{2,4}}){_NO_PLACE_END}(?<!版)[ 　]*[）)]"
    # ... or names and a writer's word after them: "(李四 撰稿)", "（张三 整理）"
    rf"|[（(][ 　]*{_NOT_REPORTER}({_HAN_NAMES})[ 　]*(?:撰稿|撰文|整理|执笔|執筆)[ 　]*[）)]"
    # ... or a name and 报道 closing a line, alone or after a date: "陳小梧 報導", "2012/1/17
    # 陳小梧 報導" (spaced: "台北報導" is a place)
    rf"|(?:(?<![^\n])|(?<=\d )){_NOT_REPORTER}{_NOT_A_REPORTER_NAME}{_NOT_A_PLACE}"
    rf"({_HAN_NAME}){_NO_PLACE_END}"
    r" (?:报道|報導)(?=\n|$)"
    # (a bracket holding 记者 is the first form's, read from the bracket on)
    rf"|(?:(?:讯|訊)\n?|(?<=[日社])(?:电|電))[（(][ 　]*(?![^（()）]{{0,12}}?(?:记者|記者))"
    rf"{_NOT_REPORTER}({_HAN_NAMES})[ 　]*[）)]"
    rf"|(?:讯|訊|电|電)[ 　]+(?:记者|記者)[ 　]*({_HAN_NAMES})"
    rf"(?=[ 　]+[^{HAN_CHAR}\s]|[ 　]*(?:\n|$)|[ 　]+(?:通讯员|通訊員))"
    rf"|(?:记者|記者)[ 　]*({_HAN_NAMES})[ 　]+\S{{0,8}}?(?:报道|報導)"
    rf"|(?:记者|記者)[ 　]*({_HAN_NAMES})[ 　]*[／/╱][^\s／/╱）)〕】\]]{{0,8}}?(?:报道|報導)"
    rf"|(?<![{HAN_CHAR}])({_HAN_NAME})[ 　]*[／/╱][^\s／/╱）)〕】\]]{{0,8}}?(?:报道|報導)"
    # a line of its own: an outlet (新华社, 光明日报, 本网), 记者 and the names, nothing else
    rf"|(?<![^\n])[^\s（(〔【\[]{{0,7}}?[社报報网網台刊](?:记者|記者)[ 　]*(?P<line>{_HAN_NAMES})"
    r"[ 　]*(?=\n|$)"
    # ... or a channel, blanks, 记者, blanks and the names ("新华网黑龙江频道  记者  伊琳  李清芬"):
    # spaced apart, unlike a menu's column ("新华社记者看东北")
    rf"|(?<![^\n])(?:[^\s（(〔【\[]{{2,10}}[ 　]{{1,4}})?(?:记者|記者)[ 　]+({_HAN_NAMES})"
    r"[ 　]*(?=\n|$)"
    # ... or a bullet, a compiler's word, any outlet, 记者, a blank and the names: "□ 本报记者
    # 张三", "■记者 李四", "整合 江南日报·新闻点记者 何五", "月谈记者 冯六" (spaced apart)
    rf"|(?<![^\n])(?:{_BULLET} ?)?(?:(?:整合|综合|綜合|整理|编译|編譯) )?[^\s（(〔【\[]{{0,10}}?"
    rf"(?<!摄影)(?<!攝影)(?:记者|記者) ({_HAN_NAMES})(?=\n|$)"
    # ... or a writer's label, an outlet's reporter and the names ("采写：南都记者 方南",
    # "撰文：本报记者 王五", "执笔：李四"): a line closing the article
    rf"|(?<![^\n])(?:{_ZH_WRITER_LABELS})[ 　]*[：:][ 　]*"
    rf"(?:[^\s（(〔【\[：:]{{0,8}}?(?:记者|記者)[ 　]*)?({_HAN_NAMES})[ 　]*"
    r"(?=\n|$|(?:摄影|攝影|图片|圖片|图|圖)[ 　]*[：:／/])"  # (a photographer's credit after it)
    # "作者：宋怡 杨志华", "作者：张三、李四", "作者：张三，李四": more names after the label,
    # of two or three characters ("作者：李兆清　江蘇南通　職員": a place and a job after one)
    rf"|(?:^|[\s\-|\[【])作者\s*[：:]\s*(?:(?:记者|記者)\s*)?"
    rf"([{HAN_CHAR}]{{2,4}}(?:(?:[ 　]*[、，,][ 　]*|[ 　]+)[{HAN_CHAR}]{{2,3}}"
    rf"(?![{HAN_CHAR}]|\s*[：:]))*)"
    rf"(?![{HAN_CHAR}]|\s*[：:])"
    # Korean: "(서울=연합뉴스) 홍길동 기자 = ...", "홍길동 기자 hong@example.co.kr": a name of
    # two to four syllables, "기자" (reporter), then "=", an e-mail address, a field's bar,
    # a date or its label ("김민수 기자 입력 2024.05.13": posted); not a role ("사진 기자":
    # photo reporter) nor a desk ("정치부 기자"); a role may stand between the name and 기자
    # ("박지은 인턴 기자 =")
    rf"|(?<![가-힣])(?!{_KO_NOT_NAMES}[ 　]?기자)({_KO_NAMES})[ 　]?(?:{_KO_ROLES}[ 　]?)?기자"
    r"[ 　]*(?:[=＝]|(?=[(（]?[\w.+-]+@)"
    r"|(?=[ 　]*(?:입력|수정|승인|등록|기사입력|발행|[|｜]|\d{4}[.\-/])))"
    # ... or closing a line on its own or after a field's bar, the name and 기자 (記者 on
    # Japanese pages) and nothing else: "김민수 기자", "입력 2024.05.13 | 김민수 기자",
    # "글=김민수 기자", "山田太郎 記者"
    rf"|(?:(?<![^\n])|(?<=[|｜=＝])|(?<=[|｜=＝][ 　]))(?!{_KO_NOT_NAMES}[ 　]?기자)({_KO_NAMES})"
    rf"[ 　]?(?:{_KO_ROLES}[ 　]?)?기자[ 　]*(?=\n|$)"
    rf"|(?<![^\n])({_HAN_NAME})[ 　]*記者[ 　]*(?=\n|$)"
    # ... or in brackets after the outlet: "[이데일리 김민수 기자]", "[아시아경제 김민수 기자] ..."
    rf"|[\[［][ 　]*[가-힣A-Za-z0-9]{{1,12}}[ 　]+(?!{_KO_NOT_NAMES}[ 　]?기자)({_KO_NAMES})"
    rf"[ 　]?(?:{_KO_ROLES}[ 　]?)?기자[ 　]*[\]］]"
)
# A byline in brackets closing the title: "Πως δεν θα πάρετε κιλά (της Ηλιάνας Ηλιοπούλου)",
# "The long road back (by Jane Doe)", "Le budget (par Marie Dupont)": a column's writer.
_TITLE_BYLINE = re.compile(rf"[(（]\s*((?:{_BY_WORDS})\s+[^()（）\d]{{3,60}}?)\s*[)）]\s*$", re.I)
_CREDIT_ROLE = re.compile("记者|記者|实习生|實習生")  # "记者 张三 实习生 李四": both
_PHOTO_CREDIT = ("摄", "攝")  # "（記者盧育君攝）": who took the photo
# Words of `_CREDIT`'s forms standing only in brackets: "(李四 整理)", "（华夏网 王五）" (an
# outlet's last character and a blank): a match holding one starts at a bracket
_BRACKETED_CREDIT_WORDS = frozenset(
    ("整理", *(f"{end}{blank}" for end in "网網社报報台刊" for blank in " 　"))
)
# Every form of `_CREDIT` holds one of these words: a text without any has no credit (tested
# with `in`, a fast scan, before the pattern, slow on a long Chinese text).
_CREDIT_WORDS = (
    *("记者", "記者", "报道", "報導", "作者", "기자"),
    *_ZH_WRITER_LABELS.split("|"),
    *_BRACKETED_CREDIT_WORDS,
    # "讯（", and "讯" ending a bold lead line before "（" (a line apart in the text read)
    *(f"{word}{gap}{bracket}" for word in "讯訊" for gap in ("", "\n") for bracket in "（("),
    *(f"{word}{bracket}" for word in "电電" for bracket in "（("),
)
_CREDIT_WORD = re.compile("|".join(map(re.escape, _CREDIT_WORDS)))

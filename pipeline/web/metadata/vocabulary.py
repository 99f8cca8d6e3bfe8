"""The words and patterns the byline and name readers match (data, no logic): byline
openers ("By", "Written by", "Par"...), the joiners between names, words that are no person's
name (roles, desks, interface words, places, date labels), byline lines, an editor's credit, an
author's label. Organisations' words are in `orgwords`, Chinese and Korean reporter credits
("（记者 张三）", "홍길동 기자") in `creditpatterns`.
"""

from __future__ import annotations

import re

from pipeline.text.bylines import BYLINE_WORDS, COLON_BYLINE_WORDS, ENGLISH_ROLES
from pipeline.text.monthnames import _ENGLISH_WEEKDAYS
from pipeline.text.scripts import HAN_CHAR
from pipeline.web.html import literal_alternation
from pipeline.web.metadata.bylineleads import _LONG_LEADS, _WRITTEN_BY, ROW_DATE_LABELS

# Words that put a name after them on a byline: "By", "Par", "Por", "Von", "di", "Door",
# "Przez", "Autor:", "Автор:", "Του", "كتب" (`pipeline.text.bylines`).
_BY_WORDS = literal_alternation(BYLINE_WORDS)
# The words before "by" on a byline: "Written by", "Photos by"; the first four are read in a
# line of the text after the title too (`_BYLINE_LINE`).
_LINE_BY_VERBS = "written|reported|text|words|story"
_BY_VERBS = _LINE_BY_VERBS + "|co-authored|opinion|posted|published|photos?|edited"
# "Text" and "by" in other languages, a credit line under the headline or deck: "Text von X",
# "Texte de X", "Texto de X", "Testo di X", "Tekst van X", "Text av X".
_TEXT_BY = r"(?:text|texte|texto|testo|tekst)[ \t]+(?:von|de|par|por|di|van|av|af)"
# (and a piece's kind in English: "Analysis by", "Commentary by", "A column by")
_BY_VERBS += "|analysis|commentary|(?:an? )?(?:column|essay)"
# ... and in a byline's text: those, "Written by", "作者：", "记者", "文丨"; "written by" in
# other languages and the leads of several words (`bylineleads`).
# Greek "with" bylines, the name in the accusative: "Με τον Νίκο Καρύδη", "Με την Άννα Ζήση".
_GREEK_WITH = r"(?:με|από)\s+(?:τον|την|τους|τις)"
# The Greek article before a byline's name, which gives its case and gender: "Του" (his),
# "Της" (hers), "Με τον" (with him), "Με την" (with her).
_GREEK_CASE_LEAD = re.compile(r"^(?:(?:με|από)\s+)?(του|της|τον|την|τους|τις|των)\s+", re.I)
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
        "κείμενο",  # Greek "text"
        "interview",  # "Interview: Jane Doe": who asked the questions, the piece's writer
        # Polish "compiled by", Finnish "journalist", Arabic "wrote it"
        *("opracowanie", "toimittaja", "كتبه"),
    )
)
# A translator's label, a noun or a participle ("Übersetzung: X", "Translated by X",
# "traduit par X", "Перевод X"): the name after it translated the piece, not its writer.
TRANSLATOR_WORDS = frozenset(
    "übersetzung übersetzt übersetzer übersetzerin translation translated translator "
    "traduction traduit traducteur traductrice traducción traducido traductor traductora "
    "traduzione tradotto traduttore traduttrice tradução traduzido tradutor tradutora "
    "vertaling vertaald vertaler tłumaczenie przetłumaczył tłumacz tłumaczka překlad přeložil "
    "перевод переводчик переклад перекладач çeviri çeviren terjemahan penerjemah".split()
)
# The labels of the other roles a byline may name after the writer ("Fotos: Jan Kühn",
# "Editor: Ani Lestari", "Photos : Jean Petit", "фото: ..."): where one follows a name, the
# name ends there.
_OTHER_ROLE_LABELS = (
    frozenset(
        "editor editors editing edition édition redaktor redaktur redakcja redakce edición "
        "edição edizione "
        "rédaction photo photos foto fotos fotó fotografer fotograf fotografía fotografia "
        "fotografie zdjęcia zdjęcie фото фотограф видео video vídeo vidéo illustration "
        "illustrations infographie infografik kamera montage graphics grafik".split()
    )
    | TRANSLATOR_WORDS
)  # (and a translator's label)
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
# par ...", "Redigiert von ...", "Editado por ...", "A cura di ..."; a contributor's "Additional
# reporting by ...".
_EDITING_CREDIT = re.compile(
    r"^(?:edited|editing|compiled|reviewed|fact[- ]checked|copy[- ]edited|(?:é|e)dit(?:é|e)e? par|"
    r"redigiert von|editado por|editada por|a cura di|(?:additional|further) reporting by)\s|"
    r"^editor\s*:",
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
# German plural and gender-inclusive "authors" before a colon ("Autoren:", "Autorinnen:",
# "Autor:innen:", "Autor*innen:", the singular "Autor*in:", "Autor:in:"), read before "Autor"
# would take "Autor:" of the last four.
_AUTHORS_LABEL = r"autor(?:en|innen|[:*_]in(?:nen)?)"
_BYLINE = re.compile(
    rf"^{_AUTHORS_LABEL}\s*[:：]\s*|"
    rf"^(?:{_LONG_LEADS})\s*[:：]?\s*|"
    rf"^(?:(?:{_BY_VERBS})\s+by|{_TEXT_BY}|{_BY_WORDS}|{_CJK_WRITER_LABELS}|作者|记者|撰文|文)"
    r"(?![^\W\d_])"
    r"\s*[:：丨|/／・｜＝=●■]?\s*"
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
    # Dutch and Scandinavian "with": "Door X met ANP", "Af X med Ritzau" (an agency after)
    *("met", "med"),
)
_JOINER = f"(?i:{'|'.join(_JOINERS_ANY_CASE)})|{'|'.join(_JOINERS_LOWER)}"
# A lower-case joiner printed in capitals between two names in capitals, each of two words or
# more ("POR MARÍA GARCÍA Y JUAN PÉREZ"; "JOHN E SMITH" keeps its initial).
_CAPITAL_JOINER = re.compile(
    r"(?<=[^\W\d_]{2} [^\W\d_]{2})([^\W\d_]* )(Y|E|I|A|EN|OCH|JA|DAN|ÉS|ȘI|И|І|ТА|ΚΑΙ)"
    r"(?= [^\W\d_]{2,} [^\W\d_])"
)
# A photographer's credit after the writer's, without a separator the split reads: "Teksti: X
# Kuvat: Y", "Haber: X Fotoğraf: Y", "كتب: X تصوير: Y", "文・X　写真・Y", "글 X 사진 Y",
# "文/X 图/Y", "Testo di X, foto di Y": the byline up to it.
# (Each run of blanks tried from its first: a value padded with 40,000 no-break spaces.)
_PHOTO_FIELD = re.compile(
    r"(?<![\s,;])[\s,;]+(?:fotos?|photos?|kuvat?|kuva|fotoğraf(?:lar)?|zdjęcia|foto's|"
    r"φωτογραφίες|φωτογραφία|фото|bilder?|imagens?|imágenes|illustrations?|illustrationen|"
    r"illustrazioni|ilustraciones|ilustrações|grafik|graphics)\s*(?::|(?:by|di|de|von|por|par)\s)|"
    r"(?<!\s)\s+(?:تصوير\s*:|(?:写真|사진|图|圖|摄影|攝影)(?:[・/／:：＝=]|\s(?=\S)))",
    re.I,
)
# Dutch "en" and Czech and Slovak "a" (and) between two full names: "Jan de Vries en Piet
# Jansen", "Jan Novák a Petr Svoboda"; a word of a place's name elsewhere ("Juan Pérez en
# Los Ángeles", "Marco Rossi a New York": the second name opens with a place's first word);
# an agency, a title or a place may follow ("Jan Jansen (ANP)", "Petr Svoboda | ČTK").
_PLACE_FIRST_WORDS = (
    "New|Los|Las|San|Santa|Santo|Saint|Sankt|St|Buenos|Hong|Rio|Río|São|Sao|Tel|Abu|Kuala|"
    "Nueva|Nuevo|Puerto|Porto|Costa|Ciudad|Le|La|El|Al|Den|Der"
)
_NAMES_JOINED_EN_A = re.compile(
    r"(?<=[^\W\d_]) (?:en|a) (?=(?!(?:" + _PLACE_FIRST_WORDS + r")\b)[^\W\d_][^\s,;]* "
    r"(?:(?:van|de|der|den|ten|ter|el|al|von) )*[^\W\d_][^\s,;]*\s*(?:$|[,;|(（/]|met |\d))"
)
# Several authors in one string: joined as above, or "A & B", "A、B", "A; B", "A, B", "A، B"
# (the Arabic comma), "A | B", "A / B", "A - Site", one a line ("／", "｜", "＆" full width).
_AUTHOR_SPLIT = re.compile(
    rf"\s*(?:[;；、/／╱|｜,，،\n&＆·•ㆍ]|\s[-–—]\s|(?<=\s)(?:{_JOINER})(?=\s)|\s和\s?|\s与\s?)\s*"
)
_BLANK_RUN = re.compile(r"[^\S\n]{2,}")  # two or more blanks in a row, newlines aside
_CLOCK_WORDS = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "utc", "gmt", "et", "pt", "est", "edt"}
# (and "o'clock" in Danish, Norwegian, Swedish, Finnish: "12. mai 2024, kl. 14:35"; Central
# European time)
_CLOCK_WORDS |= {"kl", "kl.", "klo", "klo.", "kello", "cet", "cest"}
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
# A weekday left alone once a date line is cut at its commas ("Sat, 20 Dec, 2025 - 06:36");
# no link's label ("Thu Trang" is a Vietnamese name).
_WEEKDAYS = frozenset(_ENGLISH_WEEKDAYS)  # (their short forms too: "tue", "tues", "thurs")
# ... and French, Spanish, Italian, German ones ("Par X, mardi 8 janvier"), not "Domingo"
_WEEKDAYS |= frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes "
    "lunedì martedì mercoledì giovedì venerdì montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag sonnabend".split()
)
_NOT_NAMES = {
    # "X med flere", "X med flera", "X met anderen": "and others" after "with"
    *("flere", "flera", "fler", "andre", "andra", "anderen"),
    "follow",
    "share",
    "email",
    "e-mail",
    "more",
    "view",
    "profile",
    "admin",
    "unknown",  # a blog platform's name for a profile that gives none ("Posted by Unknown")
    "posted",
    "updated",
    "published",
    # a tool's label in the byline's box ("Print" beside "Email"), in a few languages
    *"print imprimir imprimer drucken tweet".split(),
    # a social network's label before the writer's handle ("Jane Doe, Twitter: @janedoe")
    *"twitter facebook instagram linkedin mastodon bluesky tiktok telegram youtube".split(),
    # Chinese words a credit's place may hold instead of a name: compiled, wrote, translated,
    # (from) the files, the editor's note, the year's
    *("整理", "撰稿", "撰文", "执笔", "執筆", "编译", "編譯", "资料", "資料", "编者", "編者"),
    "年度",
    # a German byline's furniture left alone once its date is cut ("vom 12.03.2020", "vor 2
    # Tagen", "Publiziert am ..."), or a link's word ("Beitrag", "Edit", "Über", "Mehr")
    *"vom vor publiziert veröffentlicht beitrag edit bearbeiten über mehr kontaktieren".split(),
    # "ago" before a relative time's number, left alone once it is cut ("prije 2 sata")
    *"prije před pred hace há".split(),
    "il",  # French "il y a 2 heures" split at the Spanish joiner "y"
    *_WEEKDAYS,
    # a CMS's placeholder for the writer, a press release's label (session 28)
    *"publisher anonymous anónimo anonimo anonyme anonym anonim administrator".split(),
    *"gastautor gastautorin pressemitteilung pressemeldung".split(),
}
# Phrases of a byline's place that name no one: a CMS's default account ("Super User"), a
# letter's closing greeting before its signature ("Viele Grüße", "Best regards").
_NOT_NAME_PHRASES = frozenset(
    {"super user", "press release", "guest author", "guest post", "best regards", "kind regards"}
    | {f"{w} grüße" for w in ("viele", "liebe", "beste", "herzliche", "schöne", "sonnige")}
)
# Words of a link's label ("View Full Profile", "See all articles"), not of a name.
_UI_WORDS = (_NOT_NAMES - _WEEKDAYS - {"il"}) | {  # ("Kim Il Sung")
    *"full see all read articles posts stories bio on no author comments text size small".split(),
    *"medium large login log in sign register watch live listen".split(),  # ("WATCH LIVE")
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
    *"редактор редакторка".split(),  # "Олена Коваленко, редакторка" (editor, ru and uk)
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
    # plurals, after two names: "Jan van Dijk en Lotte de Boer, verslaggevers"
    *"reporters correspondents journalists writers verslaggevers redacteuren".split(),
    *"correspondenten".split(),
    *"korrespondenten redakteure journalistes correspondants periodistas corresponsales".split(),
    *"giornalisti corrispondenti jornalistas correspondentes dziennikarze korespondenci".split(),
    *"корреспонденты журналисты кореспонденти журналісти toimittajat journalister".split(),
    *"δημοσιογράφοι ανταποκριτές مراسلون مراسلان مراسلتان".split(),
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
    r"^(?:[^\n|]{0,30}\|[ \t]*){0,3}"  # "Opinion | 08/01/2012 | By", "Publié le 8 mai - Par"
    rf"(?:(?:{ROW_DATE_LABELS})\b[^\n|]{{0,60}}?[ \t][-–—•][ \t]*)?"
    rf"(?:{_LONG_LEADS}|(?:{_TEXT_BY}|{_BY_WORDS}|(?:{_LINE_BY_VERBS}) by)(?![^\W\d_]):?"
    rf"|作者[ \t]*[：:｜|丨]|记者"
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
# An editor's credit and the name after it: "责任编辑：X", "编辑： X", "Editor: X", "Edited by
# X", "Redaktion: X", "Redaktor: X", "Редактор: X", "Επιμέλεια: X", "Editör: X".
_EDITOR_CREDIT = re.compile(
    r"(?:责任编辑|責任編輯|编辑|編輯|责编|責編|(?i:editor|edited by|redaktion|redaktor|"
    r"redakcja|redaktur|penyunting|редактор|επιμέλεια|editör|editado por|edición))"
    r"[ \t]*[:：]?[ \t]*\n?[ \t]*[^\n,;|]{0,30}"
)
# An author's own line, under the article as well as under the title: "Auteur : X",
# "Autor: X", "Author: X", "Yazar: X", or the label alone on its line and the name on the next.
_AUTHOR_LABEL_WORDS = (
    r"authors?|auteure?s?|autor(?:innen|in|en|es|a|e|i|ka|zy)?|yazar|автор(?:ка)?|penulis|szerző|"
    r"forfatter|författare|kirjoittaja|συντάκτης|نویسنده"
)
_AUTHOR_LABEL_LINE = re.compile(
    rf"^(?:{_AUTHOR_LABEL_WORDS})[ \t]*[:：]?[ \t]*\n?([^\n]{{4,80}})$", re.I | re.M
)
_HAN_ONLY = re.compile(f"[{HAN_CHAR}]+")
_MAX_HAN_NAME = 4  # characters of a Chinese personal name (2 to 4)
# A byline in brackets closing the title: "Πως δεν θα πάρετε κιλά (της Ηλιάνας Ηλιοπούλου)",
# "The long road back (by Jane Doe)", "Le budget (par Marie Dupont)": a column's writer.
_TITLE_BYLINE = re.compile(rf"[(（]\s*((?:{_BY_WORDS})\s+[^()（）\d]{{3,60}}?)\s*[)）]\s*$", re.I)
# A tag (opening, closing or empty) inside an author value: a JSON-LD's author name given as
# its byline's link ("<a href='/pl/eksperci/jan-kowalski'>Jan Kowalski</a>").
_MARKUP = re.compile(r"</?[A-Za-z][^<>]{0,300}>")
# Where a person stands in a photo, in brackets after the name: a caption's words, set in a
# byline's container by some templates ("cutline-byline"), never a byline's.
_PICTURED_AT = re.compile(
    r"[(（][ \t]*(?:(?:à |a la |a |from |von |de )?(?:left|right|links|rechts|izquierda|"
    r"derecha|gauche|droite|sinistra|destra|esquerda|direita|l\.|r\.)|centre|center|centro|"
    r"mitte)[ \t]*[)）]",
    re.I,
)
# A byline box's date field, its label and what follows on its line: "Datum: 12.03.2024",
# "Data: 28-04-2021, 09:29", "Fecha: ...", "Date: ...", "Дата: ...", "Tarih: ...", "Tanggal:
# ...", "Ngày: ..." (the date was dropped from the name and its label left as one: "Datum").
# ... and its publication's and update's labels ("Δημοσιεύτηκε: ... Ενημερώθηκε: ...",
# "Published: ...", "Aktualisiert: ..."), what follows read up to a byline's word ("von X").
_DATE_LABELLED = re.compile(
    r"(?:^|(?<=[\s|,;·•]))(?:date|datum|data|fecha|dato|дата|tarih|tanggal|ngày|päivämäärä|"
    r"ημερομηνία|last updated|last modified|zuletzt aktualisiert|dernière mise à jour|"
    r"última actualización|ultimo aggiornamento|published|updated|posted|publié|mis à jour|"
    r"veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|opublikowano|zaktualizowano|опубликовано|"
    r"обновлено|δημοσιεύτηκε|ενημερώθηκε)[ \t]*[:：][^\n|]*?"
    r"(?=[ \t]+(?:by|von|par|por|di|da|door|av|af|od|από)[ \t]|[\n|]|$)",
    re.I,
)

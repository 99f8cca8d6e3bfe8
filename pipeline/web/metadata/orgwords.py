"""The words that say a name is an organisation's, not a person's (data, no logic): words of
outlets, agencies, newsrooms, stock-photo libraries and companies' legal forms (`_ORG_WORDS`),
their Chinese, Japanese, Korean and Thai marks (`_CJK_ORG_MARKS`), and the whole names of
agencies a word of which may be a person's (`_AGENCY_NAMES`). Read by `organisations`.
"""

from __future__ import annotations

# "Agencies" at large, credited beside the desk or closing the text: "Staff and agencies",
# "Redacción y agencias", "Redazione e agenzie", "avec agences", "(com agências)" (read by
# `maintext.edges` too)
AGENCIES_AT_LARGE = frozenset(
    "agencies agencias agenzie agences agências agenturen agencje агентства".split()
)
_ORG_WORDS = {
    "news",
    "times",
    "media",
    "press",
    "presse",
    "agency",
    "agencia",
    "agenzia",
    *AGENCIES_AT_LARGE,
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
    # Ukrainian and Greek "editorial office", the agencies Reuters and AFP in Arabic
    *"редакція σύνταξη رويترز".split(),
    # institutions credited as the author of their own pages (session 28): ministries,
    # universities, foundations, institutes, associations; German companies' and
    # associations' legal forms ("NATURSTROM AG", "Bund der Energieverbraucher e.V.")
    *"ministerium bundesministerium ministry ministerio ministère ministero".split(),
    *"ministerstwo министерство universität university universidad université".split(),
    *"università uniwersytet stiftung foundation fundación fondation fondazione".split(),
    *"institut institute instituto istituto verband bundesverband verein ag e.v".split(),
    *"department departement departamento dipartimento".split(),
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
# Wire services of the languages we read, their names and initials: an agency credited alone
# is the article's author (`agencycredit`). Listed, not guessed: an acronym in capitals is as
# often a desk's, a section's or the site's ("RND", "SPORT", "BBC").
_WIRE_SERVICES = (
    *"dpa afp ap apa reuters efe ansa adnkronos lusa anp belga ritzau tt ntb stt pap".split(),
    *"čtk tasr mti bta hina tanjug agerpres sda sid kna epd ddp aa iha dha xinhua".split(),
    *"yonhap kyodo jiji antara bernama pti ians ani upi tass bloomberg interfax".split(),
    *("ria novosti", "ria", "itar-tass", "ukrinform", "unian", "europa press"),
    *("agencia efe", "agence france-presse", "agence france presse", "associated press"),
    *("the associated press", "deutsche presse-agentur", "anadolu ajansı", "anadolu"),
    *("agência lusa", "agência brasil", "notimex", "télam", "prensa latina", "sputnik"),
    *("тасс", "риа новости", "интерфакс", "укрінформ", "уніан", "униан", "ριτ", "απε-μπε", "απε"),
    *("رويترز", "فرانس برس", "أ ف ب", "الأناضول", "واس", "وام", "سانا", "د ب أ"),
    *("共同通信", "時事通信", "共同", "時事", "新华社", "新華社", "中新社", "中央社"),
    *("연합뉴스", "뉴시스", "뉴스1", "ttxvn", "irna", "isna", "kuna", "mena", "wafa", "qna"),
)

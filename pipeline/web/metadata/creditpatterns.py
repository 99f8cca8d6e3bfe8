"""The patterns of a reporter's credit printed in Chinese or Korean text (data, no logic):
`_CREDIT` ("（记者 张三）", "【林小玲╱新北報導】", "홍길동 기자 ="), the words every credit
holds (`_CREDIT_WORDS`, a fast test before the slow pattern), and the leads and roles of a
Korean byline ("글·사진 김민수", "김민수 특파원").
"""

from __future__ import annotations

import re

from pipeline.text.scripts import HAN_CHAR

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
    # (or after an agency's dateline in brackets or a slash: "[서울=뉴시스] 김민수 기자",
    # "/김민수 기자")
    rf"|(?:(?<![^\n])|(?<=[|｜=＝\]］/])|(?<=[|｜=＝\]］][ 　]))(?!{_KO_NOT_NAMES}[ 　]?기자)"
    rf"({_KO_NAMES})"
    rf"[ 　]?(?:{_KO_ROLES}[ 　]?)?기자[ 　]*(?=\n|$)"
    # (or names apart by "、": "山田太郎、佐藤花子記者", two reporters)
    rf"|(?<![^\n])({_HAN_NAME}(?:[ 　]*[、，,・][ 　]*{_HAN_NAME}){{0,3}})[ 　]*記者[ 　]*(?=\n|$)"
    # ... or in brackets after the outlet: "[이데일리 김민수 기자]", "[아시아경제 김민수 기자] ..."
    rf"|[\[［][ 　]*[가-힣A-Za-z0-9]{{1,12}}[ 　]+(?!{_KO_NOT_NAMES}[ 　]?기자)({_KO_NAMES})"
    rf"[ 　]?(?:{_KO_ROLES}[ 　]?)?기자[ 　]*[\]］]"
)
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

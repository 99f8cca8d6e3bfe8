"""The first characters of Chinese surnames: the common single-character surnames (in
simplified and traditional forms) and the first characters of compound ones (欧阳, 司马, 上官,
诸葛 ...), as the Hundred Family Surnames and the population's most frequent surnames list
them. Written from knowledge of the language, patterned after no site.

Read where a credit's shape alone cannot tell a name from a phrase: a line "新华社记者王小五"
credits a reporter, "新华社记者看东北" (the agency's reporters look at the north-east) is a
column's name; no surname opens with 看.
"""

from __future__ import annotations

from pipeline.text.scripts import has_han

_SIMPLIFIED = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
    "臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁"
    "胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰"
    "支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜"
    "印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧"
    "闭由佐竺钮臧柴阎滑步都耿满弘匡国文寇广禄阙东殴殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简"
    "饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公上欧东皇尉令夏长宇独端轩司诸慕"
)
_TRADITIONAL = (
    "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉鍾鐘譚陸賈韋鄒閻雷龍陶賀顧龔萬錢嚴溫莊聶魯歐蘭紀畢單"
    "塗駱藍遊靳鮑饒繆車項蘆麥婁竇黨費衛閔鄔邊師欒鞏遲鄺樂儲勞諶藺樓滿聞厲區闞權帥練豐計晉門雲"
    "烏況鮮諸戰銀賓陰閉蘇呂盧薛龐顏喬寧湯倫詹鄺劉鳳蔣廖蔡葛郝鄒魏閆鄔鄧鍾賴翁傅莫柯涂溫甯"
    "長獨軒東皇"
)
SURNAME_STARTS = frozenset(_SIMPLIFIED + _TRADITIONAL) | frozenset("赖")


def surnamed(name: str) -> bool:
    """True when `name` opens on a Chinese surname's (first) character, or is no Han name (a
    Korean one: "박서연")."""
    first = name[:1]
    return first in SURNAME_STARTS or not has_han(first)

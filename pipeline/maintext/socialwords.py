"""The words of following a site on a social network (data, no logic), beside
`pipeline.maintext.lexicon`'s other furniture words and read by `pipeline.maintext.labels`
and `followprompts`: the openings of a follow label, the networks and messengers, and the
invitations to follow, join or subscribe, in the languages `lexicon` lists. Written from
knowledge of the languages and the networks, patterned after no site.
"""

from __future__ import annotations

# An invitation to follow the site, by its opening words (a network name must follow).
FOLLOW_STARTS = (
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
    *("segueix-nos", "seguiu-nos", "пратите нас", "sekite mus", "sekojiet mums", "jälgi meid"),
    "seko mums",
    "எங்களை",
)
# The social networks and messengers a site asks to be followed on, lowered: the one list
# every follow rule reads (`followprompts.NETWORK_NAME`: the labels' and invitations' rules,
# `linekinds`' "Follow us on ..." and "关注我们的微博", `sitelines`' site followed by name on
# several networks).
NETWORKS = (
    "facebook",
    "twitter",
    "x",
    "instagram",
    "telegram",
    "youtube",
    "tiktok",
    "whatsapp",
    "linkedin",
    "threads",
    "bluesky",
    "google+",
    "google +",
    "google plus",
    "googleplus",
    "微博",
    "微信",
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
    # a news aggregator's and the messengers' channels, and the names in other scripts
    "google news",
    "вконтакте",
    "vkontakte",
    "телеграм",
    "дзен",
    "dzen",
    "viber",
    "вайбер",
    "ютуб",
    "инстаграм",
    "фейсбук",
    "фејсбук",  # Serbian, Macedonian
    "інстаграм",
    "تويتر",
    "تلغرام",
    "تليجرام",
    "تيليجرام",
    "واتساب",
    "واتس اب",
    "يوتيوب",
    "أخبار جوجل",  # Google News
    "اخبار جوجل",
    "انستغرام",
    "إنستغرام",
    "توییتر",
    "واتساپ",
    "ایتا",
    "روبیکا",
    "ट्विटर",
    "टेलीग्राम",
    "व्हाट्सएप",
    "व्हाट्सऐप",
    "यूट्यूब",
    "इंस्टाग्राम",
    "गूगल न्यूज",
    "ইউটিউব",
    "フェイスブック",
    "ツイッター",
    "インスタグラム",
    "ユーチューブ",
    "페이스북",
    "유튜브",
    "인스타그램",
    "트위터",
    "카카오톡",
    "텔레그램",
    "เฟซบุ๊ก",
    "ยูทูบ",
)
# An invitation to follow, join or subscribe to the site's channel on a network
# (`labels.is_follow_invite`, with a name of `NETWORKS` in the same short line), anywhere in
# the line: the verb closes it in Turkish, Persian, Hindi, Japanese and Korean. Imperatives
# and "our ..." only: "followed him on Twitter" reports, "Follow our channel" invites.
FOLLOW_INVITES = (
    *("follow us", "follow our", "join our", "subscribe to our", "follow official"),
    *("chat with us",),  # the site's chat on a network: "Chat with us in Facebook Messenger"
    *("abonnez-vous", "rejoignez-nous", "suivez-nous", "suivez notre", "retrouvez-nous"),
    *("suivez toute", "retrouvez toute"),  # "... toute l'actualité de X sur notre page Facebook"
    *("folgen sie uns", "folgen sie unserem", "abonnieren sie", "folge uns"),
    *("síguenos", "suscríbete", "únete a nuestro", "siga-nos", "inscreva-se", "siga o canal"),
    *("seguici", "iscriviti", "unisciti"),
    *("śledź nas", "obserwuj nas", "dołącz do nas", "subskrybuj nasz", "sledujte nás"),
    *("подписывайтесь", "подпишитесь", "присоединяйтесь", "читайте нас", "следите за нами"),
    *("підписуйтесь", "приєднуйтесь", "стежте за нами"),
    *("ακολουθήστε", "εγγραφείτε"),
    *("takip edin", "abone olun", "katılın", "takip etmek için", "abone olmak için"),
    *("ikuti", "gabung di", "gabung ke", "bergabung di", "bergabung dengan", "simak"),
    *("gabung channel", "gabung grup", "clique aqui para seguir", "следите за новостями в"),
    *("следи за нами",),
    *("تابعونا", "تابعوا", "اشترك في", "انضموا"),
    *("دنبال کنید", "عضو شوید", "بپیوندید"),
    *("فالو کریں", "جوائن کریں"),
    *("फॉलो करें", "फॉलो कीजिए", "से जुड़ें", "सब्सक्राइब करें"),
    *("フォローしてください", "フォローお願いします", "チャンネル登録"),
    *("팔로우하세요", "구독하세요", "구독해 주세요"),
    *("theo dõi chúng tôi", "theo dõi kênh", "volg ons", "följ oss"),
)
# ... and the site's news sent on a network, read where they open the line (a subjunctive
# in a sentence says "que receba notícias ... no WhatsApp"): "Receba as notícias do X no
# WhatsApp", "📲 Receba no WhatsApp", "Recibe las noticias en tu WhatsApp", "Segui su Google
# News", "Ricevi le notizie su Telegram".
NEWS_ON_NETWORK = (
    *("receba as notícias", "receba notícias", "receba no whatsapp", "receba as principais"),
    *("recibe las noticias", "recibe en tu whatsapp", "ricevi le notizie", "segui su"),
)

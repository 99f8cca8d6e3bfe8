"""Word lists of a page's buttons and badges printed as a line of their own, and of the box
presenting a translated article's source paper (data, no logic: `pipeline.maintext.labels`
builds its lookups from them, as from `lexicon`).

A button's label is one word or a short phrase standing alone between paragraphs: the
actions offered on the article ("Lire", "Écouter", "Sauvegarder", "Offrir l'article",
"Anhören", "Merken", "Ascolta", "Słuchaj", "Слушать"), the badges of a paywalled or
exclusive piece ("Abonnés", "Article premium", "Exclusif", "Exklusiv"), and the controls a
French page prints among its paragraphs (its player's, its reader's tools and account, its
offers: « Passer la publicité », « Ajouter aux favoris », « Déjà abonné ? Connectez-vous »).
Read whole (a line that is nothing else), never as a heading over a block: "Écouter" over
paragraphs names no section to drop. Not the kinds' words that golds on disk keep as a line:
a player's or a live page's badge ("Vidéo", "Live", "En direct", "Podcast"), the English
"Subscribe" (a page-signal gold keeps it on hundreds of pages), "Listen" ("Listen." opens a
speaker's line), Indonesian "Lihat Foto" (a corpus gold keeps it under a picture).

Languages: en fr de es pt it pl ru uk nl cs sk tr el id ms sv da nb fi ro hu hr sr sl bg ca lt
lv et vi th he ar fa ja ko hi.
Written from knowledge of the languages, patterned after no site.
"""

from __future__ import annotations

BUTTONS = (
    # English
    "read now|save article|save story|save for later|gift article|gift this article|"
    "subscribers only|subscriber only|for subscribers|exclusive|"
    "see more|show more|add to favorites|remove from favorites|report an error|report a typo|"
    "text size|reading mode|my account|follow this topic|follow this author|"
    "turn on notifications|download the app|see our offers|view offers|"
    # ... and the controls of an English news page printed as lines of the body: its video
    # player's ("Just watched", "Up next", "Media playback is unsupported on your device"),
    # its pictures' ("Click photo to enlarge"), its ads' and sponsors'
    # labels ("Skip advertisement", "Supported by", "Paid content"), its share, print and
    # account buttons, its newsletter form's messages, and the headings of its teaser boxes
    # standing alone ("Read next", "Most viewed"). Not the ones golds on disk keep as a line:
    # "Ad Feedback", "Close", "Next up", "Hide caption", "Related topics", "Click to enlarge",
    # "Email", "Save", "Listen", "Print" alone, "Trending".
    "just watched|must watch|up next|now playing|replay|watch now|"
    "this video can not be played|this video cannot be played|"
    "media playback is unsupported on your device|"
    "click photo to enlarge|click image to enlarge|click here to enlarge|click to expand|"
    "expand|"
    "skip advertisement|supported by|paid content|presented by|"
    "link copied|share full article|read in app|opens in new window|log in|"
    "printer friendly page|printer-friendly page|printer friendly version|"
    "printer-friendly version|your e-mail alerts|your email alerts|quickvote|"
    "comment on this story|sign in to comment|"
    "please enter a valid email address|invalid email|thanks for signing up|"
    "something went wrong. please try again later|continue reading|"
    "explore more on these topics|reuse this content|read next|most viewed|most read|"
    "most popular|recommended stories|"
    # French (« Lire plus tard », « Offrir l'article », the badges of a locked
    # piece « Abonnés », « Article abonné »)
    "lire|écouter|lire plus tard|écouter plus tard|sauvegarder|sauvegarder l'article|"
    "ajouter à mes favoris|ajouter à mes articles|mes favoris|offrir|offrir l'article|"
    "offrir cet article|s'abonner|abonnés|abonné|article abonné|"
    "article abonnés|article premium|exclusif|exclusivité|contenu abonné|"
    # ... and the controls of a French news page printed as lines of the body: its player,
    # its reader's tools and account, its offers, an embed's consent buttons
    "passer la publicité|lire le journal numérique|voir le pdf|voir la vidéo|"
    "regarder la vidéo|voir le diaporama|ouvrir en mode plein écran|plein écran|"
    "partager sur|partager l'article sur|partager la page|lien permanent|"
    "ajouter aux favoris|retirer de mes favoris|retirer des favoris|afficher plus|voir plus|"
    "agrandir le texte|taille du texte|mode lecture|mon compte|se connecter|"
    "suivre ce sujet|suivre cet auteur|suivre ce journaliste|recevez nos alertes|"
    "activer les notifications|télécharger l'application|signaler une coquille|"
    "signaler une erreur|envoyer par e-mail|envoyer par email|écrivez-nous|"
    "pour poursuivre votre lecture|déjà abonné ? connectez-vous|"
    "vous lisez un article en libre accès|voir les offres|découvrir les offres|"
    "découvrir l'offre|offre spéciale|offre limitée|sans engagement|"
    "accepter et afficher le contenu|afficher le contenu|gérer mes choix|"
    "abonnez-vous à notre infolettre|inscrivez-vous à notre infolettre|à voir en vidéo|"
    "voir aussi|en savoir plus|pour en savoir plus|plus d'infos|lisez aussi|lire plus|"
    "sur le même thème|voir plus d'articles|nos dernières vidéos|ajouter à ma liste|"
    "ajouter à mes sujets|commenter|écoutez l'article|écoutez cet article|"
    "abonnez-vous à l'infolettre|partager par courriel|envoyer par courriel|courriel|"
    "article réservé aux abonnés|contenu partenaire|cet article vous a plu|"
    "découvrez nos offres|soutenez notre journalisme|faire un don|"
    # ... a comment's report button, a copied link's notice, the headings of the site's own
    # picks and a feedback prompt, standing alone
    "signaler un abus|signaler ce commentaire|lien copié|sélectionné pour vous|"
    "sélectionnés pour vous|nos lecteurs ont aussi lu|vous avez aimé cet article ?|"
    # German
    "anhören|vorlesen|artikel vorlesen|merken|artikel merken|verschenken|artikel verschenken|"
    "exklusiv|nur für abonnenten|"
    # ... and the controls of a German news page printed as lines of the body: its player,
    # gallery and embeds, its comments, its reader's tools, its paywall and offers
    "artikel vorlesen lassen|artikel anhören lassen|bild vergrößern|bildergalerie ansehen|"
    "zur bildergalerie|fotostrecke ansehen|zur fotostrecke|video abspielen|externer inhalt|"
    "externe inhalte|zur startseite|zurück zur startseite|zurück zur übersicht|"
    "zu den kommentaren|zum kommentarbereich|jetzt kommentieren|artikel kommentieren|"
    "kommentar schreiben|feedback senden|fehler melden|fehler gefunden? jetzt melden|"
    "sie haben einen fehler entdeckt? jetzt melden|jetzt teilen|artikel drucken|"
    # a recipe's, a guide's and a health page's tools: print, save, show or hide the sources
    # (and the same in en, fr, es, it, nl, pt)
    "rezept drucken|tipp favorisieren|rezept merken|quellen anzeigen|quellen ausblenden|"
    "print recipe|save recipe|show sources|hide sources|imprimer la recette|"
    "afficher les sources|masquer les sources|imprimir receta|imprimir la receta|"
    "mostrar fuentes|ocultar fuentes|stampa la ricetta|stampa ricetta|mostra fonti|"
    "nascondi fonti|recept printen|recept afdrukken|bronnen tonen|bronnen verbergen|"
    "imprimir receita|mostrar fontes|ocultar fontes|"
    "jetzt abonnieren|jetzt abonnieren und weiterlesen|jetzt weiterlesen|"
    "exklusiv für abonnenten|noch kein abonnent|bereits abonnent? jetzt anmelden|"
    "bereits abonnent? hier anmelden|sie haben bereits ein abo? hier anmelden|"
    "sie haben bereits ein abonnement? hier anmelden|sie möchten diesen artikel lesen|"
    "zum weiterlesen bitte anmelden|jetzt kostenlos für den newsletter anmelden|"
    "jetzt zum newsletter anmelden|zum newsletter anmelden|hier zum newsletter anmelden|"
    "die kommentarfunktion ist geschlossen|die kommentarfunktion wurde geschlossen|"
    "möchten sie den artikel teilen|"
    # Spanish, Portuguese, Italian
    "escuchar|guardar|guardar artículo|solo para suscriptores|exclusiva|exclusivo|"
    "ouvir|salvar|para assinantes|exclusivo para assinantes|"
    "ascolta|salva|salva l'articolo|solo per abbonati|riservato agli abbonati|esclusiva|"
    "esclusivo|"
    # ... and the controls Spanish, Portuguese and Italian news pages print as lines of the
    # body: the player's, the comments' and the share row's buttons, the paywall's calls
    "escuchar noticia|escuchar artículo|ver comentarios|mostrar comentarios|"
    "ir a los comentarios|compartir en facebook|compartir en x|compartir en twitter|"
    "compartir en whatsapp|sigue leyendo|seguir leyendo|continúa leyendo|continuar leyendo|"
    "suscríbete para seguir leyendo|suscríbete para continuar leyendo|lee sin límites|"
    "ya soy suscriptor|¿ya eres suscriptor? inicia sesión|¿ya tienes una cuenta? inicia sesión|"
    "este contenido es exclusivo para suscriptores|contenido exclusivo para suscriptores|"
    "únete a la conversación|reportar un error|normas de participación|"
    "apúntate a la newsletter|más información|noticia relacionada|relacionadas|"
    "ouvir notícia|ouvir matéria|ouvir texto|compartilhar no facebook|compartilhar no whatsapp|"
    "compartilhar no twitter|compartilhar no x|ver comentários|continuar lendo|continue lendo|"
    "conteúdo exclusivo para assinantes|conteúdo exclusivo para assinante|"
    "já é assinante? faça login|já é assinante? entre|assine já|reportar erro|comunicar erro|"
    "entre na conversa|notícia relacionada|"
    "abbonati per continuare a leggere|continua a leggere|leggi l'articolo completo|"
    "già abbonato? accedi|sei già abbonato? accedi|partecipa alla discussione|"
    "scrivi un commento|sostieni il giornalismo|apri la gallery|apri la galleria|correlati|"
    # Polish, Russian, Ukrainian, Dutch, Czech
    "słuchaj|posłuchaj|zapisz|tylko dla subskrybentów|tylko u nas|"
    "слушать|послушать|сохранить|в закладки|эксклюзив|только для подписчиков|"
    "слухати|зберегти|ексклюзив|"
    "luister|bewaar|exclusief|alleen voor abonnees|"
    "poslechnout|uložit|exkluzivně|"
    # Turkish, Greek, Indonesian and Malay, Swedish, Danish, Norwegian, Finnish, Romanian,
    # Hungarian, Croatian, Serbian, Slovenian, Bulgarian, Catalan, Vietnamese
    "dinle|kaydet|abonelere özel|ακούστε|αποθήκευση|αποκλειστικό|dengarkan|simpan|eksklusif|"
    "lyssna|spara|exklusivt|lyt|lytt|lagre|kuuntele|tallenna|ascultă|salvează|"
    "meghallgatom|mentés|exkluzív|poslušaj|spremi|ekskluzivno|слушай|запази|ексклузивно|"
    "escolta|desa|nghe|lưu bài|"
    # ... and the controls Indonesian, Turkish, Portuguese and Russian news pages print as
    # lines of the body: share and read-more links, the next story, the player, a gallery's
    # and a video's labels, an ad's report link, the comments' buttons, a follow prompt
    "bagikan artikel ini|bagikan berita ini|baca selengkapnya|baca berita selengkapnya|"
    "halaman selanjutnya|halaman berikutnya|laporkan iklan|lanjut baca di bawah ini|"
    "pilihan untuk anda|berita populer|tonton video pilihan berikut ini|"
    "gabung grup telegram kami|klik di sini untuk berlangganan|"
    "haberin devamı için tıklayınız|haberin devamı için tıklayın|devamını oku|"
    "daha fazla haber için tıklayın|haberi paylaş|sonraki haber|önceki haber|"
    "bağlantıyı kopyala|fotoğraf galerisi|haberin videosu|sesli dinle|abone ol|"
    "bu habere henüz yorum yapılmamış|henüz yorum yapılmamış|ilk yorumu sen yap|"
    "yorumları göster|en çok okunanlar|"
    "compartilhe|compartilhe esta notícia|compartilhe esta matéria|ouça este conteúdo|"
    "ouvir este conteúdo|este conteúdo é exclusivo para assinantes|assine|"
    "поделиться в соцсетях|поделиться в социальных сетях|показать комментарии|"
    "все комментарии|подписаться|читать полностью|читать далее|следующая новость|"
    "предыдущая новость|следующая статья|предыдущая статья|"
    # ... and Polish, Spanish, Italian, Greek and Ukrainian pages' (the next and the previous
    # story, a gallery's and a video's links, a sponsored piece's badge)
    "oceń|udostępnij artykuł|czytaj więcej|skomentuj|artykuł sponsorowany|zobacz galerię|"
    "zobacz wideo|subskrybuj|następny artykuł|poprzedni artykuł|compartir esta noticia|"
    "ver más noticias|siguiente noticia|noticia anterior|noticia siguiente|próxima notícia|"
    "notícia anterior|próxima matéria|berita selanjutnya|berita sebelumnya|artikel selanjutnya|"
    "suscríbete|ver galería|más noticias|"
    "condividi questo articolo|articolo successivo|articolo precedente|abbonati|"
    "guarda la gallery|μοιραστείτε το άρθρο|επόμενο άρθρο|προηγούμενο άρθρο|τα πιο δημοφιλή|"
    "δείτε τη συλλογή|наступна новина|попередня новина|всі новини|показати коментарі|"
    # ... the account asked for alone ("Пожалуйста, войдите или зарегистрируйтесь.")
    "войдите или зарегистрируйтесь|пожалуйста, войдите или зарегистрируйтесь|"
    "зарегистрируйтесь или войдите|увійдіть або зареєструйтеся|"
    "будь ласка, увійдіть або зареєструйтеся|zaloguj się lub zarejestruj|"
    "zaloguj się lub zarejestruj się|συνδεθείτε ή εγγραφείτε|"
    # ... and the same controls of Dutch, Scandinavian, Finnish, Czech, Slovak, Hungarian,
    # Romanian, South Slavic, Baltic, Vietnamese, Thai, Hebrew, Arabic, Persian, Japanese,
    # Korean and Hindi pages: the next and the previous story, more news, save, the whole
    # story, the account asked for before a comment, a share button naming its network in
    # the language's case ("Jaa Facebookissa", "Megosztás Facebookon")
    "volgend artikel|vorig artikel|meer nieuws|meer artikelen|bewaar artikel|lees verder|"
    "lees het volledige artikel|log in om te reageren|nästa artikel|föregående artikel|"
    "fler nyheter|spara artikel|läs hela artikeln|logga in för att kommentera|næste artikel|"
    "forrige artikel|flere nyheder|gem artikel|læs hele artiklen|log ind for at kommentere|"
    "neste artikkel|forrige artikkel|neste sak|forrige sak|flere nyheter|lagre artikkel|"
    "les hele saken|les hele artikkelen|logg inn for å kommentere|seuraava artikkeli|"
    "edellinen artikkeli|lisää uutisia|lue koko artikkeli|kirjaudu sisään kommentoidaksesi|"
    "kirjaudu kommentoidaksesi|jaa facebookissa|další článek|předchozí článek|další zprávy|"
    "sdílet článek|pro přidání komentáře se přihlaste|ďalší článok|predchádzajúci článok|"
    "ďalšie správy|zdieľať článok|uložiť|következő cikk|előző cikk|további hírek|"
    "megosztás facebookon|articolul următor|articolul anterior|mai multe știri|"
    "distribuie articolul|следваща статия|предишна статия|още новини|sljedeći članak|"
    "prethodni članak|još vijesti|следећи чланак|претходни чланак|sledeći članak|još vesti|"
    "још вести|kitas straipsnis|ankstesnis straipsnis|daugiau naujienų|nākamais raksts|"
    "iepriekšējais raksts|vairāk ziņu|järgmine artikkel|eelmine artikkel|rohkem uudiseid|"
    "jaga facebookis|bài tiếp theo|bài trước|tin khác|đọc tiếp|ข่าวถัดไป|ข่าวก่อนหน้า|ข่าวอื่นๆ|"
    "הכתבה הבאה|הכתבה הקודמת|עוד חדשות|לכל הכתבות|المقال التالي|المقال السابق|الخبر التالي|"
    "الخبر السابق|مزيد من الأخبار|المزيد من الأخبار|خبر بعدی|خبر قبلی|اخبار بیشتر|"
    "次の記事|前の記事|もっと見る|続きを読む|この記事をシェアする|lineで送る|ツイート|"
    "다음 기사|이전 기사|더보기|카카오톡 공유|페이스북 공유|글자크기|अगली खबर|पिछली खबर|"
    "और खबरें|फेसबुक पर शेयर करें|sdílet na facebooku|zdieľať na facebooku|podijeli na facebooku|"
    "podeli na facebooku|ادامه مطلب|لینک کوتاه|facebookでシェア|اقرأ المزيد|chia sẻ bài viết|"
    "이 기사를 공유합니다"
)
# The heading of the box under a translated article presenting the paper it was translated
# from (its name, its town, a line or a paragraph on it): a weekly of the foreign press
# prints it after the text.
ABOUT_SOURCE = (
    "source de l'article|sources de l'article|à propos de la source|le journal source|"
    "about the source|about this source|source of the article|"
    "quelle des artikels|fuente del artículo|fonte dell'articolo|fonte do artigo"
)

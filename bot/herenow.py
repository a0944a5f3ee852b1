"""Words for the text itself and the present, per language ("this post", "this week", "diese Woche", "Этот блог"):
after "this", "these" (and their kin) they open a sentence of its own, which points back at nothing
(bot/discourse.py's leans_back). Pure.
"""

# ... but "this"/"these" before the text itself or the present ("This post started as…",
# "This year, we…"), and "it" in "It's time to…", point at nothing before.
HERE_AND_NOW = frozenset([
    "post", "article", "piece", "blog", "site", "page", "video", "podcast", "episode", "newsletter", "issue",
    "edition", "release", "version", "update", "week", "weekend", "month", "year", "morning", "afternoon",
    "evening", "time", "season", "summer", "winter", "spring", "autumn", "fall"
])  # fmt: skip
# (French "ce"/"cette" before the text itself, the present, or a relative clause: "Ce matin…", "Ce qui…")
ICI_ET_MAINTENANT = frozenset([
    "billet", "article", "post", "blog", "site", "épisode", "numéro", "matin", "soir", "midi", "week", "weekend",
    "mois", "jour", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "qui", "que", "qu",
    "semaine", "année", "fois", "nuit", "saison", "édition", "vidéo", "livre",
])  # fmt: skip
# (Italian "questo"/"questa" before the text itself or the present: "Questo articolo…", "Questa settimana…"; not
# "Questo chiarimento è cruciale…", set31 F10, the clarification the sentence before gave)
QUI_E_ORA = frozenset([
    "articolo", "post", "blog", "sito", "video", "episodio", "numero", "mese", "anno", "settimana", "mattina",
    "sera", "weekend", "fine", "giorno", "volta", "libro", "podcast", "newsletter", "pagina", "tutorial", "corso",
    "puntata", "estate", "inverno", "primavera", "autunno", "pomeriggio", "notte", "stagione", "edizione", "intervista",
    "guida", "serata", "giornata", "progetto",
])  # fmt: skip
# (German "dieser"/"diese" before the text itself or the present: "Diese Woche…", "Dieser Beitrag…", "Diesen
# Sonntag…"; not "Diese Phänomene, von der Krankenheilung bis…", set34 F3)
HIER_UND_JETZT = frozenset([
    "artikel", "beitrag", "blog", "post", "video", "podcast", "folge", "episode", "ausgabe", "newsletter", "seite",
    "website", "text", "anleitung", "tutorial", "woche", "wochenende", "monat", "jahr", "morgen", "abend", "tag",
    "mal", "sommer", "winter", "herbst", "frühling", "saison", "predigt", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "nacht", "nachmittag", "vormittag", "zeit", "stelle",
])  # fmt: skip
# (Norwegian, Danish, Romanian "this" before the text itself or the present: "Denne uken…", "Acest articol…")
NO_HER = frozenset([
    "uken", "uka", "ugen", "uge", "måneden", "måned", "året", "år", "innlegget", "innlegg", "indlæg", "artikkelen",
    "artikkel", "artiklen", "artikel", "gangen", "gang", "helgen", "weekend", "bloggen", "blogg", "blog", "videoen",
    "video", "episoden", "episode", "guiden", "guide", "teksten", "tekst", "blogginnlegget", "podcasten", "podcast",
    "høsten", "våren", "sommeren", "vinteren", "versjonen", "versionen", "udgave", "siden", "side", "kurset",
    "articol", "articolul", "an", "anul", "săptămână", "săptămâna", "episod", "episodul", "material", "post",
    "postare", "tutorial", "ghid", "lună", "luna", "versiune", "versiunea", "lansare",
])  # fmt: skip
# (Spanish and Portuguese "esta", "estos", "estas" before the text itself, the present, or a verb: "Esta
# semana…", "Esta es la segunda parte…"; not "Esta corriente de pensamiento…", set45 F5, the current named before)
AQUI_Y_AHORA = frozenset([
    "semana", "mañana", "manhã", "tarde", "noche", "noite", "vez", "temporada", "entrada", "publicación", "publicação",
    "edición", "edição", "newsletter", "nota", "guía", "guia", "serie", "série", "sección", "seção", "charla",
    "página", "web", "semanas", "días", "dias", "noches", "es", "fue", "será", "é", "foi", "são", "son", "fueron",
    "primavera", "verano", "verão", "otoño", "outono", "invierno", "inverno", "parte", "lista", "historia", "história",
    "artículo", "artigo", "post", "blog", "vídeo", "video", "episodio", "episódio", "podcast", "entrevista",
    "actividad", "atividade", "sesión", "sessão", "conferencia", "jornada", "evento", "última", "próxima", "pasada",
    "passada", "misma", "mesma", "versión", "versão", "actualización", "atualização",
])  # fmt: skip
# (Persian "این"/"آن" ("this"/"that") or "همین" ("this same") before the text itself, a time, or as an adverb of
# manner or place, set65a F8 and review rev65d F1, F2: "این پست…", "این هفته…", "این سال‌ها…" (plural, looked up
# without "ها"), "همین دیروز…" ("just yesterday"), "آن طور که وزیر گفت…" ("as the minister said"), "آن سوی مرز…"
# ("across the border"); "که" after them opens a clause: "این که…")
INJA_VA_AKNUN = frozenset([
    "که", "پست", "مطلب", "نوشته", "مقاله", "وبلاگ", "سایت", "صفحه", "ویدیو", "ویدئو", "پادکست", "اپیزود", "قسمت",
    "سری", "مجموعه", "آموزش", "دوره", "جلسه", "هفته", "روز", "روزا", "ماه", "سال", "بار", "زمان", "لحظه", "الان",
    "الآن", "حالا", "امروز", "امسال", "امشب", "دیروز", "دیشب", "پارسال", "فردا", "اواخر", "اول", "تازگی", "چند",
    "طور", "گونه", "سوی", "سو", "طرف", "موقع", "وقت", "هنگام", "گاه", "دفعه", "قدر", "همه", "جا", "چنین", "چه",
])  # fmt: skip

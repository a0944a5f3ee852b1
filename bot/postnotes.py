"""Where else a post was published, as its own note says it ("This post was originally published on …", "Artigo
publicado também no LinkedIn."): patterns for bot/creditrows.py's "credits-note" row, which takes a block that is only
such a note (and who made the post) out of the text. Data."""

from __future__ import annotations

from .boilerrow import NAMES

# What a post is called, in a note about it
POST = (
    r"(?:(?:this|the)\s+(?:blog\s+)?(?:post|article|entry|piece)|(?:este|el)\s+(?:blog\s+post|post|artículo|texto)"
    r"|esta\s+entrada(?:\s+en\s+el\s+blog)?|cet\s+article|ce\s+billet|dieser\s+(?:beitrag|artikel)"
    r"|este\s+(?:artigo|post|texto)"
    # (a post's other words in French and German: "Cette entrée…", "Dieser Eintrag…"; set59 F1)
    r"|cette\s+(?:entrée|note)|ce\s+post|(?:dieser|diese)\s+(?:post|eintrag)"
    # (the text itself, "the present article": "O presente artigo foi originalmente publicado na…", set54 F3)
    r"|(?:o\s+)?presente\s+(?:artigo|texto)|(?:el\s+)?presente\s+(?:artículo|texto)|le\s+présent\s+article)"
)
# A note's label before it: "Nota: …", "Nota do autor: …", "Author's note: …", "Anmerkung: …".
NOTE_LABEL = r"(?i:(?:nota|note|notiz|anmerkung|remarque)(?:\s+d[oae]\s+(?:autor|auteur)|\s+del\s+autor)?\s?:\s+|author['’]s\s+note\s?:\s+)"
# A day, with its preposition: "le 10/07/2026", "on 3 May 2021", "on May 3, 2021", "am 3. Mai 2021", "el 7 de julio
# de 2020" (one optional word between each part, no nesting)
_DAY = (
    r"(?:(?:le|on|am|el|em|en|il)\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d"
    r"|\d{1,2}(?:er|st|nd|rd|th)?\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?\s+(?:de\s+|del\s+)?\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
# "This post was originally published on …", "Este blog post fue originalmente publicado en el blog del R
# Consortium el 7 de julio del 2020.", "Esta entrada en el blog fue enviada al blog del R Consortium donde fue
# publicada el 03/18/2020.", "Originally published at …", "Cet article a d'abord été publié sur …"
PUBLISHED_FIRST = (
    rf"(?i:{POST}\s+(?:was|has\s+been|fue|foi|a\s+(?:d['’]abord\s+|initialement\s+)?été|wurde|erschien)\s+"
    r"(?:originally\s+|first\s+|originalmente\s+|initialement\s+|zuerst\s+|ursprünglich\s+)?"
    # (the participle in either gender and number, the adverb after it, and the day before the venue: "… a été
    # publiée initialement le 10/07/2026 sur …", set59 F1)
    r"(?:published|posted|submitted|cross-posted|publicad[oa]s?|enviad[oa]s?|publiée?s?|veröffentlicht)?\s*"
    rf"(?:originally\s+|first\s+|originalmente\s+|initialement\s+|d['’]abord\s+)?(?:{_DAY}\s+)?"
    r"(?:on|in|at|to|en|al|a\s+la|no|na|em|sur|dans|auf|im|bei)\s"
    r"|(?:originally|first)\s+(?:published|posted)\s+(?:on|in|at)\s|article\s+initialement\s+publié\s"
    # (words that are a paper's too, "Cette publication a été publiée dans la revue Nature en 2019…": only first
    # published somewhere, "Cette publication a été publiée initialement le 10/07/2026 sur …", a cross-post's notice
    # in 21 of 40 excerpts, jn-prod--nicolasjouanno-substack-fr.xml, set59 F1; the review of 4f2dc31..802cf6d)
    r"|(?:cette\s+publication|ce\s+texte|esta\s+(?:publicación|publicação))\s+(?:a\s+été|fue|foi)\s+"
    r"(?:publiée?s?|publicad[oa]s?)\s+(?:initialement|originalmente|d['’]abord|primero|primeiro)\s+"
    rf"(?:{_DAY}\s+)?(?:sur|en|em|no|na|dans)\s"
    # (a cross-post's notice: "You can see this post on Trio's blog as well.", natidever--medium-gabriel.xml, set44 F3)
    rf"|you\s+can\s+(?:also\s+)?(?:see|read|find)\s+{POST}\s+(?:also\s+)?(?:on|in|at)\s)"
    # (to its sentence's end: a dot in an address, "blog.example.org", goes on; or the block's, "…'s Open Thinkering
    # blog" in a callout of its own with no mark: bonfire--website-blog.xml in set49, F6)
    # (no mark only after a short name: not a lead cut at "[…]", nor "…on Reddit and got far more replies")
    r"(?:(?:[^\n.!?]|[.!?](?=\S)){1,160}[.!]|(?![^\n]*\b(?:and|e|und|y|et)\b)(?:[^\n.!?,…\[]|\.(?=\S)){1,60}$)"
)
# Without a subject, where else too, and only the venue after it: "Artigo publicado também no linkedin.", "Also
# published on Medium." (set54 F3); not where first ("Artigo publicado na Nature em 2019 mostra que…"), nor a lead
# that goes on ("Also published in Science this week, a second study found…", "Publicado também na revista Science, um
# segundo estudo confirma…": the review).
ALSO_PUBLISHED = (
    r"(?i:(?:(?:artigo|texto|post|artículo|article|beitrag)\s+)?(?:also\s+(?:published|posted)|(?:publicad[oa]|published"
    r"|publié|veröffentlicht|erschienen)\s+(?:também|también|tambien|also|aussi|auch))\s+(?:no|na|em|en|on|in|at|sur"
    r"|auf|bei)\s)(?:[^\n.!?,;:…]|\.(?=\S)){1,60}[.!]?"
)
# Without a subject, in which language and where the original was first published: "Publicado originalmente en
# idioma inglés en The Bedrock Principle" (an italic line over a translated post, its whole excerpt: set60 F1); only a
# venue's name after it, no comma nor number: not a lead that goes on ("Publicado originalmente en inglés en 1605, el
# libro…", "Originally published in English in London, the novel…")
FIRST_IN_LANGUAGE = (
    r"(?i:(?:publicad[oa]|publiée?|published|veröffentlicht)\s+(?:originalmente|originally|initialement|first"
    r"|ursprünglich|zuerst)\s+(?:en\s+(?:idioma\s+|lengua\s+)?|in\s+(?:the\s+)?|em\s+(?:língua\s+)?|auf\s+)"
    r"[^\W\d_]{4,12}(?:\s+language)?\s+(?:en|in|on|at|em|no|na|sur|dans|bei|auf)\s)(?!\d)"
    r"(?:[^\n.!?,;:…\[\d]|\.(?=\S)){1,60}[.!]?$"
)
# Who writes the post, in the present tense: "This post is written by Jane Roe" (in italics over the story, its whole
# excerpt: set60 F1); only names after it, not "This post is written by a beginner, for beginners, and covers…"
IS_WRITTEN_BY = (
    r"(?i:(?:this|the)\s+(?:blog\s+|guest\s+)?(?:post|article|entry)\s+is\s+(?:co-?)?(?:written|authored|translated"
    rf"|edited)\s+by)\s+{NAMES}(?:(?:\s+(?:and|&)\s+|\s*,\s*){NAMES}){{0,3}}\.?$"
)
# A Jekyll theme's feed footer, the title before it: "<a>Release 28.3</a> was originally published by Jane Roe at <a>The
# Site</a> on October 17, 2025." (set62 F2, in all of an es and a ja feed; Medium's "… in … on Medium" is a row of
# bot/boilerplate.py); its three slots, who, where and the day, all: not "The paper was originally published by Nature
# on 3 May." nor "… at 10:00 on May 3, 2024"; a title that ends no sentence; who and where named, a capital (or a
# script without one) first: not "The now famous photo … was originally published by the Associated Press at the scene
# on March 3, 2024." (the review of set 62's fixes)
_NAMED = r"(?=[A-Z\u00c0-\u00de]|[^\x00-\x7f])"
ORIGINALLY_BY = (
    rf"(?:(?![.!?]\s)[^\n]){{1,200}}?\s(?i:was\s+originally\s+published\s+by)\s+{_NAMED}(?:(?![.!?]\s)[^\n]){{1,80}}?"
    rf"\s+at\s+(?!\d){_NAMED}(?:(?![.!?]\s)[^\n]){{1,80}}?\s+{_DAY}\.?$"
)
LONE_CREDIT = (  # (a credit alone in its block, no subject or no past)
    rf"(?:{FIRST_IN_LANGUAGE}|{IS_WRITTEN_BY}|{ORIGINALLY_BY})"
)
# That the post is a translation of a text published elsewhere, and under which licence the original is: "Esta é uma
# tradução não oficial da notícia originalmente publicada por … no site …. A notícia original, em inglês, foi
# disponibilizada sob a licença CC BY-SA 4.0." (a callout of its own over the story, kamarada--linux-kamarada-pt.xml
# in set59, F8). A text's noun, or who published it, after "translation of": not a story about a translation ("Esta é
# uma tradução da Bíblia feita em 1750."); the licence only after such a note, never alone ("O código foi
# disponibilizado sob a licença MIT.", a story about a licence change)
_TRANSLATION = r"(?:translation|tradução|traducción|traduction|traduzione|übersetzung)"
_UNOFFICIAL = (
    r"(?:unofficial|free|não\s+oficial|no\s+oficial|non\s+officielle|libre|livre|inoffizielle|non\s+ufficiale)"
)
_TEXT_NOUN = (
    r"(?:article|post|text|story|news|artigo|texto|notícia|matéria|artículo|noticia|entrada|billet|texte|articolo"
    r"|beitrag|beitrags|artikels?|textes)"
)
TRANSLATED_FROM = (
    r"(?i:(?:this\s+is\s+an?|esta\s+é\s+uma|esta\s+es\s+una|ceci\s+est\s+une|questa\s+è\s+una|dies\s+ist\s+eine"
    rf"|{POST}\s+(?:is|é|es|est|è|ist)\s+(?:an?|uma|una|une|eine))\s+(?:{_UNOFFICIAL}\s+)?{_TRANSLATION}\s+"
    rf"(?:{_UNOFFICIAL}\s+)?(?:of|from|da|do|de|del|de\s+la|de\s+l['’]|du|della|dell['’]|des|von|der)\s*"
    rf"(?:(?:the|an?|o|a|um|uma|el|la|un|una|le|une|il|lo|der|die|das|eines?)\s+)?(?:{_TEXT_NOUN}\b"
    r"|[^\n.!?]{1,80}?\b(?:originally|first|originalmente|initialement|ursprünglich|published|publicad[oa]|publiée?"
    r"|veröffentlicht|written|escrit[oa]|écrite?)\b))"
    r"(?:[^\n.!?]|[.!?](?=\S)){0,200}[.!]"
    # (and the licence of the original, it or a pronoun its subject: "The original … was made available under the CC BY-SA 4.0
    # licence."; not what the story goes on to say, "The project was released under the MIT licence, …")
    r"(?:\s+(?i:(?:[^\n.!?]{0,40}?\boriginal\w*|it|ele|ela|ella|él|elle|il|sie|es)\b[^\n.!?]{0,40}?\b(?:licensed|available|released|published|disponibilizad[oa]|publicad[oa]|licenciad[oa]"
    r"|distribuíd[oa]|distribuid[oa]|disponible|publiée?|diffusée?|veröffentlicht|lizenziert)\s+(?:under|sob|bajo|sous"
    r"|unter)\s)(?:[^\n.!?]|[.!?](?=\S)){1,120}[.!]?)?"
)

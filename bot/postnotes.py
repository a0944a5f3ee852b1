"""Where else a post was published, as its own note says it ("This post was originally published on …", "Artigo
publicado também no LinkedIn."): patterns for bot/creditrows.py's "credits-note" row, which takes a block that is only
such a note (and who made the post) out of the text. Data."""

from __future__ import annotations

# What a post is called, in a note about it
POST = (
    r"(?:(?:this|the)\s+(?:blog\s+)?(?:post|article|entry|piece)|(?:este|el)\s+(?:blog\s+post|post|artículo|texto)"
    r"|esta\s+entrada(?:\s+en\s+el\s+blog)?|cet\s+article|ce\s+billet|dieser\s+(?:beitrag|artikel)"
    r"|este\s+(?:artigo|post|texto)"
    # (the text itself, "the present article": "O presente artigo foi originalmente publicado na…", set54 F3)
    r"|(?:o\s+)?presente\s+(?:artigo|texto)|(?:el\s+)?presente\s+(?:artículo|texto)|le\s+présent\s+article)"
)
# A note's label before it: "Nota: …", "Nota do autor: …", "Author's note: …", "Anmerkung: …".
NOTE_LABEL = r"(?i:(?:nota|note|notiz|anmerkung|remarque)(?:\s+d[oae]\s+(?:autor|auteur)|\s+del\s+autor)?\s?:\s+|author['’]s\s+note\s?:\s+)"
# "This post was originally published on …", "Este blog post fue originalmente publicado en el blog del R
# Consortium el 7 de julio del 2020.", "Esta entrada en el blog fue enviada al blog del R Consortium donde fue
# publicada el 03/18/2020.", "Originally published at …", "Cet article a d'abord été publié sur …"
PUBLISHED_FIRST = (
    rf"(?i:{POST}\s+(?:was|has\s+been|fue|foi|a\s+(?:d['’]abord\s+|initialement\s+)?été|wurde|erschien)\s+"
    r"(?:originally\s+|first\s+|originalmente\s+|initialement\s+|zuerst\s+|ursprünglich\s+)?"
    r"(?:published|posted|submitted|cross-posted|publicad[oa]|enviad[oa]|publié|veröffentlicht)?\s*"
    r"(?:originally\s+|first\s+|originalmente\s+)?(?:on|in|at|to|en|al|a\s+la|no|na|em|sur|dans|auf|im|bei)\s"
    r"|(?:originally|first)\s+(?:published|posted)\s+(?:on|in|at)\s|article\s+initialement\s+publié\s"
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

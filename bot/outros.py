"""A sentence that closes a post and tells none of it: who reported or fixed what an advisory is about ("Reported by
Gaspard Baye and Hamidullah Muslih.", "Fix by Arsen Arsenović."), a pointer to where the details are ("For details,
see commit b890f3a….": the Haskell security advisories, set 69b F7), a show's outro in its language (Norwegian
podcast notes: "Tusen hjertelig takk til alle som kom å så på!", "Støtt oss gjerne på Patreon.", "Bildet i
artikkelen er tatt av Kristian Tjessem, …": set 69a F4). No summary takes one (bot/usable.py). Each is matched as
the whole sentence: "The flaw was reported by Project Zero last week." tells the story and stays. Pure."""

from __future__ import annotations

import re

# A name: one to four capitalised words ("Gaspard Baye", "Arsen Arsenović", "the Debian security team" is no name).
_NAME = r"(?-i:[A-ZÀ-ÞΑ-ΩА-ЯЁ])[\w'’.-]*+(?:[^\S\n]++(?-i:[A-ZÀ-ÞΑ-ΩА-ЯЁ])[\w'’.-]*+){0,3}"
# A person's name, after "found by", "discovered by": one to three capitalised words, none a title-case headline's
# noun or small word ("Found by Canadian Coast Guard.", "Discovered by Amateur Astronomer Kazuo Sato.": the news,
# rev69a 8)
_NOUN = (
    r"(?:Amateur|Astronomers?|Coast|Guard|Police|Team|Telescope|Divers?|Scientists?|Researchers?|Students?|Fishermen"
    r"|Fisherman|Hikers?|Farmers?|Residents?|Officers?|Rescuers?|Firefighters?|Workers?|Crew|Satellite|Rover|Probe"
    r"|Camera|Drone|Archaeologists?|Teenagers?|Boy|Girl|Man|Woman|Locals?|Off|On|In|At|Near|From|Of|The|For|With)\b"
)
_PERSON = rf"(?!{_NOUN})(?-i:[A-ZÀ-ÞΑ-ΩА-ЯЁ])[\w'’.-]*+(?:[^\S\n]++(?!{_NOUN})(?-i:[A-ZÀ-ÞΑ-ΩА-ЯЁ])[\w'’.-]*+){{0,2}}"
_JOINED = r"(?:,[^\S\n]*+(?:and[^\S\n]++)?|[^\S\n]++(?:and|&)[^\S\n]++)"
# The credit: a verb of finding or fixing, "by", and one to four names joined by "," or "and" (set 69b F7)
_CREDIT = re.compile(
    r"(?:(?i:(?:reported|fixed|fix|patch(?:ed)?|analy[sz]ed|credit(?:ed)?)(?: and \w+)? by)[^\S\n]+"
    rf"{_NAME}(?:{_JOINED}{_NAME}){{0,3}}"
    rf"|(?i:(?:found|discovered)(?: and \w+)? by)[^\S\n]+{_PERSON}(?:{_JOINED}{_PERSON}){{0,3}})[.!]?\s*"
)
# A pointer to the details elsewhere, alone in its sentence: "For details, see commit b890f3a…." (set 69b F7), "See
# the advisory for more details."
_POINTER = re.compile(
    r"(?i:for (?:more |further |full |the )?(?:details|information|info),? see [^.!?\n]{1,80}"
    # (not a teaser whose "for more information" is a verb's object: "See what happens when the lab asks ChatGPT
    # for more information.", rev69a 9)
    r"|see (?!you\b|what\b|how\b|why\b|who\b|whom\b|when\b|where\b|whether\b|if\b)"
    r"(?![^.!?\n]{0,60}?\b(?:asks?|asked|asking|happens?|happened|requests?|requested|requesting|begs?|begged"
    r"|calls?|called|pleads?|pleaded|looks?|looked|searche[sd]|searching)\b)"
    r"[^.!?\n]{1,60} for (?:more |further |full |the )?(?:details|information|info))\.?\s*"
)
# A show's outro (set 69a F4), Norwegian, Danish, Swedish: thanks to the audience or a helper ("Takk til alle som
# kom…", "Tusen takk til Espen Fuglem som filmet hele showet."), an appeal to support or follow the show ("Støtt oss
# gjerne på Patreon."), a photo's credit ("Bildet i artikkelen er tatt av …"). Not a thanks or an appeal with a clause
# of its own after it: after a dash, a colon or a semicolon a subject or four words ("Takk til alle som stemte –
# podkasten vant prisen!"), after a comma a subject or "but" ("…, vi vant", "…, jag vann", "…, men …"); not one quoted, a speech
# verb in the sentence ("Takk for at Stortinget vedtok loven i går, sier lederen …"): the news (rev69a 2). A photo's
# credit is a name and at most an aside ("…, som du kan komme i kontakt med her.", "…, frilansfotograf."), not what
# the picture shows ("Bildet er tatt av et overvåkingskamera … og viser den mistenkte bilen.": rev69a 1).
_SAYS = r"[^\n]*\b(?:sier|sa|sagt|sagde|siger|säger|sade)\b"
_SUBJECT = r"(?:vi|jeg|jag|men|så|det|de|nå|nu)\b"
_CLAUSE = (  # (not a phrase after the dash: "…støtter oss slik at vi kan holde på - uke etter uke.", the outro)
    rf"[^.!?\n]*?(?:\s[–-]\s|[—:;])\s*(?:{_SUBJECT}|\w[\w'’-]*(?:\s+[\w'’-]+){{3}})"
    rf"|[^.!?\n]*?,\s*{_SUBJECT}"
)
_OUTRO = re.compile(
    rf"(?i:(?!{_SAYS})(?!{_CLAUSE})"
    r"(?:(?:(?:tusen|tusind|stor|stort|hjertelig|varm|mange)\s+)*(?:takk|tak|tack)\s+(?:til|till|for)\b"
    r"|(?:støtt|stött|følg|følj|abonner på|del) (?:oss|os|gjerne oss) (?:gjerne |også )?(?:på|via|hos)\s)"
    r"[^.!?\n]{0,300}[.!?]*\s*"
    r"|(?:bildet|bildene|fotoet|foto|bilde)\b[^.!?\n]{0,40}?\ber (?:tatt|tat|fotografert) av\s+"
    rf"{_NAME}(?:,\s+(?:som\b[^.!?\n]{{0,80}}|[\w-]*fotograf\w*))?[.!]?\s*)"
)


def outro_sentence(sentence: str) -> bool:
    """Whether a whole sentence is a credit, a pointer to the details elsewhere, or a show's outro (see above)."""
    return any(row.fullmatch(sentence) is not None for row in (_CREDIT, _POINTER, _OUTRO))

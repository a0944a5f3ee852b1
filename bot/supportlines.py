"""A support line: a question clause, then an invitation to contact someone, and nothing of the story after it ("If
you have any questions, please come to the #chat room…", set62 F11; "If you have any further questions, please
contact us.", "Bei Fragen wenden Sie sich bitte an unser Team.", "Should you have any questions, do not hesitate to
contact support."), in a few languages, or an offer of help in its place ("If you have any questions, our support team
is happy to help you…", "…stehen wir Ihnen gerne zur Verfügung."). Not a question clause whose answer follows ("If you
have questions about eligibility, the answer is simple: everyone who lived here qualifies.": the review of set 62's
fixes, 10), nor one an invitation's word only seems to follow ("…about income tax, the new rules…", "…the recall, the
carmaker says…", "For questions of this kind, open data is…": the review of 621df96..5ee3f66, finding 2). No summary
picks one (bot/usable.py); a text's last paragraphs that are each one, after its own words, are no excerpt's
(bot/supportends.py: "We will continue to monitor, just in case. / If you need help, please email support@….", a
status page's, set 66b F4). Pure."""

from __future__ import annotations

import re

# (matched at a sentence's start, in lower case: the question clause, a few words of what about ending at a comma, or
# before "please" and its like, or none, then the invitation as a word of its own; after it, no clause of the story:
# no second clause of its own, ";", nor a relative clause or a report, "call the county clerk, who said Monday
# that…": the review of 621df96..5ee3f66, finding 2)
_STORY_AFTER = (
    r"(?![^;]{0,200}?(?:[,，]\s*(?:who|whose|which|quien|quienes|donde|qui|dont|où|welche[rs]?|котор\w*|где)\b"
    r"|\b(?:said|says|told|according to|reported|dijo|afirmó|a déclaré|sagte|сообщил\w*)\b))"
)
# (a verb that is a noun or an adjective too, "open data is…", "file", "post": an invitation only before a pronoun, a
# determiner or a preposition, "open an issue", "post them", "head over to", "call us")
_BARE = (
    r"(?:come|go|ask|send|drop|ping|call|head|post|open|file|message|write|visit|join)"
    r" (?:us|me|them|it|a|an|the|our|your|this|that|to|in|on|at|by|over|into|with|via|out|here|there|#)\b"
)
_WE = r"(?:we|our(?: \w+)? (?:team|desk|staff))"
_NEED_HELP = (
    r"(?:if|should) you (?:need|require) (?:any )?(?:further |more |other |additional |some )?(?:help|assistance)"
)
# A polite word before an invitation: "please", "feel free", "do not hesitate".
_POLITE = r"(?:please|kindly|feel free|(?:do not|don't|don’t) hesitate)"
# An invitation first, the clause at its end: "Please keep an eye here for further updates, join our Slack (…), or
# reach out to us at support@… if you need help." (set 66b F4); its verbs open the sentence, no clause of the story
# after them (_STORY_AFTER), the publisher named before the clause ("us", "our", "here", "support", an address: not
# "Contact your doctor if you need help.", the review of fix66b, finding 2), and nothing after the clause.
_SUPPORT_LAST = re.compile(
    rf"(?:(?:{_POLITE}|just|simply) (?:to )?)?"
    r"(?:contact|reach out|get in touch|e-?mail|write to|keep an eye|check back|message|ask)\b"
    rf"{_STORY_AFTER}(?=[^;]{{0,300}}?(?:\b(?:us|our|me|here|support)\b|@))"
    rf"[^;]{{0,300}}?\b(?:{_NEED_HELP}|if you have (?:any )?(?:further |more |other |additional )?"
    r"questions?)\s*[.!]?$"
)
_SUPPORT = re.compile(
    r"(?:"
    # the question clause
    r"(?:if|should) you (?:have|had) (?:any )?(?:further |more |other |additional )?questions?(?: or \w+)?"
    # ("If you need help, please email support@….": set 66b F4; only before a comma or a polite word, not "If you need
    # help paying your heating bill, call the county energy office…": the review of fix66b, finding 3)
    rf"|{_NEED_HELP}(?=[,，]| {_POLITE}\b)"
    r"|for (?:any )?(?:further |more |other )?questions"
    r"|si (?:tienes?|tenés|usted tiene) (?:alguna|cualquier|más|otras?) (?:pregunta|duda)s?"
    r"|si vous avez (?:des|d'autres|d’autres|une|la moindre) questions?|pour toute (?:autre )?question"
    r"|(?:wenn|falls) sie (?:noch |weitere )?fragen haben|bei (?:weiteren )?fragen"
    r"|se (?:você )?tiver (?:alguma |quaisquer |mais )?(?:dúvida|pergunta)s?|em caso de dúvidas?"
    r"|если у вас (?:есть |возникли |остались )?(?:ещё |еще )?вопросы"
    r")(?:[^.!?;:]{0,60}?(?:[,，]"
    rf"|(?= (?:{_POLITE}|bitte|por favor)\b)))?\s*"
    rf"{_STORY_AFTER}"
    # the invitation
    r"(?:(?:please |kindly |just |simply |por favor,? |bitte |(?:be|make) sure to )"
    r"(?:write|come|go|ask|send|drop|ping|call|head|post|open|file|message|visit|join)\b"
    r"|(?:please |kindly |just |simply |por favor,? |bitte |(?:be|make) sure to )?(?:"
    rf"(?:feel free|(?:do not|don't|don’t|never) hesitate) to |{_BARE}"
    r"|(?:contact|reach out|get in touch|let us know|talk to|e-?mail)\b"
    # (or an offer of help, no imperative: "our support team is happy to help you…", "we actually have a forum…",
    # "stehen wir Ihnen gerne zur Verfügung", "nuestro equipo estará encantado de ayudarte"; the review of
    # 621df96..5ee3f66, finding 2; in English, "we" or the team, then "be"/"will"/"can"… before help, or "have" before
    # a forum: "…, we asked three meteorologists to help explain…", "…, our research team built a model that can
    # help…" are the story's, the second review of this session, 5)
    rf"|{_WE}(?:['’](?:re|ll|d)|(?: \w+ly)? (?:are|is|will|would|can|could|shall)\b)[^;,]{{0,60}}?\b(?:help|assist|get back)"
    rf"|{_WE}(?: \w+ly)? (?:have|has|run|host)\b[^;,]{{0,30}}?\b(?:forum|chat|support|help ?desk|helpline)"
    r"|(?:nous|notre équipe)\b[^;,]{0,60}?(?:aider|disposition|répondre)"
    r"|(?:stehen wir|steht ihnen|wir (?:helfen|stehen)|unser (?:\w+-?)?team)\b[^;,]{0,60}?(?:verfügung|helfen|gerne)"
    r"|(?:nuestro equipo|estaremos|estamos)\b[^;,]{0,60}?(?:ayudar|disposición|encantad)"
    r"|(?:nossa equipe|estaremos|estamos)\b[^;,]{0,60}?(?:ajudar|disposição)"
    r"|(?:мы|наша команда)\b[^;,]{0,60}?(?:помо|ответ)"
    r"|no dudes? en |no dude en |n'hésitez pas|n’hésitez pas|zögern sie nicht|não hesite"
    r"|contáct|escríb|diríj|comuníc|pregúnt|únete|visita|consulta|envía|llám|ponte en contacto|póngase en contacto"
    r"|contactez|écrivez|rejoignez|posez|envoyez|venez|adressez"
    r"|wenden sie sich|kontaktieren sie|schreiben sie|melden sie sich|besuchen sie|richten sie"
    r"|entre em contato|fale conosco|escreva|envie|junte-se|visite|contate|contacte|procure"
    r"|пишите|напишите|обращайтесь|свяжитесь|задавайте|присоединяйтесь|спрашивайте|звоните"
    r"))[^;]{0,200}$"
    # (Japanese and Chinese: the clause, then the invitation at the sentence's end or after 请)
    r"|(?:ご不明な点|ご質問|ご意見)が(?:ありましたら|ございましたら|あれば)、?[^。;]{0,80}?"
    r"(?:お問い合わせ|お問合せ|ご連絡|ご相談|お寄せ|お尋ね|お声がけ)[^。;]{0,10}。?$"
    r"|(?:如果您?有任何|如有任何|如有)(?:问题|疑问)[^。;]{0,20}?[，,]?\s*(?:请|欢迎|可以|可)(?:随时)?"
    r"(?:联系|发邮件|留言|咨询|加入|在|到|通过)[^。;]{0,80}。?$"
)


def support_line(lower: str) -> bool:
    """Whether a sentence (in lower case) is a support line (see above)."""
    return _SUPPORT.match(lower) is not None or _SUPPORT_LAST.match(lower) is not None

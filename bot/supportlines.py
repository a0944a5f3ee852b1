"""A support line: a question clause, then an invitation to contact someone, and nothing of the story after it ("If
you have any questions, please come to the #chat room…", set62 F11; "If you have any further questions, please
contact us.", "Bei Fragen wenden Sie sich bitte an unser Team.", "Should you have any questions, do not hesitate to
contact support."), in a few languages. Not a question clause whose answer follows ("If you have questions about
eligibility, the answer is simple: everyone who lived here qualifies.": the review of set 62's fixes, 10). No summary
picks one (bot/usable.py). Pure."""

from __future__ import annotations

import re

# (matched at a sentence's start, in lower case: the question clause, a few words of what about, a comma or none,
# then the invitation; after it, no second clause of its own, ";")
_SUPPORT = re.compile(
    r"(?:"
    # the question clause
    r"(?:if|should) you (?:have|had) (?:any )?(?:further |more |other |additional )?questions?(?: or \w+)?"
    r"|for (?:any )?(?:further |more |other )?questions"
    r"|si (?:tienes?|tenés|usted tiene) (?:alguna|cualquier|más|otras?) (?:pregunta|duda)s?"
    r"|si vous avez (?:des|d'autres|d’autres|une|la moindre) questions?|pour toute (?:autre )?question"
    r"|(?:wenn|falls) sie (?:noch |weitere )?fragen haben|bei (?:weiteren )?fragen"
    r"|se (?:você )?tiver (?:alguma |quaisquer |mais )?(?:dúvida|pergunta)s?|em caso de dúvidas?"
    r"|если у вас (?:есть |возникли |остались )?(?:ещё |еще )?вопросы"
    r")[^.!?;:]{0,40}?[,，]?\s*"
    # the invitation
    r"(?:please |kindly |just |simply |por favor,? |bitte )?"
    r"(?:(?:feel free|(?:do not|don't|don’t|never) hesitate) to |no dudes? en |no dude en |n'hésitez pas|n’hésitez pas"
    r"|zögern sie nicht|não hesite|"
    r"(?:contact|reach out|write|e-?mail|get in touch|join|come|go|ask|send|drop|ping|call|let us know|talk to|visit"
    r"|head|post|open|file|message)\b"
    r"|contáct|escríb|diríj|comuníc|pregúnt|únete|visita|consulta|envía|llám|ponte en contacto|póngase en contacto"
    r"|contactez|écrivez|rejoignez|posez|envoyez|venez|adressez"
    r"|wenden sie sich|kontaktieren sie|schreiben sie|melden sie sich|besuchen sie|richten sie"
    r"|entre em contato|fale conosco|escreva|envie|junte-se|visite|contate|contacte|procure"
    r"|пишите|напишите|обращайтесь|свяжитесь|задавайте|присоединяйтесь|спрашивайте|звоните"
    r")[^;]{0,200}$"
    # (Japanese and Chinese: the clause, then the invitation at the sentence's end or after 请)
    r"|(?:ご不明な点|ご質問|ご意見)が(?:ありましたら|ございましたら|あれば)、?[^。;]{0,80}?"
    r"(?:お問い合わせ|お問合せ|ご連絡|ご相談|お寄せ|お尋ね|お声がけ)[^。;]{0,10}。?$"
    r"|(?:如果您?有任何|如有任何|如有)(?:问题|疑问)[^。;]{0,20}?[，,]?\s*(?:请|欢迎|可以|可)(?:随时)?"
    r"(?:联系|发邮件|留言|咨询|加入|在|到|通过)[^。;]{0,80}。?$"
)


def support_line(lower: str) -> bool:
    """Whether a sentence (in lower case) is a support line (see above)."""
    return _SUPPORT.match(lower) is not None

"""A contact page's contact line is its text (set60 F5): the boilerplate table's "contact line" (bot/boilerplate.py:
"Contact: Jane Roe jane@example.org", "Press contact: …") goes from a story, where it is the footer's; on a page whose
title names it a contact page ("Contact", "Contact us", "Kontakt", "Contacto", "Nous contacter", "お問い合わせ", a
closed set), it is what the page says, and removing it left the rows after it as the excerpt (613covid's "Contact" page
showed its acknowledgements, "Remerciements pour … : Amira Ali, Jacqueline Willmore, Dara Spatz…"). Pure.
"""

from __future__ import annotations

import re

from .boilerrow import Row
from .boilerstrip import block_row

# A contact page's title, whole (a mark or a pictograph around it aside): not "Contact tracing resumes", a story's.
_CONTACT_PAGE = re.compile(
    r"\W*(?i:contact(?:s|\s+us|\s+me|ez[-\s]nous)?|nous\s+contacter|kontakt(?:e)?|contact[oa]s?|contatti|contáctanos"
    r"|contacte(?:nos)?|fale\s+conosco|kontaktujte\s+nás|контакты|контакти|связаться\s+с\s+нами|зв'язатися\s+з\s+нами"
    r"|お問い合わせ|お問合せ|連絡先|联系我们|联系方式|聯絡我們|연락처|문의)\W*"
)


def contact_line(line: str, title: str, row: Row | None = None) -> bool:
    """Whether a block is a contact line on a contact page (see above): its text, neither boilerplate nor a heading.
    ``row``: the block's boilerplate row, when known (boilerstrip.block_row's)."""
    if not _CONTACT_PAGE.fullmatch(title):
        return False
    row = row or block_row(line)
    return row is not None and row.name == "contact-line"

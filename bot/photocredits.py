"""Photo credits in feed text, as rows of the boilerplate table (bot/boilerplate.py):
a credit line ("Photo: AP", "(Foto: dpa)", "Фото: РИА Новости"), a credit run
into the first sentence ("Image Credit: Danny Peña There's…"), a credit after
the last sentence ("… vorbei. Foto: dpa"). Their words in other languages are
data in bot/boilerwords.py."""

from __future__ import annotations

import re

from .boilerrow import BLOCK, END, NAME, START, Row, icase
from .boilerwords import CREDIT_BY, CREDIT_LABELS

_CREDIT_EN = (r"Photo|Photos|Image|Images|Picture|Photograph|Illustration|Credit|Credits"
              r"|Photo credit|Image credit|Image source|Header image|Featured image|Cover image")  # fmt: skip
_PHOTO = _CREDIT_EN + "|" + "|".join(map(re.escape, CREDIT_LABELS))  # "Photo", "Foto", "Фото"…
# ("Nguồn: Facebook", Vietnamese "Source:", a blog's quote before its text: dattos-archive--vi-blog-index.xml, set28 F12)
_CREDIT = r"(?:" + _PHOTO + r"|Source|Nguồn)"
_BY = r"(?:(?i:by|" + "|".join(CREDIT_BY) + r")\s+|[:|©]\s*)"  # "Photo by …", "Foto di …", "Foto: …"
# A credit line ("Фото: РИА Новости"; in brackets, "(Foto: dpa)", up to the closing one).
_CREDIT_LINE = rf"[(\[]{_CREDIT}\s*{_BY}[^\n()\[\]]{{0,120}}[)\]]|{_CREDIT}\s*{_BY}[^\n]{{0,120}}"
# After the last sentence: up to eight names, agencies' letters ("dpa"), short words ("di", "von"), never a sentence.
_CREDITED = r"(?:©\s*)?(?:[A-Z\u00c0-\u00de\u0400-\u042f0-9][\w'’&.-]*|[a-z\u00df-\u00ff\u0430-\u044f]{1,5})"
# (a gallery's "All photos credit: Guy Smallman." after its caption, set63 F4: "all" before, "credit" after the label)
_CREDIT_END = (
    rf"(?<=[.!?…\"”»])\s+(?=[A-Z\u00c0-\u00de\u0400-\u042f(\[])[(\[]?(?:All\s+)?(?i:{_PHOTO})(?:\s+credits?)?\s*{_BY}"
    rf"{_CREDITED}(?:(?:\s*[/|,&]\s*|\s+){_CREDITED}){{0,7}}[)\]]?\.?\s*$"
)

# The site's terms for reusing the post's pictures, a paragraph of their own under a gallery: leave given ("You are
# welcome to reproduce these photos for free… Please include a tagline “credit: X”.") or the site's material said to
# be free ("Material on this website remains free for all to use - refer to the permissions page…"): set63 F4
_REUSED = r"(?:photos?|photographs?|images?|pictures?|material)"
_REUSE_TERMS = (
    r"(?i:(?:you\s+are|you['’]re)\s+(?:welcome|free)\s+to\s+(?:re)?(?:produce|publish|post|use|share|print|distribute)\b"
    rf"[^.!?\n]{{0,80}}?\b(?:these|this|the|our|all)\s+{_REUSED}\b[^.!?\n]{{0,160}}[.!]"
    r"(?:\s+please\s+(?:include|add|give|credit|attribute|cite|mention)\b[^\n]{0,160})?"
    rf"|(?:(?:the|all)\s+)?(?:{_REUSED}|content)\s+on\s+this\s+(?:web\s?)?site\s+(?:is|are|remains?)\s+free\s+"
    r"(?:for\s+(?:all|anyone|everyone)\s+)?to\s+(?:re)?(?:use|produce|publish|share)\b[^\n]{0,200})"
)

# A block that ends with such a credit is a photo's caption (leadin.lead_in: not the story's first paragraph).
CAPTION_END = re.compile(_CREDIT_END)
# A credit's names end with a name or an agency's own letters ("Foto: dpa", "AP/dpa", "Jo Roe via dpa"): two short lowercase words at
# its end are a sentence's ("Photos by Ansel Adams hang in her hall.": the second review of set 63, finding 8)
_SENTENCE_AFTER = re.compile(
    r"\s(?!via\s)[a-z\u00df-\u00ff\u0430-\u044f]{1,5}\s+[a-z\u00df-\u00ff\u0430-\u044f]{1,5}[)\]]?\.?\s*$"
)
# Picture libraries a caption credits by their name alone ("… (1821/1822). Wikimedia Commons.": set 66a F9)
_LIBRARIES = (
    "Wikimedia Commons",
    "Wikipedia",
    "Unsplash",
    "Pexels",
    "Pixabay",
    "Flickr",
    "Getty Images",
    "Shutterstock",
)
_CREDIT_NEEDLES = ("photo", "image", "picture", "illustration", "credit", "foto", "bild", "crédit", "imagen", "фото")


def without_credit_end(text: str) -> str:
    """The text without a photo's credit after its last sentence (CAPTION_END), when the excerpt ends with a block
    that is not the text's last (which the "photo-credit-end" row cleans): a gallery's caption over its pictures'
    captions, "Photos from the open day, June 2, 2024. All photos credit: Jo Roe." (set63 F4)."""
    tail = text[-200:].casefold()
    if not any(needle in tail for needle in _CREDIT_NEEDLES):
        return text
    found = CAPTION_END.search(text, max(0, len(text) - 200))
    if found is None or _SENTENCE_AFTER.search(found[0]):
        return text
    return text[: found.start()].rstrip()


CREDIT_ROWS: tuple[Row, ...] = (
    Row(
        "uploaded-by",
        'a photo badge\'s "Originally uploaded by …" credit',
        START,
        # Flickr's blog-this badge under a photo, a line of its own or the text's start once flattened: "Originally
        # uploaded by x180. I was shot at OSCON." (cardmagic--technoblog.xml in set47, F11), the photo's title before
        # it on the badge's line ("OSCon 2005: Lucas Originally uploaded by x180.")
        re.compile(r"(?:[^\n.!?]{1,80}?\s)?Originally uploaded by\s+\S{1,60}?(?:\.(?:\s+(?=[A-Z])|\s*$)|\s*$)"),
        "Originally uploaded by x180. I was shot at OSCON.",
        "The video was originally uploaded by a fan in 2009, the label says.",
    ),
    Row(
        "image-file-name",
        "an image's file name left as its caption",
        BLOCK,
        # a paragraph that is only a file name ("image.png" under an image: Jianshu's exports, unseen8)
        icase(r"[\w()\[\] .-]{0,80}\w\.(?:png|jpe?g|gif|webp|svg|heic|bmp|tiff?)"),
        "image.png",
        "The logo.png file was missing from the release.",
    ),
    Row(
        "image-pointer",
        "a pointer to the picture above or below",
        BLOCK,
        # an arrow and "click" under or over a picture, a block of its own ("↑点击查看真封面", an anime release's
        # cover: dmhy-rss--rss.xml in set32, F12): it points at what the digest does not show
        re.compile(r"[↑↓▲▼☝👆👇]\s?(?:点击|點擊|单击|クリック|(?i:click|tap))[^\n.!?。！？]{0,30}"),
        "↑点击查看真封面",
        "↑ Click rates rose by a third after the redesign, the team said.",
    ),
    Row(
        "photo-credit",
        "image credit or caption line",
        BLOCK,
        icase(_CREDIT_LINE),
        "Photo: AP",
        "Photo editing takes practice: most of it is cropping.",
    ),
    Row(
        "photo-credit-prefix",
        "image credit before the text",
        START,
        # the credited: two to four capitalised words ("Danny Peña", "Getty Images / AFP"), or
        # an agency's letters; then a sentence starts: a capitalised word, a word in lower case
        # (English labels only: where every noun is capitalised, where a name ends is not known);
        # in any language, a credit in brackets ("(Foto: dpa) Berlin – Die …")
        re.compile(
            r"(?i:" + _CREDIT_EN + r")\s*:\s*(?:(?:" + NAME + r"(?:\s*/\s*|\s+)){1,3}" + NAME + r"|[A-Z]{2,5})"
            r"\s+(?=[A-Z\u00c0-\u00de][\w'’]*\s+[a-z\u00df-\u00ff])"
            r"|[(\[]\s*(?i:" + _PHOTO + r")\s*" + _BY + r"[^()\[\]\n]{1,80}[)\]]\s+(?=\S)"
        ),
        "Image Credit: Danny Peña There’s nothing quite like meeting people in person.",
        "Photo: Jane Doe explains how she takes pictures of the night sky with a phone, a cheap tripod and a great deal of patience in the cold.",
    ),
    Row(
        "photo-credit-end",
        "image credit after the text",
        END,
        CAPTION_END,  # a credit of its own after the last sentence, as a caption ends
        "Auf der Bahnstrecke Karlsruhe-Mannheim fährt ein Zug an Häusern vorbei. Foto: dpa",
        "The minister resigned. Photo editing, she said, takes practice: most of it is cropping.",
        needles=_CREDIT_NEEDLES,
    ),
    Row(
        "credited-caption",
        "a picture's caption and its credit",
        BLOCK,
        # a line that is one short sentence, then only a picture library's name: a caption with its credit, the
        # painting's or photo's "Artist: Title (years)." (askonivala--askonivala.xml, set 66a F9; the credit alone
        # was dropped as no sentence, the caption was left as the summary's last sentence). Two sentences before the
        # credit, or a longer one, are prose: they stay. The sentence ends with a period and holds a caption's colon
        # or bracket: "Where did the photos come from? Unsplash.", "Then I moved everything. Flickr." stay (rev66c 5).
        re.compile(
            r"(?<![^\s.!?])(?=(?:[^\s.!?:(]++\s+){0,14}[^\s.!?:(]*+[:(])(?:[^\s.!?]++\s+){0,14}[^\s.!?]++\.\s+"
            r"(?:" + "|".join(_LIBRARIES) + r")\.?"
        ),
        "Caspar David Friedrich: Wiesen bei Greifswald (1821/1822). Wikimedia Commons.",
        "The museum lent the painting to the show in Greifswald last spring, and the catalogue, which the curators "
        "wrote over two years, credits every loan. Wikimedia Commons.",
        needles=tuple(name.casefold() for name in _LIBRARIES),
        longest=200,
    ),
    Row(
        "reuse-terms",
        "the site's terms for reusing its pictures",
        BLOCK,
        re.compile(_REUSE_TERMS),
        "You are welcome to reproduce these photos for free. Please include a tagline “credit: Jo Roe”.",
        "You are welcome to join us at the Royal Courts of Justice on Monday.",
        needles=("welcome", "free"),
    ),
)

"""What the walk over feed HTML (bot/htmltree.py) knows about a picture: the
paragraph right under it whose whole text is emphasized is its caption
("<img …><p><i>Volunteers helping children with new TOMS shoes.</i></p>",
set14 finding 5), like a <figcaption>: never the story's text. Pure."""

from __future__ import annotations

import re

import lxml.etree

_text_content = lxml.etree.XPath("string()", smart_strings=False)
_EMPHASIS = frozenset(("i", "em"))
_PICTURES = frozenset(("img", "figure", "picture"))
_FLOAT = re.compile(r"float\s*:\s*(?:left|right)", re.IGNORECASE)
_CAPTION_MAX = 600  # a caption is a sentence or three: a longer emphasized run is the author's text
# The markup's hints that such a caption may be there (looked for once, before any element is).
HINTS = ("<i>", "<em>", "<I>", "<EM>", "italic")
# A caption's own opening words: how the picture was made or whose it is ("Generated with Stable Diffusion using the
# prompt “…”, a single image selected…", set 71b F10; "Photo by …", "Image: …"): a sentence, still no story's lead.
# Only the verbs that name a tool: "Made with only four ingredients, this loaf…" and "Shot by police…, Ahmed now…"
# open a story's italic lead (rev71b F5).
_CAPTION_START = re.compile(
    r"(?:(?:Generated|Created|Rendered) (?:with|by|using)|(?:Photo(?:graph)?|Image|Picture"
    r"|Illustration|Screenshot)s? (?:by|from|via|courtesy of)|(?:Photo|Image|Picture|Source|Credit)s?\s?:)\s",
    re.IGNORECASE,
)


def _blank(text: str | None) -> bool:
    return not text or text.isspace()


def _picture(el) -> bool:
    """Whether an element is only a picture: an <img>, a <figure>, or a paragraph or
    link that holds one and no text (its <figcaption> is gone already); never one set
    beside the text ("float: left", align="left": what follows it is the text's own,
    fischmarkt.de's italic lead beside its logo, set11)."""
    if el.tag in _PICTURES:
        img = el
    elif isinstance(el.tag, str) and (img := el.find(".//img")) is not None and _blank(_text_content(el)):
        pass
    else:
        return False
    return not (img.get("align") or _FLOAT.search(img.get("style") or "") or _FLOAT.search(el.get("style") or ""))


def is_caption(el) -> bool:
    """Whether a paragraph is a picture's caption: the element before it (nothing but
    spaces between), or its own first, is only a picture, all its text is emphasized (one <i>/<em>, or a
    few with line breaks between, or the paragraph set in italics by its style), and the text has words
    besides it (before or after); a sentence in its picture's own paragraph only when it opens with a
    caption's words (_CAPTION_START)."""
    previous, children = el.getprevious(), list(el)
    if previous is None or not _blank(previous.tail) or not _picture(previous):
        # (or the picture the paragraph's own first element, its caption after it: "<p><img …>\n<em>Effect of
        # redirecting window activation</em></p>", windhawk's in set 67b, F6)
        if not (len(children) > 1 and _blank(el.text) and _blank(children[0].tail) and _picture(children[0])):
            return False
        children = children[1:]
    if "italic" in (el.get("style") or ""):
        emphasized = True
    else:
        emphasized = _blank(el.text) and len(children) > 0
        for child in children:
            if not _blank(child.tail) or (child.tag not in _EMPHASIS and child.tag != "br"):
                return False
    text = _text_content(el).strip()  # (a picture has no text)
    if not (emphasized and 0 < len(text) <= _CAPTION_MAX):
        return False
    if len(children) < len(el) and text[-1:] in ".!?…。！？" and not _CAPTION_START.match(text):
        return False  # (its own picture's: a label, no stop; a sentence is the story's italic lead: rev67c F2)
    # (a text that is only a picture and its caption: the caption is all it says, and stays; the text's last, after
    # the story's words, it goes: set 71b F10)
    return not _blank(el.tail) or any(
        not _blank(_text_content(s)) for s in (*el.itersiblings(), *el.itersiblings(preceding=True))
    )

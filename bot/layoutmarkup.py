"""Markup of a page's layout read for what it is: an address's lines are one line of text, a slideshow's controls
are no text.

An <address> element lays out a name, a street and a town on lines of their own (<p>s or <br>s); read one block
each, they are short lines without a full stop, which the excerpt takes for headings and skips (set55 F7:
femmuhely--hu-index.xml, a contact page whose excerpt was only its town, "Székesfehérvár, Fejér."). Joined with
", " they read as the address they are: "Fem Muhely, Börgöndi út 2-4, Székesfehérvár, Fejér." A labelled line
("Tel: …", "Email: …") stays a line of its own (the contact rows know it); so does a line of prose (an author's
box, "Written by Jane Roe. She covers…"): only short lines without a sentence end join.

A slideshow's "Previous" / "Next" buttons: Bootstrap's carousel (set55 F6: femmuhely--hu-index.xml, a showcase page whose only words were the controls' screen-
reader labels, "• Previous Next"): `<a class="left carousel-control" href="#carousel" role="button" data-slide="prev">
<span class="sr-only">Previous</span></a>`. The attribute that makes the link a control, "data-slide" (Bootstrap 3
and 4) or "data-bs-slide" (5), is the markup's, never a story's link: the link goes, its label with it. (The slide
indicators, `<li data-slide-to="0"></li>`, hold no text: no item of their own.)"""

from __future__ import annotations

import re

_SHORT = 60
_ENDS = re.compile(r"[.!?]\s*$")
_BLOCKS = ("p", "div")


def join_address_lines(root, markup: str) -> None:
    """Each <address> of ``root`` (parsed from ``markup``) with its short unlabelled lines (<p>, <div>, <br>) run into
    one line by ", "."""
    if "<address" not in markup:
        return  # (cheap: most texts have none)
    for address in root.iter("address"):
        last = (address.text or "").strip()  # (the address's line so far: the one a next line would go on)
        for child in list(address):
            if child.tag == "br":
                line = (child.tail or "").strip()
                if _joins(last, line):
                    child.tag, child.tail = "span", ", " + (child.tail or "").lstrip()
                last = line or last
                continue
            text = " ".join("".join(child.itertext()).split())
            if child.tag in _BLOCKS:
                if _joins(last, text):
                    child.tag, child.text = "span", ", " + (child.text or "").lstrip()
                last = text or last
                if (child.tail or "").strip():
                    last = child.tail.strip()  # (text after a block starts a line of its own)
            else:  # (an inline element: the line goes on, "<strong>Fem Muhely</strong>")
                last = " ".join((last + " " + text + " " + (child.tail or "")).split())


def _joins(before: str, line: str) -> bool:
    """Whether ``line`` goes on the address ``before`` (its lines so far) with ", "."""
    return (
        bool(before and line)
        and len(line) <= _SHORT
        and len(before) <= _SHORT
        and ":" not in line
        and ":" not in before
        and _ENDS.search(before) is None
    )


def slide_control(el) -> bool:
    """Whether the link ``el`` is a slideshow's previous/next control."""
    return el.get("data-slide") is not None or el.get("data-bs-slide") is not None

"""A note set off above the story by a rule: wholly italic paragraphs that open the text, then a separator paragraph
("===", "***", "* * *", "<hr>"), then the story (a translation's credits to its original, set 71a F8). Pure, over the
lxml tree htmltree walks; bot/leadnotes.py's front_matter yields what it finds, to drop."""

from __future__ import annotations

import re

import lxml.etree

_text = lxml.etree.XPath("string()", smart_strings=False)
_ITALIC = frozenset(("em", "i"))
_NOTES = 3  # italic paragraphs above the rule, at most (more is the story told in italics)
_NOTE_CHARS = 600  # their characters, at most
_STORY = 60  # characters of text under the rule, at least
# A paragraph that is only a rule drawn in characters: "===", "***", "---", "* * *", "~~~", "• • •"
_RULE = re.compile(r"(?:[=*~_#\-–—]\s?){3,}|(?:[*·•⁂]\s*){3,}|⁂")


def _italic(p) -> bool:
    """Whether a paragraph's whole text is in italics: one <em>/<i> or a few, with line breaks between, or its style."""
    if p.tag != "p" or not _text(p).strip():
        return False
    if "italic" in (p.get("style") or ""):
        return True
    children = list(p)
    return (
        not (p.text or "").strip()
        and len(children) > 0
        and all((child.tag in _ITALIC or child.tag == "br") and not (child.tail or "").strip() for child in children)
    )


def _rule(el) -> bool:
    """Whether an element is a separator: an <hr>, or a paragraph that is only a rule in characters."""
    if el.tag == "hr":
        return True
    return el.tag == "p" and len(el) == 0 and _RULE.fullmatch(" ".join(_text(el).split())) is not None


def ruled_notes(first) -> list:
    """The italic paragraphs from ``first`` (the text's first paragraph) and the rule under them, when the story follows
    the rule (``_STORY`` characters at least): "<p><em>Оригиналът на поемата от Spondee Soliloquy е <a>тук</a>.
    Редактираният оригинал е <a>тук</a>.</em></p><p><em>(форматът на превода е запазен…)</em></p><p>===</p><p>Седемнадесет
    неща…" (Zmeyche's blog, set 71a F8: the note was the whole summary). Not italics with no rule under them (a quote,
    a story's lead in italics), nor italics with no link in them (a story's prologue above a scene break), nor a rule
    with nothing under it."""
    run: list = []
    el = first
    while el is not None and _italic(el) and len(run) < _NOTES:
        run.append(el)
        el = el.getnext()
    if not run or el is None or not _rule(el) or sum(len(_text(p)) for p in run) > _NOTE_CHARS:
        return []
    if all(p.find(".//a") is None for p in run):
        return []  # (a note points somewhere, "…е <a>тук</a>."; a story's italic prologue has no link: rev71b F4)
    story = sum(len(" ".join(_text(after).split())) for after in el.itersiblings() if isinstance(after.tag, str))
    return [*run, el] if story >= _STORY else []

"""A code host's references in release notes: the links a line ends with that name a commit, its author and
its issue ("Fix server regression for multihost sites 2f9eac4 @bep #9901", GitHub's release notes,
sample-feeds--hugo-releases.atom in tests/data/unseen/set17, F10). A reader of a chat cannot use them and
they are no part of the change's words; the message stays. Pure: htmltree drops the links this names."""

from __future__ import annotations

import re

from .inlinerows import commit_mark

_HASH = re.compile(r"[0-9a-f]{7,40}")
_ISSUE = re.compile(r"#\d+")
_ISSUE_HREF = re.compile(r"/(?:issues|pull|merge_requests)/\d+/?$")
_MENTION = re.compile(r"@[\w-]+(?:\[bot\])?")
_SEPARATOR = re.compile(r"[\s,]*")
_IN_RUN = "data-tidings-reference-run"


def _kind(el) -> str:
    """ "commit", "issue" or "mention" for a link that is such a reference, else ""."""
    if el.tag != "a" or len(el) > 1:
        return ""
    text = "".join(el.itertext()).strip()
    href = el.get("href") or ""
    if "/commit/" in href and _HASH.fullmatch(text):
        return "commit"
    if _ISSUE.fullmatch(text) and _ISSUE_HREF.search(href):
        return "issue"
    if _MENTION.fullmatch(text) and href.rstrip("/").rsplit("/", 1)[-1] == text[1:].removesuffix("[bot]"):
        return "mention"
    return ""


def _run(el) -> list[str] | None:
    """The kinds of the references run a link is in when that run ends its block, else None."""
    if not _kind(el):
        return None
    kinds = []
    for after in (el, *el.itersiblings()):
        if not (kind := _kind(after)) or not _SEPARATOR.fullmatch(after.tail or ""):
            return None  # (words after it: "@bep leads the Hugo development…")
        kinds.append(kind)
    first = el
    while (before := first.getprevious()) is not None and _kind(before) and _SEPARATOR.fullmatch(before.tail or ""):
        kinds.append(_kind(before))
        first = before
    parent = el.getparent()
    before = first.getprevious()
    head = parent.text or "" if before is None else "".join(before.itertext()) + (before.tail or "")
    if not any(c.isalpha() for c in head):
        return None  # (the references alone: nothing to leave)
    return kinds


def reference_mark(el, href: str, text: str) -> bool:
    """Whether a link is a reference that ends a line of release notes (in a run of them that names a commit,
    or of two at least with an issue: "… 2f9eac4 @bep #9901", "… #9892 #9891"), or a commit's hash opening a list
    item (inlinerows.commit_mark). One issue number alone stays ("Fixes #9664"), and thanks ("to @bep, @satotake")."""
    if commit_mark(el, href, text) or el.get(_IN_RUN) is not None:
        return True
    label = text.strip()
    if not label or label[0] not in "#@" and not _HASH.fullmatch(label):
        return False  # (the cheap test first: most links are words, and only a reference's link can start a run)
    kinds = _run(el)
    if kinds is None or "commit" not in kinds and (len(kinds) < 2 or "issue" not in kinds):
        return False
    for after in el.itersiblings():
        after.set(_IN_RUN, "")  # (the caller drops the run's first link now, the others as it comes to them)
    return True

"""A code host's references in release notes: the links a line ends with that name a commit, its author and
its issue ("Fix server regression for multihost sites 2f9eac4 @bep #9901", GitHub's release notes,
sample-feeds--hugo-releases.atom in tests/data/unseen/set17, F10). A reader of a chat cannot use them and
they are no part of the change's words; the message stays. Pure: htmltree drops the links this names.

And the rows of the boilerplate table (bot/boilerplate.py) for a code host's generated lines: a merge commit's
subject that git or the host wrote ("Merge pull request #1021 from cppalliance/develop", a GitHub tags feed's
message, chasekb--boost-decimal-tags.xml in /work/unseen46, F3; "Merge branch 'main' into dev"): metadata, the
message's own words are the lines after it; and a repository's stock description ("Contribute to owner/repo
development by creating an account on GitHub.", the page's og:description a curated feed copied, smichard--
tech-insights.xml in /work/unseen46, F11): a placeholder for a missing text."""

from __future__ import annotations

import re

from .boilerrow import BLOCK, END, Row
from .inlinerows import commit_mark

_HASH = re.compile(r"[0-9a-f]{7,40}")
_ISSUE = re.compile(r"#\d+")
_ISSUE_HREF = re.compile(r"/(?:issues|pull|merge_requests)/\d+/?$")
_MENTION = re.compile(r"@[\w-]+(?:\[bot\])?")
_SEPARATOR = re.compile(r"[\s,]*")
_IN_RUN = "data-tidings-reference-run"
_REF = r"[^\s'\"]{1,200}"  # a branch's, a tag's or a repository's name
_QUOTED = r"['\"][^'\"\n]{1,200}['\"]"
GIT_ROWS = (
    Row(
        "merge-subject",
        "a merge commit's generated subject",
        BLOCK,  # (only the bare subject: "Merge pull request #12 from x/y: adds Unicode support" stays)
        re.compile(
            rf"Merge (?:pull request #\d+ from {_REF}|(?:remote-tracking )?branch(?:es)? {_QUOTED}(?:(?:,| and) {_QUOTED})*"
            rf"|tag {_QUOTED}|commit {_QUOTED})(?: of {_REF})?(?: into (?:{_QUOTED}|{_REF}))?"
        ),
        "Merge pull request #1021 from cppalliance/develop",
        "Merge pull request #12 from x/y: adds Unicode support",
        needles=("merge ",),
        longest=300,  # (boilerstrip.MAX_BLOCK: no longer block is tried)
    ),
    Row(
        "code-host-stock-description",
        "a code host's stock description of a repository",
        BLOCK,
        re.compile(
            r"Contribute to [\w.-]{1,100}/[\w.-]{1,100} development by creating an account on [A-Z][\w.]{1,30}\.?"
        ),
        "Contribute to getcompanion-ai/feynman development by creating an account on GitHub.",
        "Contribute to the project's development by opening an issue on GitHub.",
        needles=("creating an account",),
        longest=300,
    ),
    Row(  # (GitHub's og:description after the repository's own: "A fast JSON parser. Contribute to o/r development…")
        "code-host-stock-description-end",
        "a code host's stock description of a repository, after its own",
        END,
        re.compile(
            r"(?<=[.!?])\s+Contribute to [\w.-]{1,100}/[\w.-]{1,100} development by creating an account on [A-Z][\w.]{1,30}"
            r"\.?\s*$"
        ),
        "A fast JSON parser for embedded systems. Contribute to acme/jsonlite development by creating an account on GitHub.",
        "To help, contribute to acme/jsonlite development by creating an account on GitHub and opening an issue.",
        needles=("creating an account",),
    ),
)


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


_OPENS = re.compile(r"\(\s*$")
_JOINER = re.compile(r"\s*(?:,\s*)?(?:(?:by|and|&)\s+)?")  # (GitHub writes them in English: "#325 by @W0rma and #330")
_CLOSES = re.compile(r"\s*\)\.?\s*")
# A line that a credit may close: two words at least, its last a word (or a sentence's end after one) that is not a
# preposition or an adverb wanting the parenthesis as its object ("Includes the fix from (#12 by @a)", "Reverts
# (#4512 by @alice)", "…, especially<br>(#12 by @a and #13 by @b)": the parenthesis is the line's content, rev69a 4)
_LINE_END, _WORDS = re.compile(r"(\w+)[.!?]*\s*$"), re.compile(r"[^\W\d_]+")
_WANTS_OBJECT = frozenset(
    [
        "from",
        "of",
        "by",
        "to",
        "in",
        "with",
        "for",
        "on",
        "at",
        "via",
        "and",
        "or",
        "especially",
        "including",
        "includes",
        "include",
        "see",
        "reverts",
        "revert",
        "thanks",
        "also",
        "like",
    ]
)


def _line_before(el) -> tuple[str, object]:
    """The text of el's line before it (back to the <br> before it, or the block's start), and that <br> or None."""
    parts = []
    for sibling in el.itersiblings(preceding=True):
        parts.append(sibling.tail or "")
        if sibling.tag == "br":
            return "".join(reversed(parts)), sibling
        parts.append("".join(sibling.itertext()) if isinstance(sibling.tag, str) else "")
    parts.append(el.getparent().text or "")
    return "".join(reversed(parts)), None


def _credited_line(el) -> bool:
    """Whether the line a credit group closes is one of words of its own: the words before its "(" on its line, or,
    when the group stands alone on its line, the line before (the reactphp shape: "…calls.<br>(#325 by @W0rma)")."""
    line, br = _line_before(el)
    line = _OPENS.sub("", line)
    if not line.strip() and br is not None:
        line = _line_before(br)[0]
    end = _LINE_END.search(line)
    return end is not None and len(_WORDS.findall(line)) >= 2 and end.group(1).lower() not in _WANTS_OBJECT


def _credit_group(el) -> bool:
    """Whether a link opens a parenthesised credit that ends its line: issue links and the mentions of who made
    them, joined by "by", "and", "&" or a comma, and nothing else: "(#325 by @W0rma and #330 by @WyriHaximus)",
    a release note's line under its change (reactphp's changelog, set 69b F3). It goes whole, its parentheses with
    it, when its line has words of its own (_credited_line); "(#123)" alone stays (no one credited), and "(reported
    in #12 by @x, thanks!)"."""
    before = el.getprevious()
    parent = el.getparent()
    head = parent.text or "" if before is None else before.tail or ""
    if not _OPENS.search(head):
        return False
    run = [el]
    for after in el.itersiblings():
        if not _JOINER.fullmatch(run[-1].tail or "") or not _kind(after):
            break
        run.append(after)
    last = run[-1]
    ends = _CLOSES.fullmatch(last.tail or "") and (last.getnext() is None or last.getnext().tag == "br")
    kinds = {_kind(link) for link in run}
    if (
        not ends
        or kinds != {"issue", "mention"}
        or any(_JOINER.fullmatch(link.tail or "") is None for link in run[:-1])
        or not _credited_line(el)
    ):
        return False
    stripped = _OPENS.sub("", head).rstrip()
    if before is None:
        parent.text = stripped
    else:
        before.tail = stripped
    for link in run[:-1]:
        link.tail = ""
        link.getnext().set(_IN_RUN, "")
    # (the line's own full stop: "… works (#12 by @bob)."; not a second one: "Fix parser. (#12 by @bob).", rev69a 5)
    last.tail = "." if "." in (last.tail or "") and not stripped.endswith((".", "!", "?")) else ""
    return True


def reference_mark(el, href: str, text: str) -> bool:
    """Whether a link is a reference that ends a line of release notes (in a run of them that names a commit,
    or of two at least with an issue: "… 2f9eac4 @bep #9901", "… #9892 #9891"), or a commit's hash opening a list
    item (inlinerows.commit_mark). One issue number alone stays ("Fixes #9664"), and thanks ("to @bep, @satotake")."""
    if commit_mark(el, href, text) or el.get(_IN_RUN) is not None:
        return True
    label = text.strip()
    if not label or label[0] not in "#@" and not _HASH.fullmatch(label):
        return False  # (the cheap test first: most links are words, and only a reference's link can start a run)
    if _credit_group(el):
        return True
    kinds = _run(el)
    if kinds is None or "commit" not in kinds and (len(kinds) < 2 or "issue" not in kinds):
        return False
    for after in el.itersiblings():
        after.set(_IN_RUN, "")  # (the caller drops the run's first link now, the others as it comes to them)
    return True

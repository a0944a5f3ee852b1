"""A plainified changelog's headings in mid-line, and a page's pilcrow anchors (set56 F2).

Hugo's plain summaries run a release note's rows together with its section headings and their anchors: "…Add
Bulgarian translation Bug Fixes # Fix some issues…", "Wie zijn we? ¶U kan…". Pure.
"""

from __future__ import annotations

import re

from .clean import without_anchored_heading


def anchored_rows(line: str) -> list[str]:
    """without_anchored_heading's line without a heading and its anchor in mid-line (set56 F2): a plainified summary's
    rows run together, "…Add Bulgarian translation Bug Fixes # Fix some issues…", the heading (a few capitalised words
    after a word in lower case or a bracket) goes; broken at any "¶" before a word ("…Plug S Sensors ¶ Shelly…"), a
    mark no sentence holds ("§ 5 ¶ 2", a citation's, has a digit after it)."""
    line = without_anchored_heading(line)
    if " # " in line and _sections(_MID_HEADING.findall(line)):
        line = _MID_HEADING.sub(r"\1 ", line)  # (its rows run on, as the feed ran them: set56 F1, feed-side)
    if "¶" in line:
        line = _PILCROW.sub("\n", line)
    return [part for part in line.split("\n") if part]


# A row's end (a word in lower case, a closing bracket), a heading of capitalised words ("Bug Fixes", "OS X", "Audio
# and Timing"; not a lone letter, "the C # Sharp course"), " # " and a capitalised word: never "issue # 12", "the # key";
# in Latin letters only (a script without case, or Cyrillic's and Greek's, is no heading's sign: "…нажмите клавишу
# решётка # затем…", the review of da86acb), and two such headings in the line, or one of a changelog's section names
# alone (not "…Visual C # Programming…", "…Billboard Number # One…", "…Ars Technica # Apple event…").
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_MID_HEADING = re.compile(
    rf"(?<![\w'’-])([{_LOWER}][\w'’-]{{0,30}}|[^\s()]{{0,20}}\)) (?=\w\w)"
    rf"((?:[{_UPPER}][\w/-]{{0,20}} (?:(?:and|&|of) )?){{0,2}}[{_UPPER}][\w/-]{{0,20}}) # (?=[{_UPPER}])"
)
# A changelog's section names (Keep a Changelog's and the like): one heading of these words alone is enough.
_SECTION_WORDS = frozenset(
    ["added", "changed", "changes", "deprecated", "removed", "fixed", "fixes", "fix", "bug", "bugs", "security",
     "features", "feature", "new", "improvements", "improved", "translations", "translation", "automation", "other",
     "stuff", "misc", "miscellaneous", "known", "issues", "breaking", "notes", "highlights", "and", "&", "of", "ui",
     "audio", "video", "performance", "documentation"]
)  # fmt: skip


def _sections(headings: list[tuple[str, str]]) -> bool:
    """Two headings at least, or one of section names only ("Bug Fixes", "Translations")."""
    return len(headings) > 1 or (len(headings) == 1 and set(headings[0][1].casefold().split()) <= _SECTION_WORDS)


_PILCROW = re.compile(r" ?¶ ?(?=[^\W\d_])")

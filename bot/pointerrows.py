"""Rows of the boilerplate table (bot/boilerplate.py, by way of bot/sharerows.py) for a paragraph that only points
elsewhere: a link's "is here" ("블로그 링크 는 여기서", "the blog link is here", a blockquote of its own: 071yoon--blog.xml
in set 69a, F7). The whole block: words of the story around the same ones keep it ("The code is here to stay, the
maintainers said."). Pure."""

from __future__ import annotations

import re

from .boilerrow import BLOCK, Row

# "블로그 링크 는 여기서", "The blog link is here.", "Slides are here": a link's noun, then "here". Korean's noun may
# follow a word or two ("블로그 링크"); an English one only a determiner (and a word) or nothing, or the line ends in
# ":" (a headline's "AI video is here." opens the post: rev69a 3)
_KO_NOUN = r"(?:링크|자료|코드|영상|슬라이드)"
_EN_NOUN = r"(?:link|links|slides|code|repo|repository|recording|video)"
_EN_DETERMINER = r"(?:the|my|our|this|his|her|their|your|a)\s+(?:[\w'’-]{1,20}\s+)?"
_EN_HERE = r"\s*(?:(?:is|are)(?:\s+available)?\s+)?here"

POINTER_ROWS: tuple[Row, ...] = (
    Row(
        "link-is-here",
        "a link's pointer: the link is here",
        BLOCK,
        re.compile(
            rf"(?i:(?:[\w'’-]{{1,20}}\s+){{0,2}}?{_KO_NOUN}\s*(?:는|은|가|이)?\s*(?:여기서|여기에서|여기에|여기)"
            rf"|(?:{_EN_DETERMINER})?{_EN_NOUN}{_EN_HERE}"
            rf"|(?:[\w'’-]{{1,20}}\s+){{0,2}}?{_EN_NOUN}{_EN_HERE}\s*(?=:))\s*[.!:]?\s*"
        ),
        "블로그 링크 는 여기서",
        "The code is here to stay, the maintainers said.",
        needles=("여기", "here"),
        longest=60,
    ),
)

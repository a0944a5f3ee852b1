"""Rows of the boilerplate table (bot/boilerplate.py, by way of bot/sharerows.py) for a paragraph that only points
elsewhere: a link's "is here" ("블로그 링크 는 여기서", "the blog link is here", a blockquote of its own: 071yoon--blog.xml
in set 69a, F7). The whole block: words of the story around the same ones keep it ("The code is here to stay, the
maintainers said."). Pure."""

from __future__ import annotations

import re

from .boilerrow import BLOCK, Row

# "블로그 링크 는 여기서", "The blog link is here.", "Slides are here": a link's noun, then "here" (ko, en)
_LINK_NOUN = r"(?:링크|자료|코드|영상|슬라이드|link|links|slides|code|repo|repository|recording|video)"

POINTER_ROWS: tuple[Row, ...] = (
    Row(
        "link-is-here",
        "a link's pointer: the link is here",
        BLOCK,
        re.compile(
            rf"(?i:(?:[\w'’-]{{1,20}}\s+){{0,2}}?{_LINK_NOUN}\s*(?:는|은|가|이|(?:is|are)(?:\s+available)?)?\s*"
            r"(?:여기서|여기에서|여기에|여기|here))\s*[.!:]?\s*"
        ),
        "블로그 링크 는 여기서",
        "The code is here to stay, the maintainers said.",
        needles=("여기", "here"),
        longest=60,
    ),
)

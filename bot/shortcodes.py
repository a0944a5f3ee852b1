"""WordPress's own shortcodes left unrendered in a text: a site moved off WordPress (to Hugo: CELE's posts in
tests/data/unseen/set60, "[caption id=“attachment_12175” align=“aligncenter” width=“1024”]<img …> [/caption] Los días 26
y 27 de julio…"), or a plugin that copied the post's source into the feed. Its caption (a picture and the words under
it: never the story's text), gallery, audio, video, playlist and embed are media a chat cannot show: they go, with
what a pair of them holds. Only WordPress's core shortcodes (a closed set), with attributes or their closing tag: a
text that names one ("use the [caption] shortcode") keeps it. Pure."""

from __future__ import annotations

import re

_NAMES = r"caption|wp_caption|gallery|audio|video|playlist|embed"
_PAIR = re.compile(rf"\[({_NAMES})\b[^\[\]\n]{{0,400}}\][^\[]{{0,2000}}?\[/\1\]", re.IGNORECASE)
_ALONE = re.compile(rf"\[(?:{_NAMES})\s[^\[\]\n]{{0,400}}?=[^\[\]\n]{{0,400}}\]", re.IGNORECASE)


def without_shortcodes(text: str) -> str:
    """``text`` (markup or plain) without WordPress's media shortcodes (see above)."""
    if "[" not in text or not any(f"[{name}" in text.casefold() for name in _NAMES.split("|")):
        return text
    return _ALONE.sub("", _PAIR.sub("", text))

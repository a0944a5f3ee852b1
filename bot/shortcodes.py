"""WordPress's own shortcodes left unrendered in a text: a site moved off WordPress (to Hugo: CELE's posts in
tests/data/unseen/set60, "[caption id=“attachment_12175” align=“aligncenter” width=“1024”]<img …> [/caption] Los días 26
y 27 de julio…"), or a plugin that copied the post's source into the feed. Its caption (a picture and the words under
it: never the story's text), gallery, audio, video, playlist and embed are media a chat cannot show: they go, with
what a pair of them holds. Only WordPress's core shortcodes (a closed set), with attributes ("[caption id=…]"), an
[embed] pair only around an address: a text that names one ("Wrap an image in [caption] and close it with [/caption]",
"paste a link between [embed] and [/embed]"), or shows one in its code ("<code>[gallery ids="1,2,3"]</code>"), keeps
it (the review of set 61). Pure."""

from __future__ import annotations

import re

_NAMES = r"caption|wp_caption|gallery|audio|video|playlist|embed"
_ATTRIBUTES = r"\s[^\[\]\n=]{0,400}=[^\[\]\n]{0,400}"  # (one "=" at least: id="…", width="…")
_PAIR = re.compile(
    rf"\[(caption|wp_caption|gallery|audio|video|playlist){_ATTRIBUTES}\][^\[]{{0,2000}}?\[/\1\]"
    r"|\[embed[^\[\]\n]{0,100}\]\s*(?:https?://|www\.)\S{1,500}?\s*\[/embed\]",
    re.IGNORECASE,
)
_ALONE = re.compile(rf"\[(?:{_NAMES}){_ATTRIBUTES}\]", re.IGNORECASE)


def without_shortcodes(text: str) -> str:
    """``text`` (markup or plain) without WordPress's media shortcodes (see above)."""
    if "[" not in text or not any(f"[{name}" in text.casefold() for name in _NAMES.split("|")):
        return text
    return _ALONE.sub(_unless_code, _PAIR.sub(_unless_code, text))


def _unless_code(found: re.Match[str]) -> str:
    return found[0] if found.string[max(0, found.start() - 6) : found.start()].casefold() == "<code>" else ""

"""A forum's furniture among its topics: Discourse's pinned "About the <name> category" topic, the one it writes when
a category is made (its text is the category's description, the feed's own <description> again), shown as a story
(set 65a F12, moparisthebest--forum-staff-help.rss: "About the Staff Help category" / "This category is for staff to
help people recover accounts…"). Left out of the feed's entries (bot/parse.py) only when both hold: Discourse says
the topic is pinned (<discourse:topicPinned>Yes</discourse:topicPinned>, which bot/feedxml.py keeps as feedparser
does) and its title is the generated one, in the forum's locale; a pinned announcement, a topic about a category
that is not pinned, stay. Pure."""

from __future__ import annotations

import re

# The generated title in Discourse's locales (English, French, German, Spanish, Portuguese, Italian, Dutch)
_CATEGORY_TOPIC = re.compile(
    r"About the .{1,80} category|À propos de la catégorie .{1,80}|Über die Kategorie .{1,80}"
    r"|Acerca de la categoría .{1,80}|Sobre a categoria .{1,80}|Informazioni sulla categoria .{1,80}"
    r"|Over de categorie .{1,80}"
)


def category_topic(entry) -> bool:
    """Whether a feed entry (feedparser's dict) is a Discourse category's pinned "About the … category" topic."""
    pinned = str(entry.get("discourse_topicpinned") or "").strip().casefold() == "yes"
    return pinned and _CATEGORY_TOPIC.fullmatch(" ".join(str(entry.get("title") or "").split())) is not None

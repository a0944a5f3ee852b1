"""set35's findings F1, F2, F3 (/work/unseen35/FINDINGS.md): a numbering word taken for a masthead, a lone
heading as the excerpt, a closing sentence the feed repeats."""

from datetime import UTC, datetime

from bot.mastheads import label_end, mastheads
from bot.normalize import read_feed

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _excerpts(channel: str, descriptions: list[str]) -> list[str]:
    items = "".join(
        f"<item><title>Part {n}</title><link>https://talks.example/{n}</link><description>{text}</description></item>"
        for n, text in enumerate(descriptions)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{channel}</title>{items}</channel></rss>'
    return [
        a.excerpt
        for a in read_feed(
            body.encode(), url="https://talks.example/f", source="t", now=NOW, excerpt_length=300
        ).articles
    ]


def test_a_word_before_each_entrys_number_is_numbering_not_a_masthead():
    """set35 F1: bbenayed480--shar7-kirmany.xml (no licence found: made-up words in its shape): every description
    opens "الحلقة N من …" ("Episode N of …"); the word went as a masthead label and "1 من شرح…" was left. English
    look-alike too: "Episode 12 of …". A word before a name that opens with digits still may be one."""
    arabic = [f"الحلقة {n} من دروس الكتاب القديم - الأستاذ سالم بن علي" for n in range(1, 12)]
    assert mastheads(arabic, "دروس الكتاب القديم", len(arabic)) == []
    assert _excerpts("دروس الكتاب القديم", arabic) == arabic
    english = [f"Episode {n} of the harbour lectures, read by the old keeper of the light." for n in range(1, 12)]
    assert _excerpts("Harbour Lectures", english) == english
    assert label_end("Episode 12 of the lectures") == 0 < label_end("Abstract 4DAnyone reconstructs humans")


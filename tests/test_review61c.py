"""The review of b143b6d..708a263 (this session's last rules): the ones it found firing where they should not, each
with the shape it was written for still read as before. Made-up text."""

from bot.plaincode import command_step
from bot.sectionopeners import own_sentences
from tests.builders import excerpt, read_entries


def test_a_text_that_names_or_shows_a_shortcode_keeps_it():
    """shortcodes dropped "[caption] … [/caption]" a tutorial named, and "<code>[gallery ids=…]</code>"."""
    named = "Wrap an image in [caption] and close it with [/caption] to give it a caption under the picture."
    assert excerpt(f"<p>{named}</p>") == named
    shown = 'To show a grid, add <code>[gallery ids="1,2,3"]</code> to any post; it lays them out.'
    assert excerpt(f"<p>{shown}</p>") == 'To show a grid, add [gallery ids="1,2,3"] to any post; it lays them out.'
    embed = "Paste a YouTube link between [embed] and [/embed] and the editor shows the player."
    assert excerpt(f"<p>{embed}</p>") == embed
    assert excerpt("<p>[embed]https://youtu.be/abc[/embed]</p><p>Our talk from last week is online.</p>") == (
        "Our talk from last week is online."
    )


def test_a_market_wrap_s_credit_section_is_no_credits():
    """sectionopeners' credits headings took the singular "Credit" (credit markets) for an Attribution section."""
    sentences = (
        "## Credit",
        "High-yield spreads widened by 40 basis points this week.",
        "## Credits",
        "Thanks to Ann.",
    )
    assert own_sentences(sentences) == [1]


def test_a_room_field_is_a_write_up_s_field():
    """fieldruns kept a TryHackMe write-up's "Platform: … Room: … Difficulty: … OS: …" run for an event's fields."""
    text = (
        "Platform: TryHackMe Room: Blue Difficulty: Easy OS: Windows This box exploits an old bug in the file server."
    )
    [article] = read_entries([{"title": "THM: Blue", "link": "/a", "text": text}])
    assert article.excerpt.startswith("This box exploits")


def test_a_formula_or_a_score_is_no_setting():
    """plaincode._ASSIGNMENT read "GDP=5.2%，高于…" (a Chinese sentence), "Arsenal=2", "n=42" as a step's setting."""
    for sentence in ("官方公布的第三季度增速：GDP=5.2%，高于二季度的4.7%。", "Final score: Arsenal=2", "Answer: n=42."):
        assert not command_step(sentence), sentence
    assert command_step('调用端点：base_url="https://api.example.cn/v1"')


def test_a_news_sentence_on_who_first_published_a_photo_is_no_footer():
    """postnotes.ORIGINALLY_BY took "The now famous photo … was originally published by the Associated Press at the
    scene on March 3, 2024." for a Jekyll footer (its slots in lower case: a sentence's words, not names)."""
    news = "The now famous photo of the rescue was originally published by the Associated Press at the scene on March 3, 2024."
    assert news in excerpt(f"<p>The town remembers the flood.</p><p>{news}</p>")
    footer = "Release 2.1 was originally published by Jane Roe at The Site on October 17, 2025."
    assert "originally" not in excerpt(f"<p>The release brings a faster sync to every node.</p><p>{footer}</p>")

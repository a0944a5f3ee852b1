"""Set 57's F2 (tests/data/unseen/set57/FINDINGS.md): an emoji picture with a shortcode alt inside a sentence. Made-up
text in the item's shape (the feed has no licence)."""

from bot.clean import html_lines


def _emoji(name: str) -> str:
    return f'<img class="emoji" title="{name}" alt="{name}" src="https://assets.example/{name.strip(":")}.png">'


def test_a_shortcode_emoji_inside_a_sentence_is_its_word_and_at_its_end_goes():
    """set57 F2 (ejholmes--github-blog.atom, github.com/ejholmes/diet-api): "…we're heading over to Alchemist for some
    <img alt=":beers:"> and to talk all things GitHub." lost the word: "…for some and to talk…". Near misses: at a
    sentence's end it adds nothing (set18 F4's "…thanks :slight_smile:"), nor between two sentences."""
    inside = f"<p>After the talk we head over to the bar for some {_emoji(':beers:')} and to talk shop.</p>"
    assert html_lines(inside) == ["After the talk we head over to the bar for some beers and to talk shop."]
    assert html_lines(f"<p>Thanks for all the help {_emoji(':slight_smile:')}</p>") == ["Thanks for all the help"]
    assert html_lines(f"<p>Done. {_emoji(':tada:')} Next we ship it.</p>") == ["Done. Next we ship it."]

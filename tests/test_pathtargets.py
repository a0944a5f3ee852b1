"""A click counter's target in its path, found in one pass (bot/pathtargets.py)."""

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.pathtargets import path_target

# The pattern path_target replaced (bot/urls.py until set 55): the reference it must agree with on short paths.
_REFERENCE = re.compile(
    r"(?:\*|/(?:[^/]*/)*?(?:redir|redirect|redirector|click|clk|out|goto|go|track|tracking|link|url|r)"
    r"(?:/[^/]*?)*?/)(?P<target>[Hh][Tt][Tt][Pp][Ss]?(?::|%3[Aa])(?://|%2[Ff]%2[Ff]).+)\Z"
)
_PARTS = ["redir", "r", "a", "click", "http:", "https:", "", "x.com", "*http://y.org", "http%3A%2F%2Fz.net", "*", "\n"]


def test_the_target_after_a_star_or_a_redirect_segment():
    assert path_target("/redir/online/rss091/*https://www.example.com/story") == "https://www.example.com/story"
    assert path_target("/click/https%3A%2F%2Fnews.example%2Fa") == "https%3A%2F%2Fnews.example%2Fa"
    assert path_target("/r/feed/https://news.example/a/http://b.example") == "https://news.example/a/http://b.example"
    assert path_target("/news/http://b.example/") is None  # (no segment names a redirect)
    assert path_target("/redirection/http://b.example/") is None  # (a whole segment only)


@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=7), st.booleans())
def test_it_agrees_with_the_pattern_it_replaced(parts, rooted):
    path = ("/" if rooted else "") + "/".join(parts)
    m = _REFERENCE.search(path)
    assert path_target(path) == (m.group("target") if m else None)


def test_a_long_path_of_near_misses_is_read_at_once():
    """set55 fix55a's report: "/l/0L" * 4000 took 3 s in the old pattern (every split of every segment tried). No
    timing here (the benchmark's place): 20,000 characters in one pass, the answer checked."""
    assert path_target("/l/0L" * 4000) is None
    assert path_target("/redir/" * 3000 + "x") is None
    assert path_target("/x" * 5000 + "/go/http://a.example") == "http://a.example"

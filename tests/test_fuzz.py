"""Issue 7, the proof half: hypothesis throws arbitrary input at everything that
reads text from strangers or from the settings file. No exception escapes but
the documented ones, and the outputs keep their invariants.

The runs are deterministic by default (the suite must be the same every time);
``HYPOTHESIS_PROFILE=deep`` (or ``TIDINGS_FUZZ_EXAMPLES=20000``) runs many more,
randomly, for a deeper search (tests/fuzzing.py).
The bugs the fuzzing found are fixed; each is pinned by a plain test that fails if
it comes back (the examples below, test_security.py's
test_a_search_period_before_year_one_is_a_usage_error, the settings tests at the
end of this file) and listed in docs/RELIABILITY.md. Nothing here rejects or
skips an input because it makes a function raise.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.clean import html_to_text, plain_to_text
from bot.commands import UsageError, parse_command, parse_search
from bot.config import ConfigError, settings_from_dict
from bot.cuts import looks_cut, overshoot
from bot.excerpt import make_excerpt
from bot.models import Article
from bot.store import SearchError, Store, fts5_query
from bot.titles import clean_title, title_from_text
from bot.urls import canonical_url

# How many examples, and whether at random: the hypothesis profile (tests/fuzzing.py).
FUZZ = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

# Text a hostile or broken feed sends: markup, entities (escaped once, twice, numerically),
# controls, lone surrogates, bidi overrides, zero-width characters, CJK, boilerplate.
PIECES = [
    "<p>", "</p>", "<b>", "<br>", "<div class='x'>", "<script>alert(1)</script>", "<style>p{}</style>",
    "<a href='javascript:alert(1)'>link</a>", "<img src=x onerror=alert(1)>", "<!-- c -->", "<![CDATA[x]]>",
    "&amp;", "&lt;", "&gt;", "&lt;p&gt;", "&amp;lt;b&amp;gt;", "&#60;", "&#x3c;", "&nbsp;", "&hellip;", "&bogus;",
    "&", "<", ">", '"', "'", " ", "\n", "\t", "\r", "\x00", "\x1f", "\x7f", "\x85", "\ud800", "\udfff", "\ufffe",
    "\u202e", "\u2066", "\u200b", "\u00ad", "\ufeff", "é", "中文。", "한국어", "word", "Word.", "Mr.", "e.g.", "…", "!",
    "?", "Read more…", "The post X appeared first on Y.", "[…]", "@everyone", "<@U123>", "<!channel>", "*b*", "_i_",
]  # fmt: skip
hostile_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join),
)
TAG = re.compile(r"</?(?:p|div|span|a|img|br|script|style|b|i|em|strong|li|ul|ol|h[1-6]|blockquote)\b[^<>]*>", re.I)
# Entities a reader would see as code. An unknown name ("&bogus;") is text, not an entity.
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp|hellip|mdash|rsquo);")
# (not the zero-width joiner and non-joiner, U+200D and U+200C: they are kept, part of
# emoji sequences and of Persian and Indic spelling; issue 14)
NOT_SHOWN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\ufeff]")


# --- the text cleaner and the excerpt cutter ----------------------------------------------------


@FUZZ
@given(hostile_text, st.integers(min_value=1, max_value=600))
def test_cleaning_any_text_gives_plain_text_and_excerpts_within_their_length(markup, limit):
    text = html_to_text(markup)
    assert not TAG.search(text) and not ENTITY.search(text), text
    assert not NOT_SHOWN.search(text), ascii(text)
    assert text == text.strip() and "  " not in text
    excerpt = make_excerpt(text, limit)
    assert len(excerpt) <= limit + overshoot(limit)  # (a whole text just over it is shown whole)
    if len(excerpt) > limit:
        assert not excerpt.endswith("…") and excerpt in " ".join(text.split()), (text, excerpt)
    assert "\n" not in excerpt and excerpt == excerpt.strip()
    assert not NOT_SHOWN.search(excerpt)
    if len(text) <= limit and "\n" not in text:
        # A short text is never cut: the excerpt is the text, less boilerplate at
        # its edges ("Share:", a byline) and the feed's own truncation mark
        # (then it ends with "…"): what is left is a piece of the text, but for
        # the mark that closes a quote the feed's cut left open (quotes.closed_quote); and a text that is only an
        # announcement ("Here is why:") says with "…" that what it announces is elsewhere (cuts.without_announcement),
        # and one that stops where the feed cut it, inside a bracket it opened ("…のですが(mainstream": cuts.looks_cut).
        assert len(excerpt) <= len(text) or (excerpt == text + "…" and (text[-1] in ":：" or looks_cut(text))), (
            text,
            excerpt,
        )
        piece = excerpt.rstrip("…")
        assert piece in text or piece[-1:] in '"”」』' and piece[:-1].rstrip("…") in text, (text, excerpt)


@FUZZ
@given(hostile_text)
def test_titles_and_plain_text_never_raise_and_are_one_clean_line(markup):
    for title in (clean_title(markup), title_from_text(html_to_text(markup))):
        assert "\n" not in title and title == title.strip()
        assert not NOT_SHOWN.search(title), ascii(title)
        assert len(title) <= max(len(markup), 1) * 2
    plain = plain_to_text(markup)
    assert not NOT_SHOWN.search(plain)
    # Storable: a lone surrogate would make the database refuse the whole feed.
    plain.encode("utf-8")
    clean_title(markup).encode("utf-8")


# --- URL canonicalisation ---------------------------------------------------------------------------

url_text = st.one_of(
    st.text(max_size=120),
    st.builds(
        lambda scheme, rest: scheme + rest,
        st.sampled_from(["http://", "https://", "HTTP://", "hTtPs://", "//", "javascript:", "data:", "ftp://",
                         "http://[", "https://u:p@", "http://x:", "https://trusted.example@", "http:\\\\", " https://"]),
        st.lists(st.sampled_from(list("abc.-_/?#&=%:@[]! \t\n\u00a0\u202e\x00é") + ["utm_source=x", "fbclid=1", "url=http", "source=rss",
                                                                                      "u=https://", "%3A%2F%2F"]),
                 max_size=40).map("".join),
    ),
)  # fmt: skip
bases = st.sampled_from(["", "https://base.example/a/b", "http://[::1]:8080/feed", "file:///tmp/feed.xml", "not a url"])


@FUZZ
@given(url_text, bases)
def test_canonical_urls_are_web_urls_with_a_host_and_stable(link, base):
    out = canonical_url(link, base)
    if not out:
        return
    parts = urlsplit(out)
    assert parts.scheme in ("http", "https") and parts.hostname, out
    assert parts.username is None  # "https://trusted.example@evil.example/" is not kept
    assert not any(ch.isspace() for ch in out) and not NOT_SHOWN.search(out), ascii(out)
    assert not any(k.lower().startswith("utm_") or k.lower() == "fbclid" for k, _ in parse_qsl(parts.query)), out
    assert canonical_url(out) == out  # canonical means: the same when asked again


# --- the command parser and search filters ----------------------------------------------------------

command_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(['search', 'latest', '"', "'", '"zero day"', "since:7d", "since:", "since:9999h",
                              "source:", "source:Krebs", "tag:X", "share", "--share", "\\", " ", "\t", "\n", "*",
                              "<!channel>", "@everyone", "a" * 150, "since:2027y", "since:2028y", "since:9999y",
                              "since:9999m", "since:9999w", "since:\u0669\u0669\u0669\u0669y"]), max_size=30).map(" ".join),
)  # fmt: skip
# since:N with N years before NOW (2026-11-27) reaches before the year 1 from 2028y on:
# that was an OverflowError; it is a UsageError saying so.
BEFORE_YEAR_ONE = re.compile(r"^`since:(\S+)` reaches back before the year 1\.$")


@FUZZ
@given(command_text)
@example("search x since:2027y")  # the last period that stays in the year 1
@example("search x since:2028y")
@example("search x since:9999y")
@example("search since:\u0669\u0669\u0669\u0669y")  # Arabic-Indic digits: int() reads them too
def test_any_command_text_parses_into_a_command(text):
    command = parse_command(text, platform="slack", channel="C1", user="U1")
    assert command.name == command.name.lower()  # '"a b"' is a (unknown) command named "a b": fine
    assert all(isinstance(a, str) for a in command.args)
    try:
        query = parse_search(command.args, now=NOW)
    except UsageError as exc:
        assert str(exc) and "\n" not in str(exc)
        if before := BEFORE_YEAR_ONE.match(str(exc)):  # only for a period that really is that long
            period = before.group(1).lower()
            assert period.endswith("y") and int(period[:-1]) >= 2028, period
        return
    assert len(query.words) <= 10 and all(0 < len(w) <= 100 for w in query.words)
    assert query.since is None or query.since <= NOW


# --- the search-query parser on SQLite ----------------------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'search.db'}")
    store.sync_feeds([("Feed", "https://feed.example/rss")])
    words = [
        "zero day",
        "ransomware",
        "CVE-2024-12345",
        "naïve café",
        "中文",
        'quote " inside',
        "100% sure",
        "O'Reilly",
    ]
    store.store_articles("Feed", [
        Article(uid=f"u{n}", link=f"https://feed.example/{n}", title=f"Story about {w}", excerpt=f"The {w} story.",
                published=NOW - timedelta(hours=n), source="Feed", tags=("security",))
        for n, w in enumerate(words)
    ], now=NOW)  # fmt: skip
    yield store
    store.close()


search_terms = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(['"', '""', "*", "**", "a*", "'; DROP TABLE articles; --", "NEAR(a b)", "AND", "OR", "NOT",
                         "-x", "^x", "a:b", "title:x", "(", ")", "{", "}", "\x00", "%", "_", "\\", "ransomware",
                         "zero day", "CVE-2024-12345", "café", "中文"]),
    ),
    max_size=6,
)  # fmt: skip


@FUZZ
@given(search_terms, st.sampled_from([None, "security", "nope"]))
def test_any_search_runs_or_says_why_and_never_touches_the_schema(store, terms, tag):
    expression = fts5_query([t for t in terms if t.strip("*")])
    assert expression.count('"') % 2 == 0  # every term is one quoted string
    try:
        found = store.search(terms, tag=tag, tag_feeds=["Feed"] if tag else ())
    except SearchError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert all(s.feed == "Feed" for s in found) and len(found) <= 10
    assert store.count_articles() == 8


def test_a_search_finds_what_it_should(store):
    assert [s.article.title for s in store.search(["ransomware"])] == ["Story about ransomware"]
    assert [s.article.title for s in store.search(["zero day"])] == ["Story about zero day"]
    assert [s.article.title for s in store.search(['quote " inside'])] == ['Story about quote " inside']
    assert len(store.search(["story*"])) == 8


# --- the settings loader -----------------------------------------------------------------------------

KEYS = ["storage", "polling", "digest", "feeds", "channels", "slack", "discord", "alerts", "url", "name", "tags",
        "interval", "timeout", "max_body", "schedule", "timezone", "days", "max_items", "platform", "target",
        "include_regex", "exclude", "watchlist", "watchlist_mention", "admins", "admin_roles", "mode", "http_port",
        "excerpt_length", "webhook_env", "realtime", "enabled", "retention_days", "unknown_key"]  # fmt: skip
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["30m", "1h", "10MB", "08:00", "Europe/Berlin", "mon-fri", "slack", "discord", "https://x.example/f",
                     "feed.xml", "(a|b)", "[", "S0TEAM", "1e5", "-1", "0", "xoxb-1234567890-abcdefghijkl"]),
)  # fmt: skip
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)),
    max_leaves=25,
)


@FUZZ
@given(st.dictionaries(st.sampled_from(KEYS), values, max_size=6))
def test_any_settings_dict_loads_or_says_what_is_wrong(raw):
    try:
        loaded = settings_from_dict(raw, source="fuzz.toml")
    except ConfigError as exc:
        assert exc.problems and all(p.startswith("fuzz.toml: ") and "\n" not in p for p in exc.problems)
        return
    polling = loaded.polling
    assert polling.timeout > 0 and polling.max_body > 0 and polling.interval > 0
    assert all(f.name.strip() for f in loaded.feeds)


@pytest.mark.parametrize("raw", [
    {"feeds": [{"name": "F", "url": "feed\x00.xml"}]},
    {"feeds": [{"name": "F", "url": "http://[::1"}]},
    {"polling": {"max_body": "9" * 400 + "GB"}},
])  # fmt: skip
def test_settings_mistakes_are_always_config_errors(raw):
    with pytest.raises(ConfigError):
        settings_from_dict(raw)


@pytest.mark.parametrize("value", [math.nan, math.inf, "1" + "0" * 400])
def test_durations_must_be_finite(value):
    with pytest.raises(ConfigError):
        settings_from_dict({"polling": {"interval": value}})

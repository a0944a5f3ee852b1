"""What a channel's digest contains: pure functions over stored articles and `now`.

No I/O here. The caller fetches the candidate articles (first seen since the
channel's last digest) and passes them in; this module decides, orders and
groups. Also here: when a channel's digest is due, including catch-up after
downtime.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .cluster import DEFAULT_SIMILARITY, DEFAULT_WINDOW, Cluster, story_url
from .config import ChannelSettings, DigestSettings, FeedSettings, SummarySettings
from .filters import Filter, Verdict, check, searchable
from .humanize import plural
from .models import Digest, DigestGroup, DigestItem, StoredArticle, to_item
from .stories import StorySummarizer, Summaries, independent_sources, source_lines, stories_of
from .threads import latest, replies

OTHER = "Other"


@dataclass(frozen=True)
class DigestRules:
    """What a digest needs to know about the feeds: tags, filters, aggregators, clustering."""

    feed_tags: Mapping[str, Sequence[str]] = field(default_factory=dict)
    feed_filters: Mapping[str, Filter] = field(default_factory=dict)
    aggregators: frozenset[str] = frozenset()
    window: timedelta = DEFAULT_WINDOW
    similarity: int = DEFAULT_SIMILARITY
    semantic: bool = False  # the rewording rule (bot/similarity.py) besides the strict ones
    # Each story's summary ([summaries]; bot/stories.py: the seam a model client plugs into).
    summarize: StorySummarizer = Summaries()

    @classmethod
    def from_settings(
        cls, feeds: Sequence[FeedSettings], digest: DigestSettings, summaries: SummarySettings | None = None
    ) -> DigestRules:
        summaries = summaries or SummarySettings()
        return cls(
            feed_tags={f.name: f.tags for f in feeds},
            # Only feeds with filters: no entry and an empty filter are the same, and
            # building an empty one for each of a hundred feeds was 2% of a digest.
            feed_filters={
                f.name: f.compiled_filter(f"feed {f.name}")
                for f in feeds
                if f.include or f.exclude or f.include_regex or f.exclude_regex
            },  # fmt: skip
            aggregators=frozenset(f.name for f in feeds if f.aggregator),
            window=timedelta(seconds=digest.cluster_window),
            similarity=digest.cluster_similarity,
            semantic=digest.cluster_semantic,
            summarize=Summaries(summaries.mode, summaries.max_sentences),
        )


def select(candidates: Sequence[StoredArticle], channel: ChannelSettings, rules: DigestRules) -> list[Cluster]:
    """Filter, then cluster: the stories a channel would get, best first."""
    channel_filter = channel.compiled_filter(f"channel {channel.name}")
    kept = _passing(candidates, channel_filter, rules)
    stories = stories_of(kept, window=rules.window, similarity=rules.similarity, aggregators=rules.aggregators,
                      semantic=rules.semantic)  # fmt: skip
    stories = _unique_links(stories)  # newest lead first, which is the "recency" order
    if channel.rank == "coverage":
        stories.sort(key=_coverage(channel, rules), reverse=True)
    return stories


def _coverage(channel: ChannelSettings, rules: DigestRules):
    """The "coverage" order's key: independent sources, then recency (the newest
    article), then how many of the channel's watch terms the story matches."""
    watch = channel.compiled_watchlist()

    def key(c: Cluster):
        terms = 0
        if not watch.empty:
            text = "\n".join(searchable(m.article) for m in c.members)
            terms = sum(1 for rule in watch.include if rule.pattern.search(text))
        if len(c.members) == 1:  # most stories: one source, its own time
            return 1, c.lead.article.published, terms, c.lead.id
        newest = max(m.article.published for m in c.members)
        return independent_sources(c, rules.aggregators), newest, terms, c.lead.id

    return key


def passes(stored: StoredArticle, channel_filter: Filter, rules: DigestRules) -> Verdict:
    filters = _filters(rules.feed_filters.get(stored.feed), channel_filter)
    return check(stored.article, *filters) if filters else _NO_FILTER


_NO_FILTER = Verdict(True, "no filter applies")


def _filters(feed_filter: Filter | None, channel_filter: Filter) -> tuple[Filter, ...]:
    return tuple(f for f in (feed_filter, channel_filter) if f is not None and not f.empty)


def _passing(candidates: Sequence[StoredArticle], channel_filter: Filter, rules: DigestRules) -> list[StoredArticle]:
    """The candidates that pass (each `passes`), the filters that apply worked out once per feed."""
    by_feed: dict[str, tuple[Filter, ...]] = {}
    kept = []
    for stored in candidates:
        filters = by_feed.get(stored.feed)
        if filters is None:
            filters = by_feed[stored.feed] = _filters(rules.feed_filters.get(stored.feed), channel_filter)
        if not filters or check(stored.article, *filters).passed:
            kept.append(stored)
    return kept


def plan_digest(
    candidates: Sequence[StoredArticle],
    channel: ChannelSettings,
    *,
    now: datetime,
    since: datetime | None,
    first_items: int = 5,
    rules: DigestRules | None = None,
    stories: Sequence[Cluster] | None = None,
) -> tuple[Digest, list[int]]:
    """The digest for ``channel`` from ``candidates``, and the ids of every article
    it carries (for the delivery log).

    ``since`` is None for the channel's first digest: then only the newest
    ``first_items`` stories are shown (a first start never floods a channel);
    later digests show up to ``max_items`` and count the rest in ``more``.
    ``stories``: what ``digest_stories`` gives for these candidates, when the caller
    has it (with the texts of the stories it may show: see Tidings._build).
    """
    rules = rules or DigestRules()
    shown = digest_size(channel, first_items, first=since is None)
    if stories is None:
        stories = digest_stories(candidates, channel, rules, first=since is None, shown=shown)
    stories = list(stories)
    chosen, more = stories[:shown], max(0, len(stories) - shown)
    items = [story_item(c, rules.summarize) for c in chosen]
    digest = Digest(
        channel=channel.name,
        title=digest_title(channel, now),
        generated_at=now,
        groups=_group(items, channel, rules.feed_tags),
        more=more,
        since=since,
        note=first_digest_note(len(chosen), more) if since is None and more and chosen else "",
    )
    return digest, [m.id for c in chosen for m in c.members]


def digest_stories(
    candidates: Sequence[StoredArticle], channel: ChannelSettings, rules: DigestRules, *, first: bool, shown: int
) -> list[Cluster]:
    """The stories of a digest in the order it shows them (``select``), the ``shown``
    ones first (``balanced``). In a first digest an undated article's time is only
    when it was first seen (this very poll, on a first start): it must not outrank
    the dated ones (a stable sort)."""
    stories = select(candidates, channel, rules)
    return balanced(sorted(stories, key=undated) if first else stories, shown)


def balanced(stories: list[Cluster], shown: int) -> list[Cluster]:
    """``stories`` (best first) with the ``shown`` a digest has room for first: when
    there are more than that, each feed's best story comes before any feed's
    second, and so on, so that one busy feed (a podcast's back catalogue, an
    aggregator's thirty links a day) never crowds the others out of a digest. The
    shown stories keep their order, and so do the rest after them."""
    if len(stories) <= shown:
        return stories
    turns: dict[str, int] = {}
    order = []  # (the story's turn within its feed, its rank)
    for rank, story in enumerate(stories):
        turn = turns.get(story.lead.feed, 0)
        turns[story.lead.feed] = turn + 1
        order.append((turn, rank))
    chosen = sorted(rank for _, rank in sorted(order)[:shown])
    picked = set(chosen)
    return [stories[r] for r in chosen] + [s for r, s in enumerate(stories) if r not in picked]


def first_digest_pool(first_items: int) -> int:
    """How many of the newest articles a first digest picks its stories from:
    enough to fill them after filtering and clustering."""
    return max(first_items, 1) * 20


def digest_size(channel: ChannelSettings, first_items: int, *, first: bool) -> int:
    """How many stories a digest shows: ``max_items``, and in a first digest only the newest ``first_items``."""
    return min(first_items, channel.max_items) if first else channel.max_items


def first_digest_note(shown: int, held_back: int) -> str:
    return (f"The first digest here: the newest {plural(shown, 'story', 'stories')}. {held_back} older "
            f"{'one' if held_back == 1 else 'ones'} already stored {'is' if held_back == 1 else 'are'} held back, "
            "so that a new channel is not flooded; from now on every new story comes in the digest.")  # fmt: skip


def plan_realtime(
    new: Sequence[StoredArticle], channel: ChannelSettings, rules: DigestRules, *, now: datetime
) -> tuple[Digest | None, list[int]]:
    """What a real-time channel posts now from newly arrived articles: at most
    ``realtime_max`` stories; the rest wait for the next digest ("…and N more")."""
    if not channel.realtime:
        return None, []
    if channel.realtime_tags:
        wanted = set(channel.realtime_tags)
        new = [
            s
            for s in new
            if wanted & set(rules.feed_tags.get(s.feed, ())) or wanted & {t.lower() for t in s.article.tags}
        ]
    stories = select(new, channel, rules)
    if not stories:
        return None, []
    chosen = stories[: channel.realtime_max]
    digest = Digest(
        channel=channel.name,
        title=f"New in {channel.title or channel.name}",
        generated_at=now,
        groups=(DigestGroup(title="", items=tuple(story_item(c, rules.summarize) for c in chosen)),),
        more=len(stories) - len(chosen),
    )
    return digest, [m.id for c in chosen for m in c.members]


def watchlist_alert(
    new: Sequence[StoredArticle], channel: ChannelSettings, rules: DigestRules, *, now: datetime
) -> tuple[Digest | None, list[int]]:
    """A post for new articles that match the channel's watchlist, or None.

    Exclude filters still win; include filters do not apply (the watchlist is
    its own reason to post). Same-story articles are one entry.
    """
    watch = channel.compiled_watchlist()
    if watch.empty:
        return None, []
    excludes = Filter(f"channel {channel.name}", exclude=channel.compiled_filter(f"channel {channel.name}").exclude)
    hits, matched = [], []
    for stored in sorted(new, key=lambda s: (s.article.published, s.id), reverse=True):
        feed_filter = rules.feed_filters.get(stored.feed)
        if not check(stored.article, *(f for f in (feed_filter, excludes) if f is not None and not f.empty)).passed:
            continue
        text = searchable(stored.article)
        labels = [rule.label.split(" ", 1)[1].strip('"') for rule in watch.include if rule.pattern.search(text)]
        if labels:
            hits.append(stored)
            matched += [label for label in labels if label not in matched]
    if not hits:
        return None, []
    stories = stories_of(hits, window=rules.window, similarity=rules.similarity, aggregators=rules.aggregators,
                      semantic=rules.semantic)  # fmt: skip
    stories.sort(key=_lead_time_and_id, reverse=True)
    items = tuple(story_item(c, rules.summarize) for c in stories)
    digest = Digest(
        channel=channel.name,
        title="Watchlist: " + ", ".join(matched[:5]),
        generated_at=now,
        groups=(DigestGroup(title="", items=items),),
        mention=channel.watchlist_mention,
        alert=True,
    )
    return digest, [m.id for c in stories for m in c.members]


def story_item(story: Cluster, summarize: StorySummarizer | None = None) -> DigestItem:
    """A cluster as one digest entry: the lead's headline and excerpt, the story's
    summary, every source (the lead first), and the others again as "also"."""
    sources = source_lines(story)
    summary = (summarize or Summaries())(story)
    return replace(to_item(story.lead), also=tuple((s, link) for s, _, link in sources[1:]), summary=summary,
                   sources=sources, replies=replies(story), published=latest(story).article.published)  # fmt: skip


def digest_title(channel: ChannelSettings, now: datetime) -> str:
    local = now.astimezone(channel.zone)
    label = channel.title or channel.name
    return f"{label} — {local:%a %d %b %Y}"


def _unique_links(stories: list[Cluster]) -> list[Cluster]:
    """The same link twice beyond the clustering window (a repost) shows once; not one feed's
    items under other headlines that share a link (an alert hub's, a scraped page's cards: the
    clustering's rule, set17 F12 and set19 F5). Newest lead first (then the highest lead id)."""
    seen: dict[str, list[tuple[str, str]]] = {}  # a link: the (feed, headline) of each story shown with it
    out = []
    for c in sorted(stories, key=_lead_time_and_id, reverse=True):
        lead = c.members[0]
        key = story_url(lead.article.link) or f"{lead.feed}\0{lead.article.uid}"
        mine = (lead.feed, " ".join(lead.article.title.casefold().split()))
        shown = seen.setdefault(key, [])
        if all(feed == mine[0] and title != mine[1] for feed, title in shown):
            shown.append(mine)
            out.append(c)
    return out


def undated(c: Cluster) -> bool:
    """True when no member of the story has a date of its own (see Article.has_date)."""
    return not any(m.article.has_date for m in c.members)


def _lead_time_and_id(c: Cluster):  # (a forum thread's: its newest post's time, rev70d F5)
    return latest(c).article.published, c.members[0].id


def _group(
    items: list[DigestItem], channel: ChannelSettings, feed_tags: Mapping[str, Sequence[str]]
) -> tuple[DigestGroup, ...]:
    if channel.group_by == "none" or not items:
        return (DigestGroup(title="", items=tuple(items)),) if items else ()
    groups: dict[str, list[DigestItem]] = {}
    for item in items:  # newest first, so groups come out ordered by their newest item
        groups.setdefault(_group_key(item, channel, feed_tags), []).append(item)
    if OTHER in groups:  # "Other" goes last whatever its age
        groups[OTHER] = groups.pop(OTHER)
    return tuple(DigestGroup(title=title, items=tuple(group)) for title, group in groups.items())


def _group_key(item: DigestItem, channel: ChannelSettings, feed_tags: Mapping[str, Sequence[str]]) -> str:
    if channel.group_by == "source":
        return item.source
    tags = list(feed_tags.get(item.source, ())) + [t.lower() for t in item.tags]
    followed = [t for t in channel.tags if t in tags]
    chosen = followed[0] if followed else (tags[0] if tags else OTHER)
    return chosen.capitalize() if chosen.islower() else chosen


# --- schedule ----------------------------------------------------------------

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def scheduled_times(channel: ChannelSettings, start: datetime, end: datetime) -> list[datetime]:
    """The channel's digest times in (start, end], as aware datetimes, oldest first."""
    zone = channel.zone
    days = _weekdays(channel.days)
    out = []
    day = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date()
    while day <= last:
        if day.weekday() in days:
            for t in channel.times:
                when = _local(day, t.hour, t.minute, zone)
                if start < when <= end:
                    out.append(when)
        day += timedelta(days=1)
    return sorted(out)


def last_scheduled(channel: ChannelSettings, now: datetime, lookback_days: int = 8) -> datetime | None:
    """The most recent digest time at or before ``now``."""
    times = scheduled_times(channel, now - timedelta(days=lookback_days), now)
    return times[-1] if times else None


def missed_digest(channel: ChannelSettings, last_digest_at: datetime | None, now: datetime) -> datetime | None:
    """The scheduled time a digest was missed for (bot down at that time), or None.

    However many times were missed, the answer is one time: the caller posts
    one digest covering the whole window since the last one. A channel that
    never had a digest has missed nothing: its first digest comes at its time.
    """
    if last_digest_at is None:
        return None
    latest = last_scheduled(channel, now)
    if latest is not None and latest > last_digest_at:
        return latest
    return None


def _weekdays(spec: str) -> set[int]:
    if spec.strip() == "*":
        return set(range(7))
    days: set[int] = set()
    for part in spec.lower().split(","):
        if "-" in part:
            a, b = (_DAYS.index(x) for x in part.split("-"))
            days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        else:
            days.add(_DAYS.index(part))
    return days


def _local(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    # fold=0 picks the first of two times on a DST fall-back; a spring-forward
    # gap time (02:30 that does not exist) normalises to after the gap.
    naive = datetime(day.year, day.month, day.day, hour, minute)
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(ZoneInfo("UTC")).astimezone(zone)

"""Optional model summaries: a story's sources → a few sentences from a language
model behind any OpenAI-compatible chat-completions endpoint (a local Ollama,
llama.cpp server or vLLM, or a hosted one). Off unless configured; the
extractive summary is always the fallback.

The interface (what the digest calls)::

    summaries = ModelSummaries(settings.summaries.llm, store, clock, instance=instance_name)
    found = await summaries.summarise(stories)   # {story.key: summary}, only the good ones
    found = await summaries.summaries(clusters)  # the same for bot/cluster.py's stories, by story_key
    ...
    await summaries.close()                      # at shutdown (also ``async with``)

``stories`` is a sequence of ``StoryText``: a stable ``key`` (the caller's, say
the lead article's id), a ``title`` and its ``sources`` (``SourceText``: feed
name, headline, link and cleaned text, lead first); ``StoryText.from_articles(key,
articles, texts)`` makes one from a story's articles. A story missing from the
answer gets the extractive summary: ``summarise`` never raises for the model's
sake, and returns within ``deadline`` seconds (default twice [summaries.llm]
timeout) whatever the endpoint does.

What it guarantees:

- **Once per text.** Each story is cached in the database (bot/store/summaries.py)
  by a hash of the model, the prompt and the sources' text as sent. The first
  caller claims the text; a later digest, a restart or another process (same
  database) reuses the answer, or waits for the claim's answer until its
  deadline. A story that gains a source is a new text: asked again, once.
- **Bounded.** At most ``concurrency`` requests at a time, each with the timeout;
  a 429's ``Retry-After`` pauses every request (through the injected clock) when
  it fits before the deadline, else the story falls back; a daily request budget
  ([summaries.llm] max_requests_per_day, counted in the database per UTC day).
  A failed request is retried by a later digest (after ``RETRY_AFTER_FAILURE``,
  at most ``MAX_ATTEMPTS`` requests per text); a rejected answer is final.
- **Safe.** Feed text is data: the instructions are in the system message, the
  sources in the user message between tags their text cannot close. The answer
  is cleaned like feed text and checked against the sources (bot/grounding.py):
  a refusal, an over-long answer, or a number, date, version, CVE id, URL or
  capitalised name no source has → rejected, logged and counted (``counts``).
- **The key** comes from the environment variable named by ``api_key_env``; it
  is sent as ``Authorization: Bearer …`` and never logged (unset: no header).
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import json
import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import aiohttp

from .config import (  # [summaries.llm], validated with the rest of the settings
    DEFAULT_USER_AGENT,
    LlmSettings,
)
from .modeltext import (
    SourceText,
    StoryText,
    build_messages,
    check_answer,
    clean_answer,
    sent_sources,
)

if TYPE_CHECKING:
    from .clock import Clock
    from .cluster import Cluster
    from .store.database import AsyncStore

__all__ = ["LlmSettings", "ModelSummaries", "SourceText", "StoryText"]

log = logging.getLogger("tidings.llm")

PROMPT_VERSION = 1  # part of each text's hash: a new prompt asks again
MAX_ANSWER_BYTES = 256 * 1024
MAX_TRIES = 3  # requests per story in one digest (a 429 and its retries)
MAX_ATTEMPTS = 3  # requests per text, across digests, before it is left to the extractive summary
RETRY_AFTER_FAILURE = timedelta(minutes=30)  # a failed text is asked again by a digest after this
DEFAULT_RETRY_AFTER = 10.0  # seconds, for a 429 without a usable Retry-After
POLL = 1.0  # seconds between looks at a text another process is asking for


@dataclass(frozen=True, slots=True)
class _Outcome:
    status: str  # done, rejected, failed
    summary: str = ""
    error: str = ""
    retry_at: datetime | None = None
    attempted: bool = True


def text_hash(sources: Sequence[SourceText], model: str, limit: int) -> str:
    """The cache key: the model, the prompt and the sources' text (in any order)."""
    key = [PROMPT_VERSION, model, limit, sorted([s.source, s.title, s.link, s.text] for s in sources)]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode()).hexdigest()


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """A Retry-After header's wait in seconds (a number or an HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max((when - now).total_seconds(), 0.0)


class ModelSummaries:
    """Summaries from a chat-completions endpoint, cached in the database (see the module's docstring)."""

    def __init__(
        self,
        settings: LlmSettings,
        store: AsyncStore,
        clock: Clock,
        *,
        instance: str,
        env: Mapping[str, str] | None = None,
        concurrency: int = 2,
        max_sentences: int = 3,
        max_chars: int = 600,
        deadline: float | None = None,
        story_key: Callable[[Cluster], str] = lambda story: str(story.lead.id),
    ):
        self.settings = settings
        self.store = store
        self.clock = clock
        self.instance = instance
        self.max_sentences = max_sentences
        self.max_chars = max_chars
        self.deadline = deadline if deadline is not None else 2 * settings.timeout
        self.story_key = story_key  # how ``summaries`` keys a Cluster (bot/stories.py's story_key)
        self.counts: Counter[str] = Counter()  # cached, requests, summarised, rejected, failed, timeout, ...
        self._url = settings.base_url + "/chat/completions"
        self._where = "{0.scheme}://{0.netloc}".format(urlsplit(settings.base_url))  # what the log may say
        self._key = (os.environ if env is None else env).get(settings.api_key_env, "")
        self._slots = asyncio.Semaphore(concurrency)
        self._session: aiohttp.ClientSession | None = None
        self._not_before: datetime | None = None  # a 429 asked every request to wait until then
        self._budget_told = ""  # the day the spent budget was logged
        self._late: set[asyncio.Task] = set()  # requests still running after a deadline: their answers are kept

    def __repr__(self) -> str:  # never the key
        return f"ModelSummaries({self._where}, model={self.settings.model!r})"

    async def __aenter__(self) -> ModelSummaries:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        for task in list(self._late):
            task.cancel()
        await asyncio.gather(*self._late, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def summaries(self, stories: Sequence[Cluster], fallback: object = None) -> dict[str, str]:
        """``summarise`` for clustered stories, keyed by ``story_key``: the digest's
        seam (a story left out gets the caller's ``fallback``, the extractive summary)."""
        return await self.summarise([StoryText.from_cluster(self.story_key(s), s) for s in stories])

    async def summarise(self, stories: Sequence[StoryText]) -> dict[str, str]:
        """{story key: model summary} for the stories the model summarised well
        (now or before); the others are left out. Never raises for the model's
        sake; returns within ``deadline`` seconds."""
        try:
            return await self._summarise(stories)
        except Exception:  # the database or a bug: the digest goes on, extractive
            log.exception("model summaries failed; extractive summaries instead")
            self.counts["failed"] += 1
            return {}

    async def _summarise(self, stories: Sequence[StoryText]) -> dict[str, str]:
        start = self.clock.now()
        deadline = start + timedelta(seconds=self.deadline)
        texts: dict[str, tuple[StoryText, tuple[SourceText, ...]]] = {}  # by hash; a story once
        keys: dict[str, list[str]] = {}  # the story keys of each hash
        seen: set[str] = set()
        for story in stories:
            if not story.sources or story.key in seen:
                continue
            seen.add(story.key)
            sources = sent_sources(story.sources)
            h = text_hash(sources, self.settings.model, self.max_chars)
            texts.setdefault(h, (story, sources))
            keys.setdefault(h, []).append(story.key)
        if not texts:
            return {}
        claims = await self.store.claim_summaries(
            [(h, story.key) for h, (story, _) in texts.items()], model=self.settings.model, instance=self.instance,
            now=start, lease=timedelta(seconds=self.deadline + self.settings.timeout + 60), max_attempts=MAX_ATTEMPTS,
        )  # fmt: skip
        found = {h: c.summary for h, c in claims.items() if c.status == "done"}
        self.counts["cached"] += len(found)
        errors: list[str] = []  # why requests of this call failed
        mine = [
            asyncio.ensure_future(self._make(h, *texts[h], deadline, errors))
            for h, c in claims.items()
            if c.status == "mine"
        ]
        others = [h for h, c in claims.items() if c.status == "pending"]
        waiting = [asyncio.ensure_future(self._wait_for(others, deadline))] if others else []
        done, late = await asyncio.wait([*mine, *waiting], timeout=self.deadline) if mine or waiting else (set(), set())
        for task in late:  # left to finish in the background: a request paid for is kept for the next digest
            self._late.add(task)
            task.add_done_callback(self._forget)
        for task in done:
            if self._forget(task):
                found.update(task.result())
        if errors:
            log.warning("model summaries: %d of %d new stories got the extractive summary (last: %s)",
                        len(errors), len(mine), errors[-1])  # fmt: skip
        return {key: found[h] for h, ks in keys.items() if found.get(h) for key in ks}

    def _forget(self, task: asyncio.Future) -> bool:
        """Done with ``task``: True when it has a result (a bug in it is logged)."""
        self._late.discard(task)
        if task.cancelled():
            return False
        if task.exception() is not None:
            log.error("model summary task failed", exc_info=task.exception())
            return False
        return True

    async def _wait_for(self, hashes: list[str], deadline: datetime) -> dict[str, str]:
        """Answers another call or process is asking for, until the deadline."""
        found: dict[str, str] = {}
        left = set(hashes)
        while left and self.clock.now() + timedelta(seconds=POLL) <= deadline:
            await self.clock.sleep(POLL)
            for h, claim in (await self.store.summaries_of(left)).items():
                if claim.status != "pending":
                    left.discard(h)
                    if claim.status == "done":
                        found[h] = claim.summary
        self.counts["waited"] += len(found)
        return found

    async def _make(
        self, h: str, story: StoryText, sources: tuple[SourceText, ...], deadline: datetime, errors: list[str]
    ) -> dict[str, str]:
        outcome = await self._ask(story, sources, deadline)
        self.counts[outcome.status if outcome.status != "done" else "summarised"] += 1
        if outcome.status == "rejected":
            log.warning("model summary of %r rejected: %s", story.title[:100], outcome.error)
        elif outcome.status == "failed":
            log.info("no model summary for %r: %s", story.title[:100], outcome.error)
            errors.append(outcome.error)
        await self.store.finish_summary(
            h, instance=self.instance, now=self.clock.now(), status=outcome.status, summary=outcome.summary,
            error=outcome.error, retry_at=outcome.retry_at, attempted=outcome.attempted,
        )  # fmt: skip
        return {h: outcome.summary} if outcome.status == "done" else {}

    async def _ask(self, story: StoryText, sources: tuple[SourceText, ...], deadline: datetime) -> _Outcome:
        """One story: up to MAX_TRIES requests (429s), each within the budget, the timeout and the deadline."""
        timeout = timedelta(seconds=self.settings.timeout)
        made = False
        async with self._slots:
            for _ in range(MAX_TRIES):
                now = self.clock.now()
                if self._not_before is not None and now < self._not_before:
                    if self._not_before + timeout > deadline:
                        self.counts["rate_limited"] += 1
                        return _Outcome("failed", error="rate limited (429)", retry_at=self._not_before, attempted=made)
                    await self.clock.sleep((self._not_before - now).total_seconds())
                    now = self.clock.now()
                if now + timeout > deadline:
                    return _Outcome("failed", error="no time left before the digest", retry_at=now, attempted=made)
                if not await self.store.spend_model_request(now.date().isoformat(), self.settings.max_requests_per_day):
                    return self._over_budget(now, made)
                made = True
                self.counts["requests"] += 1
                outcome = await self._request(sources, now)
                if outcome is not None:
                    return outcome
            self.counts["rate_limited"] += 1
            return _Outcome("failed", error="rate limited (429)", retry_at=self._not_before)

    def _over_budget(self, now: datetime, made: bool) -> _Outcome:
        self.counts["over_budget"] += 1
        day = now.date().isoformat()
        if self._budget_told != day:
            self._budget_told = day
            log.warning("model summaries: today's %d requests are spent; extractive summaries until 00:00 UTC",
                        self.settings.max_requests_per_day)  # fmt: skip
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=now.tzinfo)
        return _Outcome("failed", error="daily request budget spent", retry_at=midnight, attempted=made)

    async def _request(self, sources: tuple[SourceText, ...], now: datetime) -> _Outcome | None:
        """One POST; None after a 429 (the next try waits for its Retry-After)."""
        retry_at = now + RETRY_AFTER_FAILURE
        body = {
            "model": self.settings.model,
            "messages": build_messages(sources, sentences=self.max_sentences, limit=self.max_chars),
            "temperature": 0,
            "max_tokens": max(128, self.max_chars // 2),
            "stream": False,
        }
        try:
            async with self._http().post(self._url, json=body) as response:
                if response.status == 429:
                    wait = retry_after_seconds(response.headers.get("Retry-After"), now)
                    until = now + timedelta(seconds=DEFAULT_RETRY_AFTER if wait is None else min(wait, 86400.0))
                    self._not_before = max(self._not_before or until, until)
                    return None
                if response.status != 200:
                    return _Outcome("failed", error=f"HTTP {response.status} from {self._where}", retry_at=retry_at)
                raw = await response.content.read(MAX_ANSWER_BYTES + 1)
        except TimeoutError:
            self.counts["timeout"] += 1
            return _Outcome("failed", error=f"no answer within {self.settings.timeout:g}s", retry_at=retry_at)
        except (aiohttp.ClientError, OSError) as exc:
            return _Outcome("failed", error=f"cannot reach {self._where}: {type(exc).__name__}", retry_at=retry_at)
        if len(raw) > MAX_ANSWER_BYTES:
            return _Outcome("failed", error="malformed answer: too large", retry_at=retry_at)
        return self._read(raw, sources, retry_at)

    def _read(self, raw: bytes, sources: tuple[SourceText, ...], retry_at: datetime) -> _Outcome:
        try:
            choice = json.loads(raw)["choices"][0]
            message: dict[str, Any] = choice["message"]
            content = message.get("content")
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            self.counts["malformed"] += 1
            return _Outcome("failed", error="malformed answer (not a chat completion)", retry_at=retry_at)
        if message.get("refusal"):
            return _Outcome("rejected", error="the model refused")
        if not isinstance(content, str):
            self.counts["malformed"] += 1
            return _Outcome("failed", error="malformed answer (no text)", retry_at=retry_at)
        if choice.get("finish_reason") in ("length", "content_filter"):
            return _Outcome("rejected", error=f"answer cut off ({choice['finish_reason']})")
        summary, links = clean_answer(content)
        texts = [text for s in sources for text in (s.source, s.title, s.text)]
        why = check_answer(summary, texts, links=[s.link for s in sources], limit=self.max_chars, markup_links=links)
        if why:
            return _Outcome("rejected", error=why)
        return _Outcome("done", summary=summary)

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            headers = {"User-Agent": DEFAULT_USER_AGENT, "Accept": "application/json"}
            if self._key:
                headers["Authorization"] = f"Bearer {self._key}"
            self._session = aiohttp.ClientSession(
                headers=headers, timeout=aiohttp.ClientTimeout(total=self.settings.timeout), raise_for_status=False
            )
        return self._session

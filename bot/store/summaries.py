"""Model summaries, each story text once: a row per text hash, claimed by the call
that asks the model (so another digest, a restart or a second process waits for
it or reuses it instead of paying again), and the requests made per UTC day (the
daily budget, counted here so that every process spends the same one).
bot/llm.py walks these steps."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa

from .connection import Connections
from .schema import insert_new, model_requests, model_summaries


@dataclass(frozen=True, slots=True)
class SummaryClaim:
    """What the database says about one story text.

    ``status``: "mine" (this call asks the model, then calls finish_summary),
    "done" (``summary`` is the answer), "rejected" (the model's answer failed the
    checks: never asked again), "pending" (another call or process is asking it
    now), "failed" (the last request failed; asked again after ``retry_at``, up to
    the attempts allowed)."""

    text_hash: str
    status: str
    summary: str = ""


class SummaryStore(Connections):
    def claim_summaries(
        self,
        wanted: Sequence[tuple[str, str]],
        *,
        model: str,
        instance: str,
        now: datetime,
        lease: timedelta,
        max_attempts: int,
    ) -> dict[str, SummaryClaim]:
        """For each (text hash, story key): the cached answer, or the claim to ask
        the model for it ("mine", held for ``lease``). A text is claimed when it is
        new, when its claim expired (its process died), or when it failed and is
        due again with attempts left. One transaction; concurrent callers on
        PostgreSQL get one "mine" between them."""
        found: dict[str, SummaryClaim] = {}
        with self._begin() as conn:
            for text_hash, story_key in wanted:
                if text_hash in found:
                    continue
                inserted = conn.execute(
                    insert_new(conn, model_summaries, "text_hash").values(
                        text_hash=text_hash, story_key=story_key[:300], model=model[:200], status="pending",
                        created_at=now, updated_at=now, claimed_by=instance, lease_until=now + lease,
                    ).returning(model_summaries.c.text_hash)  # (rowcount is not told on every database)
                ).first()  # fmt: skip
                if inserted is not None:
                    found[text_hash] = SummaryClaim(text_hash, "mine")
                    continue
                c = model_summaries.c
                taken = conn.execute(
                    model_summaries.update()
                    .where(c.text_hash == text_hash)
                    .where(
                        sa.or_(
                            sa.and_(c.status == "pending", c.lease_until < now),
                            sa.and_(c.status == "failed", c.retry_at <= now, c.attempts < max_attempts),
                        )
                    )
                    .values(status="pending", claimed_by=instance, lease_until=now + lease, updated_at=now)
                ).rowcount
                if taken == 1:
                    found[text_hash] = SummaryClaim(text_hash, "mine")
                    continue
                row = conn.execute(sa.select(c.status, c.summary).where(c.text_hash == text_hash)).one()
                found[text_hash] = SummaryClaim(text_hash, row.status, row.summary)
        return found

    def finish_summary(
        self,
        text_hash: str,
        *,
        instance: str,
        now: datetime,
        status: str,
        summary: str = "",
        error: str = "",
        retry_at: datetime | None = None,
        attempted: bool = True,
    ) -> bool:
        """Record the outcome of a claimed text: "done" (with the summary),
        "rejected" or "failed" (asked again from ``retry_at``). ``attempted`` False:
        no request was made (the budget was spent), so no attempt is counted.
        False when the claim is no longer this instance's (it expired and another
        process took the text): nothing is written."""
        if status not in ("done", "rejected", "failed"):
            raise ValueError(f"unknown summary status {status!r}")
        c = model_summaries.c
        with self._begin() as conn:
            return bool(
                conn.execute(
                    model_summaries.update()
                    .where(c.text_hash == text_hash, c.status == "pending", c.claimed_by == instance)
                    .values(
                        status=status,
                        summary=summary,
                        error=error[:1000],
                        retry_at=retry_at,
                        updated_at=now,
                        attempts=c.attempts + (1 if attempted else 0),
                        claimed_by=None,
                        lease_until=None,
                    )  # fmt: skip
                ).rowcount
            )

    def summaries_of(self, hashes: Iterable[str]) -> dict[str, SummaryClaim]:
        """The state of these texts, as they are now (to wait for another process's answer)."""
        ids = list(dict.fromkeys(hashes))
        found: dict[str, SummaryClaim] = {}
        c = model_summaries.c
        with self._connect() as conn:
            for start in range(0, len(ids), 500):
                rows = conn.execute(
                    sa.select(c.text_hash, c.status, c.summary).where(c.text_hash.in_(ids[start : start + 500]))
                )
                found.update((r.text_hash, SummaryClaim(r.text_hash, r.status, r.summary)) for r in rows)
        return found

    def spend_model_request(self, day: str, limit: int) -> bool:
        """Count one request against ``day``'s budget; False (and nothing counted)
        when ``limit`` requests were made that day already, by any process."""
        with self._begin() as conn:
            conn.execute(insert_new(conn, model_requests, "day").values(day=day, requests=0))
            return (
                conn.execute(
                    model_requests.update()
                    .where(model_requests.c.day == day, model_requests.c.requests < limit)
                    .values(requests=model_requests.c.requests + 1)
                ).rowcount
                == 1
            )

    def model_requests_on(self, day: str) -> int:
        with self._connect() as conn:
            return conn.execute(sa.select(model_requests.c.requests).where(model_requests.c.day == day)).scalar() or 0

    def prune_model_summaries(self, before: datetime) -> int:
        """Forget texts not touched since ``before`` (and the request counts of
        days before it); a story that old is in no digest any more."""
        with self._begin() as conn:
            gone = conn.execute(
                model_summaries.delete().where(
                    model_summaries.c.updated_at < before, model_summaries.c.status != "pending"
                )
            ).rowcount
            conn.execute(model_requests.delete().where(model_requests.c.day < before.date().isoformat()))
        return gone

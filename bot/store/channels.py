"""A channel's state: when its last digest was made and up to where it
covered articles (the cutoff), and whether its chat target refuses posts."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from .connection import Connections
from .schema import channel_state


class ChannelStore(Connections):
    def channel_state(self, channel: str) -> tuple[datetime | None, datetime | None]:
        """(last_digest_at, cutoff) for a channel; (None, None) before its first digest."""
        with self._connect() as conn:
            row = conn.execute(sa.select(channel_state).where(channel_state.c.channel == channel)).first()
        return (row.last_digest_at, row.cutoff) if row else (None, None)

    def set_channel_state(self, channel: str, *, last_digest_at: datetime, cutoff: datetime) -> None:
        with self._begin() as conn:
            write_cutoff(conn, channel, last_digest_at=last_digest_at, cutoff=cutoff)

    def set_refused(self, channel: str, *, since: datetime | None, error: str | None) -> None:
        with self._begin() as conn:
            ensure_channel_row(conn, channel)
            conn.execute(
                channel_state.update()
                .where(channel_state.c.channel == channel)
                .values(refused_since=since, refused_error=error)
            )

    def refused(self, channel: str) -> tuple[datetime | None, str | None]:
        with self._connect() as conn:
            row = conn.execute(
                sa.select(channel_state.c.refused_since, channel_state.c.refused_error).where(
                    channel_state.c.channel == channel
                )
            ).first()
        return (row.refused_since, row.refused_error) if row else (None, None)


def ensure_channel_row(conn, channel: str) -> None:
    exists = conn.execute(sa.select(channel_state.c.channel).where(channel_state.c.channel == channel)).first()
    if not exists:
        conn.execute(channel_state.insert().values(channel=channel))


def write_cutoff(conn, channel: str, *, last_digest_at: datetime, cutoff: datetime) -> None:
    ensure_channel_row(conn, channel)
    conn.execute(
        channel_state.update()
        .where(channel_state.c.channel == channel)
        .values(last_digest_at=last_digest_at, cutoff=cutoff)
    )

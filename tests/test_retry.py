"""What every adapter shares (adapters/retry.py): the post-and-record loop resumes
after what was sent, records each message before the next, says how many went
out when it stops; the problem log tells each refusal once."""

from __future__ import annotations

import logging

import pytest

from adapters.retry import Failure, ProblemLog, post_messages
from bot.chat import DeliveryError
from tests.fakes.clock import FakeClock


class Down(Exception):
    pass


def classify(exc: BaseException) -> Failure | None:
    return Failure("the platform is down", retry=True) if isinstance(exc, Down) else None


async def test_posting_resumes_after_the_sent_messages_and_records_each_before_the_next():
    posted: list[str] = []
    recorded: list[tuple[int, str]] = []

    async def send(message: str, n: int, ids) -> str:
        assert len(ids) == n  # every earlier message is recorded when this one goes out
        posted.append(message)
        return f"id-{n}"

    async def on_sent(n: int, message_id: str) -> None:
        recorded.append((n, message_id))

    ids = await post_messages(["a", "b", "c"], send, classify, clock=FakeClock(), what="here", sent=["old-0"],
                              on_sent=on_sent)  # fmt: skip
    assert ids == ["old-0", "id-1", "id-2"]
    assert posted == ["b", "c"] and recorded == [(1, "id-1"), (2, "id-2")]


async def test_a_failure_after_some_messages_says_how_many_went_out_and_retries_on_the_clock():
    clock = FakeClock()

    async def send(message: str, n: int, ids) -> str:
        if n == 1:
            raise Down()
        return f"id-{n}"

    with pytest.raises(DeliveryError, match=r"^here: the platform is down \(1 of 3 messages were posted\)$"):
        await post_messages(["a", "b", "c"], send, classify, clock=clock, what="here", say_how_many=True)
    assert len(clock.slept) == 4  # five attempts, waited on the injected clock
    with pytest.raises(DeliveryError, match=r"^here: the platform is down$"):
        await post_messages(["a", "b", "c"], send, classify, clock=clock, what="here")


async def test_an_error_the_adapter_does_not_recognise_is_a_bug_and_propagates():
    async def send(message: str, n: int, ids) -> str:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        await post_messages(["a"], send, classify, clock=FakeClock(), what="here")


def test_a_refusal_is_logged_and_told_once_and_forgotten_when_posting_works(caplog):
    problems = ProblemLog(logging.getLogger("tidings.test"))
    refused = DeliveryError("#news: missing permission (2 of 3 messages were posted)", permanent=True)
    with caplog.at_level(logging.INFO, logger="tidings.test"):
        problems.failed("#news", refused)
        problems.failed("#news", DeliveryError("#news: missing permission", permanent=True))
        problems.failed("#other", DeliveryError("#other: down for now"))  # passing: not a problem to keep
        assert problems.problems == {"#news": "#news: missing permission"}
        assert problems.tell() == ["#news: missing permission"] and problems.tell() == []
        problems.worked("#news")
    assert problems.problems == {}
    assert [r.getMessage() for r in caplog.records] == ["#news: missing permission", "#news: posting works again"]

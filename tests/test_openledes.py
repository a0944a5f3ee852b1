"""A lede that is its paragraph whole without a stop, in a language that spaces its words (set50 F4: javaswag--
soundcloud-podcast.xml, no licence: made-up words in its shape): the summary opens on it and ends there, never on the
show notes' link captions after it, never with a sentence run on from it."""

from bot.summary import SourceText, summarize
from bot.usable import open_ended, usable_in

_LEDE = "В 40 выпуске подкаста Javaswag поговорили с Иваном Петровым о базах данных, репликации и представлении чисел в Java"
_NOTES = (
    "Сколько способов хранить числа существует?",
    "Больше, чем вы думаете https://example.org/numbers",
    "Как BigDecimal попал в jdk?",
    "https://example.org/jsr",
    "Почему в spring boot нет автоконфигурации чисел?",
    "https://example.org/issues/1",
)


def test_a_lede_without_a_stop_opens_the_summary_and_ends_it():
    summary = summarize([SourceText("#40 - Иван Петров - базы данных и числа", (_LEDE, *_NOTES))])
    assert summary == [_LEDE]  # (was the three captions' questions)
    assert usable_in(_LEDE, frozenset(), lede=True, more=True) and open_ended(_LEDE)


def test_what_is_no_paragraph_without_a_stop_stays_unusable():
    assert not usable_in(_LEDE, frozenset(), lede=False, more=True)  # (only an article's first sentence)
    assert not usable_in(_LEDE, frozenset(), lede=True, more=False)  # (its last: the feed may have cut it)
    cut = "This is a bonus show that a lot of folks asked us to release to everyone, so we are"
    assert not usable_in(cut, frozenset(), lede=True, more=True)  # (a phrase's word last)
    assert not usable_in("Check out our other podcasts and the show notes", frozenset(), lede=True, more=True)
    assert not usable_in("Links: " + _LEDE, frozenset(), lede=True, more=True)  # (a label's colon)
    assert not open_ended(_LEDE + ".") and not open_ended("这是一个没有句号的段落")

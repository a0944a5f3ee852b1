"""A review of set37's F3, F4b, F5, F7 and set36's F5, F6 (branch fix37a): what those rules took that is the story's,
and the adversarial inputs that made them slow (checked by their outputs; timed by hand)."""

from datetime import UTC, datetime

from bot.codeblocks import is_trace
from bot.excerpt import make_excerpt
from tests.builders import excerpt, read_entries

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _excerpts(descriptions: list[str]) -> list[str]:
    entries = [{"title": f"Status {n}", "link": f"/i/{n}", "text": text} for n, text in enumerate(descriptions)]
    return [a.excerpt for a in read_entries(entries, site="https://status.example", now=NOW)]


def test_a_pointer_to_more_news_is_cut_in_linear_time_and_only_before_a_sites_name():
    """more-news-on: a run of dots after the site's name was given back to "[.!]*" and "[^\\w\\s]{1,3}" at every
    split (71 s on 20,000 dots); after "в"/"у" a place or a year is no site ("… в 2025!", "… в Одессе")."""
    dots = "Рынок вырос. Больше новостей на B" + "." * 3000 + " a"
    assert make_excerpt(dots, 5000).startswith("Рынок вырос.")
    for kept in ("Итоги года подведены. Больше новостей в 2025!", "Сегодня много событий. Все новости в Одессе"):
        assert make_excerpt(kept) == kept
    assert make_excerpt("Погода ухудшилась. Все новости в Telegram") == "Погода ухудшилась."
    assert make_excerpt("Рынок упал. Больше новостей на rbc.ru") == "Рынок упал."
    assert make_excerpt("В Госдуме обсуждают закон. Все новости на РБК") == "В Госдуме обсуждают закон."


def test_a_sentence_that_opens_with_an_exceptions_name_is_no_trace():
    """codeblocks: "java.lang.OutOfMemoryError: Java heap space is the error most of our users hit…" was taken for
    a trace (no excerpt); an exception with a trace's marks, or a bare message, still is."""
    said = "java.lang.OutOfMemoryError: Java heap space is the error most of our users hit, and here is why."
    assert excerpt(f"<p>{said}</p>") == said
    assert is_trace("java.lang.OutOfMemoryError: Java heap space")
    assert is_trace("urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.example', port=443): Max retries")
    assert not is_trace("sqlalchemy.exc.OperationalError: How we fixed our database outage at 3 a.m.")


def test_hashtags_in_prose_after_a_dot_or_a_dash_stay():
    """hashtag-run: "·" and "—" are prose's punctuation; only " | " sets a tail of tags off."""
    for kept in ("Vote for your favourite: #python · #rust · #go", "Die Abstimmung läuft — #Team Rot oder #Team Blau?"):
        assert make_excerpt(kept) == kept
    assert make_excerpt("We shipped version 2. | #rust #wasm") == "We shipped version 2."
    tail = "자료가 됩니다. | #공주 교촌리 벽돌무덤 #광여기루미네선스 (OSL) #인공지능(CCTV)"  # (kyunghwan--briefingroom #49)
    assert make_excerpt(tail) == "자료가 됩니다."
    long = "Text here." + " — #a b" * 3000 + " |"  # (quadratic before: " — #a b" at every tag)
    assert make_excerpt(long, 30000) == long


def test_a_recurring_first_paragraph_stays_before_a_line_that_is_no_sentence():
    """repeated: a status page's maintenance notice in 5 of 30 entries, then "Scheduled: Mar 7, 02:00 - 04:00 UTC":
    the schedule alone was shown. The notice goes only before a sentence of the entry's own."""
    notice = (
        "<p>We will be performing scheduled maintenance on our primary database cluster. During this window the API"
        " may respond slowly and some requests may fail; no data will be lost.</p>"
    )
    texts = [
        notice + f"<p>Scheduled: Mar {n + 1}, 02:00 - 04:00 UTC</p>"
        if n % 6 == 0
        else f"<p>Incident {n}: elevated error rates on the dashboard were resolved after a config rollback.</p>"
        for n in range(30)
    ]
    texts[12] = notice + "<p>Does that when i try to register with a new key</p>"  # (a forum's words, no full stop)
    shown = _excerpts(texts)
    assert shown[6].startswith("We will be performing scheduled maintenance")
    assert shown[12] == "Does that when i try to register with a new key"


def test_a_lone_exclamation_of_address_that_is_the_whole_post_stays():
    """VOCATIVE: "<p>Friends!</p>", a real one-word post, was erased; before the text it still goes."""
    assert excerpt("<p>Friends!</p>") == "Friends!"
    assert excerpt("<p>Friends!</p><p>The next meeting is on the 14th of April at six.</p>") == (
        "The next meeting is on the 14th of April at six."
    )
    assert excerpt("<p>Everyone!</p><p>The next meeting is on Monday at six.</p>") == (
        "The next meeting is on Monday at six."
    )

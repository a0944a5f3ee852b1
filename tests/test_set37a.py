"""set37's findings F3, F4, F5, F7 (/work/unseen37/FINDINGS.md; its feeds have no licence: made-up words in each
feed's shape): a hashtag tail after a separator, a section label with a colon, a lone greeting of address, a pointer
to more news on a site."""

from datetime import UTC, datetime

from bot.excerpt import make_excerpt
from tests.builders import excerpt, read_entries

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_a_run_of_hashtags_after_a_separator_goes():
    """set37 F3: kyunghwan--briefingroom.xml #0, #2, #8: "…전환합니다. | #대형산불 #제로 달성 #산림청 …": tags of a word
    or more ("#27 일 지급") after " | " end every description; the tail was kept. A tag in a sentence stays."""
    text = "[산림청] 산림청이 봄철 대책기간 동안 산불 예방을 강화했다고 밝혔습니다. | #대형산불 #제로 달성 #27 일 지급 #산불 예방"
    assert make_excerpt(text) == "[산림청] 산림청이 봄철 대책기간 동안 산불 예방을 강화했다고 밝혔습니다."
    assert make_excerpt("We shipped version 2. | #rust #wasm") == "We shipped version 2."
    kept = "We love C# — #python is great and #rust is fast"
    assert make_excerpt(kept) == kept
    assert make_excerpt("The patch fixes #1234 and #1240.") == "The patch fixes #1234 and #1240."


def test_a_lone_exclamation_of_address_is_no_excerpt():
    """set37 F5: defcon-russia--ru-index.xml #0: "<p>Товарищи!</p><p>Следующая встреча группы будет …</p>" ("Comrades!"):
    the excerpt was "Товарищи!" alone. The paragraph after it is the excerpt; alone, it is the post. A cry that is the
    story's ("Ура!") and one inside the sentence's paragraph stay."""
    meeting = "Следующая встреча клуба будет 14 апреля 2021 в 18.30"
    assert excerpt(f"<p>Товарищи!</p><p>{meeting}</p>", title="Встреча 14.4.2021") == meeting
    assert excerpt(f"<p>Друзі!</p><p>{meeting}</p>", title="Встреча") == meeting
    assert excerpt("<p>Friends!</p><p>The next meeting is on the 14th of April at six.</p>") == (
        "The next meeting is on the 14th of April at six."
    )
    assert excerpt("<p>Товарищи!</p>", title="Встреча") == "Товарищи!"  # (alone, it is the post: set37a2 F7)
    assert excerpt("<p>Ура!</p><p>Мы выиграли конкурс.</p>") == "Ура! Мы выиграли конкурс."


def test_a_pointer_to_more_news_on_a_site_ends_the_text():
    """set37 F7: gptnews--index.xml #7: "…The Best крипто out there 😉 Больше новостей и аналитики на Bybit" ("more news
    and analysis on Bybit"): kept as the text's end. It goes after a sentence's end or an emoji; a sentence about
    news that goes on stays."""
    assert make_excerpt("Курс монеты вырос на 3 % за день 😉 Больше новостей и аналитики на Coinex") == (
        "Курс монеты вырос на 3 % за день 😉"
    )
    assert make_excerpt("Курс монеты вырос на 3 %. Більше новин на Хабрі") == "Курс монеты вырос на 3 %."
    kept = "Курс монеты вырос на 3 %. Больше новостей в Москве сегодня не было."
    assert make_excerpt(kept) == kept


def test_a_section_label_with_a_colon_before_the_first_sentence_goes():
    """set37 F4 (b): gptnews--index.xml #6: "Введение: Почему важно читать транзакции…? В современном мире…"
    ("Introduction:"): the label was kept. A word that begins the sentence stays ("Introduction of the tariff…")."""
    text = "Введение: Почему важно следить за кошельками? В современном мире крупные переводы видны всем."
    assert make_excerpt(text) == "Почему важно следить за кошельками? В современном мире крупные переводы видны всем."
    assert make_excerpt("前言：这是一个关于缓存的故事。我们开始吧。") == "这是一个关于缓存的故事。我们开始吧。"
    kept = "Introduction of the new tariff was delayed again, the ministry said."
    assert make_excerpt(kept) == kept


def _forum_excerpts(descriptions: list[str]) -> list[str]:
    entries = [{"title": f"Topic {n}", "link": f"/t/{n}", "text": text} for n, text in enumerate(descriptions)]
    return [a.excerpt for a in read_entries(entries, site="https://forum.example", now=NOW)]


def test_a_posting_template_a_few_entries_open_with_is_no_excerpt():
    """set36 F5: wnelson03--community-forum-archive.xml #6 (no licence found: made-up words in its shape): 6 of 30
    posts open with the forum's template, "✅ I agree that I will not ask for help with non-KeyAuth related topics…",
    under a quarter of them; it was the excerpt, the question after it lost. It goes when text follows it."""
    template = (
        "<p>I agree that <strong>I will not ask for help about other programs</strong>, this board <strong>is only"
        " for asking about the stock example with NO changes made to it</strong></p>"
    )
    questions = [f"<p>Hello, my login form number {n} does nothing when I press the button, what is wrong?</p>"
                 for n in range(30)]  # fmt: skip
    texts = [template + q if n % 5 == 0 else q for n, q in enumerate(questions)]
    texts[5] = template  # (a post that is only the template keeps it: nothing else to show)
    shown = _forum_excerpts(texts)
    assert shown[0] == "My login form number 0 does nothing when I press the button, what is wrong?"
    assert shown[10].startswith("My login form number 10")
    assert shown[5].startswith("I agree that I will not ask")


def test_an_exception_pasted_as_a_paragraph_is_code():
    """set36 F6: wnelson03--community-forum-archive.xml #9 (no licence found: made-up words in its shape): a post of
    "Getting this error…:" and a Python exception in a quote ("urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(
    host=…") showed the exception as its excerpt. A line that opens with an exception's module and name is a trace:
    the sentence before it is the excerpt, or there is none. An exception named inside a sentence stays."""
    trace = (
        "<blockquote><p>urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.example', port=443): Max"
        " retries exceeded with url: /v1/ (Caused by SSLError(SSLError(1, '[SSL] wrong version (_ssl.c:1129)')))</p>"
        "</blockquote>"
    )
    # (set40 F7: an empty excerpt was a defect too; the intro and the error's first characters, never the error alone)
    assert excerpt("<p>Getting this error when running the stock python code:</p>" + trace) == (
        "Getting this error when running the stock python code: urllib3.exceptions.MaxRetryError: HTTPSConnectionPool("
        "host='api.example'…"
    )
    assert excerpt("<p>After the update the login fails.</p>" + trace) == "After the update the login fails."
    said = "The app raised urllib3.exceptions.MaxRetryError: after the update, so we pinned the library."
    assert excerpt(f"<p>{said}</p>") == said

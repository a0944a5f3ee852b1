"""set35's findings F1, F2, F3 (/work/unseen35/FINDINGS.md): a numbering word taken for a masthead, a lone
heading as the excerpt, a closing sentence the feed repeats."""

from datetime import UTC, datetime

from bot.mastheads import label_end, mastheads
from bot.normalize import read_feed
from tests.builders import excerpt

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _excerpts(channel: str, descriptions: list[str]) -> list[str]:
    items = "".join(
        f"<item><title>Part {n}</title><link>https://talks.example/{n}</link><description>{text}</description></item>"
        for n, text in enumerate(descriptions)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{channel}</title>{items}</channel></rss>'
    return [
        a.excerpt
        for a in read_feed(
            body.encode(), url="https://talks.example/f", source="t", now=NOW, excerpt_length=300
        ).articles
    ]


def test_a_word_before_each_entrys_number_is_numbering_not_a_masthead():
    """set35 F1: bbenayed480--shar7-kirmany.xml (no licence found: made-up words in its shape): every description
    opens "الحلقة N من …" ("Episode N of …"); the word went as a masthead label and "1 من شرح…" was left. English
    look-alike too: "Episode 12 of …". A word before a name that opens with digits still may be one."""
    arabic = [f"الحلقة {n} من دروس الكتاب القديم - الأستاذ سالم بن علي" for n in range(1, 12)]
    assert mastheads(arabic, "دروس الكتاب القديم", len(arabic)) == []
    assert _excerpts("دروس الكتاب القديم", arabic) == arabic
    english = [f"Episode {n} of the harbour lectures, read by the old keeper of the light." for n in range(1, 12)]
    assert _excerpts("Harbour Lectures", english) == english
    assert label_end("Episode 12 of the lectures") == 0 < label_end("Abstract 4DAnyone reconstructs humans")
    # (review: an ordinal is no name's first word either, "Homily 1st Sunday of Advent" keeps its "Homily")
    homilies = [
        f"Homily {n} Sunday of Advent, read at the harbour chapel by the keeper." for n in ("1st", "2nd", "3rd")
    ]
    homilies += ["Homily 4th Sunday of Advent, read at the harbour chapel by the keeper."]
    assert mastheads(homilies, "Chapel Homilies", len(homilies)) == []


def test_a_step_heading_before_code_is_no_excerpt_on_its_own():
    """set35 F2: belier-cn--blog-atom.xml #4, #6, #7 (no licence found: made-up words in its shape): a post of step
    headings and code ("<h2>创建目录</h2><pre><code>mkdir …"), no paragraph of sentences: the excerpt was the heading
    alone, "创建目录". English too. The first paragraph further on is the excerpt, or there is none."""
    steps = (
        "<h2>建立目录</h2><pre><code>mkdir -p /srv/app/data</code></pre><h2>下载配置</h2>"
        "<pre><code>curl -o /srv/app/app.conf http://example.com/app.conf</code></pre>"
    )
    assert excerpt(steps, title="用 Compose 运行应用") == ""
    english = (
        "<h2>Create the directory</h2><pre><code>mkdir -p /data</code></pre><h2>Download the sample config</h2>"
        "<pre><code>curl -o /data/app.conf http://example.com/app.conf</code></pre><h2>Edit app.conf</h2>"
        "<p>Enable remote access:</p><pre><code>bind 0.0.0.0</code></pre>"
    )
    assert excerpt(english, title="Run the app with Compose") == ""
    later = "The service starts slowly: it takes two to five minutes before the page answers."
    assert excerpt(english + f"<h2>Start</h2><p>{later}</p>", title="Run the app with Compose") == later
    # A heading and a paragraph before the code stay as they were; so does a post that is one short line.
    assert excerpt("<h2>Setup</h2><p>We set the box up in five minutes.</p><pre><code>make</code></pre>") == (
        "We set the box up in five minutes."
    )
    assert excerpt("<p>Happy new year</p><pre><code>print(2027)</code></pre>") == "Happy new year"


def test_past_step_headings_only_headings_and_code_are_skipped():
    """Review of set35 F2 (made-up text): the scan for a paragraph after a label heading and its code passes only
    headings and code. A list or a table first keeps the heading as before (release notes' thanks or a README's
    licence at the end is never the excerpt); a heading that says something is kept; nothing after: no excerpt."""
    notes = (
        "<h2>Install</h2><pre><code>pip install tool</code></pre><h2>Features</h2><ul><li>Faster builds</li>"
        "<li>A new cache</li></ul><p>Thanks to all 14 contributors!</p>"
    )
    assert excerpt(notes, title="tool 2.0") == "Install"
    readme = (
        "<h1>Quick start</h1><pre><code>tool init</code></pre><table><tr><td>--fast</td><td>skip checks</td></tr>"
        "</table><p>MIT licensed. See LICENSE for details.</p>"
    )
    assert excerpt(readme, title="tool") == "Quick start"
    said = "Deprecation: the v1 API shuts down on March 1, 2027"
    assert excerpt(f"<h2>{said}</h2><pre><code>curl https://api.example/v2</code></pre>", title="API") == said
    assert excerpt("<h2>Create it</h2><pre><code>mkdir a</code></pre><h2>Done</h2>", title="Steps") == ""


def test_a_closing_sentence_the_feed_ends_its_entries_with_goes():
    """set35 F3: awesome-archive--codetimecn.xml (no licence found: made-up words in its shape): every episode's
    text ends "… See <a href=(its own page)>show notes link</a> for resources.", at times without a full stop before
    it; it was kept at the end of the excerpt. English too. A closing sentence of one entry's own stays."""
    own = [
        "这一期我们请到嘉宾聊港口的历史和灯塔的故事",
        "本期节目聊一聊老城的街道和它们的名字。",
        "嘉宾分享他在海边小镇的生活...",
    ]
    own += ["我们聊了渔民的一天和他们的船", "这一期讲灯塔守护人的工作和生活。"]
    tail = ' See <a href="https://talks.example/{n}">show notes link</a> for resources.'
    texts = [f"<![CDATA[{text}{tail.format(n=n)}]]>" for n, text in enumerate(own)]
    assert _excerpts("港口时间", texts) == [text.replace("...", "…") for text in own]
    english = [
        f"The keeper talks about {w} and the long nights by the lamp." for w in ("ships", "storms", "gulls", "fog")
    ]
    closing = " Thanks for listening, and find every link on our website."
    assert _excerpts("Harbour Talks", [f"{text}{closing}" for text in english]) == english
    # (in one entry only: its own)
    mixed = [*english, f"The keeper reads letters from the town. {closing.strip()}"]
    assert _excerpts("Harbour Talks", mixed[:3] + [mixed[4]])[3] == mixed[4]


def test_a_closing_starts_at_a_sentence_or_after_its_script_not_in_a_sentence():
    """Review of set35 F3, finding 1 (made-up text): a capital after another script's word starts a closing only
    when nothing of that script follows it. Five entries end "欢迎订阅 Code Time 播客，…都能收听我们的节目。", two
    without a full stop before it: no entry keeps half of it ("…故事。欢迎订阅"); a Russian sentence that names a
    service mid-way ("…доступны в Яндекс Музыке, Apple Podcasts и на нашем сайте.") stays whole."""
    call = "欢迎订阅 Code Time 播客，在小宇宙、Apple Podcasts 和 Spotify 都能收听我们的节目。"
    own = [
        "这一期聊港口和灯塔的故事。",
        "本期节目讲老城的街道。",
        "嘉宾分享海边小镇的生活。",
        "我们聊渔民的一天",
        "这期讲灯塔守护人",
    ]
    found = _excerpts("港口时间", [text + call for text in own])
    assert not any(text.endswith("欢迎订阅") for text in found)
    assert all(text.startswith(own_text.rstrip("。")) for text, own_text in zip(found, own, strict=True))
    russian = [
        f"Выпуск {n}: мы говорим о {w}, все выпуски доступны в Яндекс Музыке, Apple Podcasts и на нашем сайте."
        for n, w in enumerate(("море", "маяках", "ветре", "чайках", "рыбаках"))
    ]
    assert _excerpts("Гавань", russian) == russian


def test_a_closing_without_a_sign_of_the_template_is_the_reports():
    """Review of set35 F3, finding 5 (made-up text): a last sentence many reports share with no sign of the feed's
    template (no link, address, call to the reader, other script) is reporting: a wire's "…did not immediately
    respond to a request for comment.", a status page's "We are currently investigating this issue." stay."""
    wire = [
        f"{firm} shares fell 4% on Tuesday after the recall. The company did not immediately respond to a request "
        "for comment."
        for firm in ("Acme", "Globex", "Initech", "Umbrella", "Hooli")
    ]
    assert _excerpts("Wire", wire) == wire
    status = [f"Users in {r} report slow page loads. We are currently investigating this issue." for r in "ABCDE"]
    assert _excerpts("Status", status) == status

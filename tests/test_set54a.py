"""Set 54's findings F10, F11 and F5 (/work/unseen54/FINDINGS.md): digest sentences that lean on a sentence left out, a
how-to step that is a command, and a pointer to a link the chat does not show. No file of the set it names has a
licence: made-up words in each item's shape."""

from bot.plaincode import command_step
from bot.summary import SourceText, summarize
from bot.usable import usable
from tests.builders import read_entries


def test_a_step_that_is_a_label_and_a_command_is_no_summary_sentence():
    """set54 F11: quakewang--blog-atom.xml (github.com/QuakeWang/quakewang.github.io) "MySQL 开启 Binlog：sudo vim
    /etc/mysql/mysql.conf.d/mysqld.cnf。" (a label and an inline <code>) in a digest's summary. Near misses: a label
    before prose that names a tool, a longer sentence that ends with a command."""
    steps = [
        "Redis 打开 AOF：sudo vim /etc/redis/redis.conf。",
        "重启数据库服务：sudo service postgresql restart。",
        "Install it: pip install requests.",
    ]
    assert [s for s in steps if not command_step(s) or usable(s)] == []
    prose = [
        "Tip: git is the version control system most teams use today.",
        "We can install it from the terminal, which is quick and easy: pip install requests.",
        "Note: cd into the folder and run the build script to compile everything.",
    ]
    assert [s for s in prose if command_step(s)] == []
    text = (
        "这篇博客记录一下如何把 MySQL 的数据同步到 Doris 中。",
        "Redis 打开 AOF：sudo vim /etc/redis/redis.conf。",
        "同步完成之后，Doris 中的表会随着 MySQL 的更新而更新。",
    )
    assert text[1] not in summarize([SourceText("MySQL 同步到 Doris", text)], 3)


def test_a_pointer_to_a_link_not_shown_is_no_text():
    """set54 F5: openobservatory--ooni-posts.xml (github.com/OpenObservatory/ooni.github.io-history) #5 "… and future
    goals to address them. View the pdf version of the report here." and #4, whose only sentence left it was. Near
    miss: a sentence that points at what follows it after a colon ("See the results here: …"), and one at what the page
    shows ("See the player below.", set10's podtools--rss.xml: the show notes go on after it)."""
    entries = [
        {"title": "Partner meeting", "link": "/m", "text": "<p>Last month we hosted our first partner meeting in Oslo. "
         "This report gives an overview of the event and of our goals.</p><p>Download the full version of the report "
         "here.</p>"},
        {"title": "Survey", "link": "/s", "text": "<p>View the pdf version of the survey here.</p><p>This survey of "
         "network filtering covers three years of measurements in twelve regions.</p>"},
        {"title": "Results", "link": "/r", "text": "<p>We ran the tests for a month. See the results here: 54% of "
         "the sites were blocked.</p>"},
        {"title": "Round 23", "link": "/p", "text": "<p>Recorded live at the expo, we ask: are fairs worth it? This is an "
         "audio only round. See the player below. Going to a fair is rarely cheap.</p>"},
    ]  # fmt: skip
    assert [a.excerpt for a in read_entries(entries)] == [
        "Last month we hosted our first partner meeting in Oslo. This report gives an overview of the event and of our"
        " goals.",
        "This survey of network filtering covers three years of measurements in twelve regions.",
        "We ran the tests for a month. See the results here: 54% of the sites were blocked.",
        "Recorded live at the expo, we ask: are fairs worth it? This is an audio only round. See the player below. Going"
        " to a fair is rarely cheap.",
    ]

"""Set 54's findings F10, F11 and F5 (/work/unseen54/FINDINGS.md): digest sentences that lean on a sentence left out, a
how-to step that is a command, and a pointer to a link the chat does not show. No file of the set it names has a
licence: made-up words in each item's shape."""

from bot.anaphora import leans_on
from bot.plaincode import command_step
from bot.summary import SourceText, summarize
from bot.usable import usable
from tests.builders import read_entries


def test_an_opener_or_a_demonstrative_of_a_sentence_left_out_leans_on_it():
    """set54 F10: quakewang--blog-atom.xml (github.com/QuakeWang/quakewang.github.io) "简单概括下这个 RP 的内容：…",
    "对 paimon-rust 来说，这段 bytes 是…", "可一旦有写请求的操作了…", "道理很简单，如果在上图中…", "会发现 Claude Code
    会把…"; flavono123--hugo-index.xml (github.com/flavono123/flavono123.github.io) "또 playbook이…", "…첫번째, 다시
    말하면…"; felipesbarros--blog-pt.xml (github.com/FelipeSBarros/FelipeSBarros.github.io) "E já fazia algum tempo…",
    "Ainda que o projeto tenha sido um sucesso…", "A ideia é que esses textos me ajudem…"; angelor--combined-aggregate.xml
    (github.com/AngeloR/rss-combiner) "The rest of it is that…"."""
    leaning = [
        "简单说下这个 PR 的改动：新增了一个读取文件的模块。",
        "对 rust 客户端来说，这段数据是一行编码后的记录。",
        "可一旦有写请求，就需要主节点来完成。",
        "道理很简单，如果两个节点都能写，数据就会不一致。",
        "会发现 工具会把输入的命令拆成几个步骤来执行。",
        "또 서버가 여러 역할을 실행한다면 매번 수집한다.",
        "불편한 점 첫번째, 다시 말하면 같은 노드의 파드를 볼 땐 두 번 명령을 쳤다.",
        "E já fazia tempo que queria ajudar, mas não sabia por onde começar.",
        "Ainda que o trabalho tenha dado certo algumas dúvidas ficaram.",
        "A ideia é que esses cadernos me ajudem a estudar melhor.",
        "Quiero que esos apuntes me sirvan para repasar.",
        "The rest of it is that good teams think in systems.",
        "Um deles é mostrar mapas sem um servidor de mapas.",
    ]
    assert [s for s in leaning if not leans_on(["A sentence before.", s], 1)] == []
    standing = [  # near misses: "can", "may", "evidently"; ko "also" as 또한 is discourse's; "E." a letter; a time; a
        # text's own noun; a concession with a clause of its own; "the rest of the world"; a noun the clause named
        "可以直接在配置文件里打开这个选项。",
        "可能是网络的问题。",
        "这个系列会讲讲数据库的内部实现。",
        "那个时候我还在上学。",
        "또한 비용도 줄었다.",
        "E. coli lives in the gut of most mammals.",
        "Esse ano foi muito bom para o projeto.",
        "Os cadernos são bons e esses cadernos ajudam.",
        "Ainda que chova amanhã, vamos sair cedo.",
        "The rest of the world watched the race on Sunday.",
        "또 한 번 말하지만, 이 시리즈의 첫 글은 이게 아니었다.",  # ("once again": set10's chisato.info, the review)
        "Miramos atrás sobre esos programas de las cadenas privadas de los noventa.",  # (it says which: set10's ivoox)
    ]
    assert [s for s in standing if leans_on(["A sentence before.", s], 1)] == []
    # (the summary took "esses textos" without the "série de artigos" it means)
    post = ("Neste ano comecei um mestrado em geografia na universidade.", "Decidi expor alguns aprendizados numa série"
            " de artigos.", "A ideia é que esses textos me ajudem com mapas e dados abertos.", "Instalei o Python.")  # fmt: skip
    assert summarize([SourceText("Mapas e dados abertos", post)], 2) == list(post[:2])


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

"""Set 43's findings (branch fix43c): F4, a title run into the first sentence (/work/unseen43/FINDINGS.md)."""

from tests.builders import excerpt, read_entries


def test_a_title_before_a_sentence_naming_its_subject_again_goes():
    """akifmt--akifmt.github.io-tr.xml #0 and noizbuster--noiz-blog-ko.xml #0, F4: the plain summary opens with the
    title glued to the first sentence, which names the title's subject again ("…Teamcity Kurulumu JetBrains
    tarafından geliştirilen TeamCity, …"; "Billboard.js with React React.js 앱에 … Billboard.js 를 …" under the
    title "Billboardjs With React"): the title is a heading and goes."""
    turkish = (
        "JetBrains tarafından geliştirilen TeamCity, yazılım geliştirme sürecini otomatikleştirmek ve kolaylaştırmak "
        "için tasarlanmış bir sürekli entegrasyon ve sürekli dağıtım (CI/CD) platformudur."
    )
    korean = (
        "React.js 앱에 차트 표현을 위해 Billboard.js 를 사용하는방법을 간단하게 알아보고 사용해보면서 겪은 시행착오나 "
        "느낌에 대해 이야기 해보려고 합니다."
    )
    entries = [
        {"title": "Self-hosted CI/CD Aracı Teamcity Kurulumu", "link": "/0",
         "text": f"Self-hosted CI/CD Aracı Teamcity Kurulumu {turkish}"},
        {"title": "Billboardjs With React", "link": "/1", "text": f"Billboard.js with React {korean}"},
    ]  # fmt: skip
    assert [a.excerpt for a in read_entries(entries)] == [turkish, korean]


def test_a_title_the_sentence_goes_on_with_stays():
    """The risk of F4: a sentence that starts with the title's words and names none of them again as a name, or
    names them in lower case ("…for operators"), or a title word right after the title (its noun phrase going on)."""
    texts = {
        "Kubernetes Operators Explained": "Kubernetes Operators Explained Simply makes the case for operators here.",
        "Visual Studio Code Tips": "Visual Studio Code Tips and tricks for Code users who write a lot of Python.",
        "Notre-Dame de Paris": "Notre-Dame de Paris Cathedral reopened to visitors on Saturday after five years.",
    }
    entries = [{"title": t, "link": f"/{i}", "text": x} for i, (t, x) in enumerate(texts.items())]
    assert [a.excerpt for a in read_entries(entries)] == list(texts.values())


_BILLBOARD = (
    "React.js 앱에 차트 표현을 위해 Billboard.js 를 사용하는방법을 간단하게 알아보고\n사용해보면서 겪은 시행착오나 느낌에 대해 "
    "이야기 해보려고 합니다.\n이 포스팅에서 작성된 예제코드는 Github repo 에서 확인 할 수 있습니다."
)


def test_blocks_a_plainified_summary_joined_with_two_spaces_stay_apart():
    """noizbuster--noiz-blog-ko.xml #0, F3/F4: Hugo's plainify joins a post's headings and list items on one line with
    two spaces ("Environment  Ubuntu 18.04 node.js v14.x (LTS) react.js v17.x  How to Prerequisites  node.js react.js
    준비 및 설정 프로젝트 준비  이미 사용하고 …"): they are blocks of their own, not the excerpt's third sentence."""
    rest = (
        "\nEnvironment  Ubuntu 18.04 node.js v14.x (LTS) react.js v17.x  How to Prerequisites  node.js react.js  준비 및 "
        "설정 프로젝트 준비  이미 사용하고 있는 프로젝트가 있다면 생략하셔도 됩니다.\n npx create-react-app billboard"
    )
    assert excerpt(_BILLBOARD + rest, "Billboardjs With React") == " ".join(_BILLBOARD.replace("\n", " ").split())


def test_one_gap_of_two_spaces_is_a_typo():
    """The risk of the gaps: two spaces once in a line ("the  cat"), or after each sentence's end, join nothing."""
    text = "The  cat sat on the mat all day long and did not move at all. Then it left.  It came back at night."
    assert excerpt(text) == " ".join(text.split())


def test_a_line_of_gaps_inside_a_sentence_or_among_links_stays_whole():
    """The review of the gaps over every corpus: two spaces inside a sentence (livemint "…to the tune of  ₹2,200
    crore…", newsru "Вероники  Черкасовой  Антона  Филимонова и еще…"), a forum's random spacing ("i installed
    bootcamp and windows  xp  pro  sp 2…"), a list of links before a heading (noizbuster's "Service Discovery 의 개념
    설명  https://…  주요 프로젝트 …") are no blocks joined."""
    from bot.plaincode import block_gaps

    lines = [
        "In terms of development, investments to the tune of  ₹2,200 crore could be attracted to  ₹9,000 crore.",
        "В отношении сына убитой в конце 2004 года журналистки Вероники  Черкасовой  Антона  Филимонова и еще.",
        "Журналистки Вероники  Черкасовой  Антона  Филимонова возбуждено уголовное дело.",
        "i installed   bootcamp and windows  xp  pro  sp 2  on my  mini  (gave it a partition of  10  gig ) so far.",
        "Service Discovery 의 개념 설명  https://dzone.com/a http://microservices.io/b  주요 프로젝트 블로그에서 정리 해 놓았다.",
    ]
    assert [block_gaps(line) for line in lines] == lines

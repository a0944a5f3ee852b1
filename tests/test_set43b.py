"""Set 43's findings (branch fix43b): F2, F3, F4, F12 (/work/unseen43/FINDINGS.md)."""

from tests.builders import excerpt, read_entries

_MINIKUBE = (
    "Minikube 로컬환경에서 kubernetes 환경을 간단하게 세팅해서 개발에 활용 할 수 있는 minikube 의 설치방법에 대해 짧게 "
    "다뤄보도록 하겠다."
)


def test_commands_in_a_plainified_summary_end_the_excerpt():
    """noizbuster--noiz-blog-ko.xml #1 and #8, F2: Hugo's plain summary keeps a post's shell commands and code as plain
    words ("… 하겠다. 1. install curl -LO https://… sudo dpkg -i minikube_latest_amd64.deb minikube start …", "//
    Global Error Handler app.use(function (err, req, res, next) { let status = …"): the excerpt ends before them."""
    text = (
        f"{_MINIKUBE}\nMinikube Installation Guide\n1. install curl -LO https://storage.googleapis.com/minikube/releases/"
        "latest/minikube_latest_amd64.deb sudo dpkg -i minikube_latest_amd64.deb minikube start 2. configuration alias "
        'kubectl="minikube kubectl --" 를 추가한다.'
    )
    assert excerpt(text) == _MINIKUBE
    express = (
        "Error Handling On Express 나는 Express API 를 만들때 글로벌 트랩을 만들어서 UnHandled Exception 을 처리하는 방법을 "
        "즐겨쓴다."
    )
    code = "// Global Error Handler app.use(function (err, req, res, next) { let status = err.status || 500; let x = 1;"
    assert excerpt(f"{express} {code}") == express


def test_commands_alone_are_no_excerpt():
    """akifmt--akifmt.github.io-tr.xml #2, F2: a title-like line, then "# Kurulum: npm install -g nvmw # nvmw kurulumu
    nvmw install v8.12.0 …" and a link's label: nothing of it is a sentence to show."""
    text = (
        "NodeJS Farklı Sürümleri Bir Arada Kullanma;\n# Kurulum: npm install -g nvmw # nvmw kurulumu nvmw install "
        "v8.12.0 # kullanılacak sürümlerin kurulumu nvmw use v8.12.0 # Use the specific version\nNPM: NPM Linki"
    )
    assert excerpt(text, title="NodeJS Farklı Sürümleri Birarada Kullanma") == ""


def test_a_command_named_in_a_sentence_stays():
    """The risk of F2: prose naming a command inline is prose."""
    text = "Run sudo apt-get install nginx to set it up. Then open the page in a browser and check the logs."
    assert excerpt(text) == text
    text = "Install it with npm install -g typescript and then run tsc --init in the folder of the project."
    assert excerpt(text) == text


def test_the_title_run_into_the_first_sentence_goes():
    """akifmt--akifmt.github.io-tr.xml #0, F4: the plain summary opens with the title and the first sentence on one
    line ("Self-hosted CI/CD Aracı Teamcity Kurulumu JetBrains tarafından geliştirilen TeamCity, …")."""
    title = "Self-hosted CI/CD Aracı Teamcity Kurulumu"
    sentence = "JetBrains tarafından geliştirilen TeamCity, bir sürekli entegrasyon ve sürekli dağıtım platformudur."
    [article] = read_entries([{"title": title, "link": "/a", "text": f"{title} {sentence}"}])
    assert article.excerpt == sentence


def test_a_sentence_opening_with_the_titles_words_stays():
    """The risk of F4: the title is the sentence's subject ("… Basics is a short guide": "is" is no sentence's
    start), a title-case headline goes on, a name after the title ("Rivo van Tamm said")."""
    texts = {
        "Docker Compose Basics": "Docker Compose Basics is a short guide to running two containers on one machine.",
        "Apple Releases iOS 18": "Apple Releases iOS 18 With New Features For Everyone.",
        "Breaking Changes in Quorra": "Breaking Changes in Quorra Rivo van Tamm said on Monday were small.",
    }
    entries = [{"title": t, "link": f"/{i}", "text": x} for i, (t, x) in enumerate(texts.items())]
    assert [a.excerpt for a in read_entries(entries)] == list(texts.values())


def test_commands_named_in_a_japanese_sentence_stay():
    """The risk of F2 (zenn.dev, set 20): "…npm install -g yarn や npm install -g pnpm することが多いです。" names
    commands in a sentence: a word of Japanese among them is prose's."""
    text = (
        "普段の開発では nodenv を使っています。その後、各プロジェクトの README を頼りに npm install -g yarn や npm "
        "install -g pnpm することが多いです。"
    )
    assert excerpt(text) == text


def test_a_last_sentence_pointing_at_the_presentation_below_goes():
    """tunix--tunix.github.io-tr.xml #9, F12: the excerpt ended "…Solomon Hykes’ın yaptığı aşağıdaki sunumu
    izlemelisiniz." ("you should watch the presentation below": an embedded video no excerpt shows)."""
    first = (
        "Docker’laştıramadıklarımızdan mısınız? başlıklı yazımda bahsettiğim serinin ilk yazısına biraz temelden "
        "girerek başlayacağım."
    )
    text = f"{first} Öncelikle İngilizce’niz varsa Docker’ın CTO’su Solomon Hykes’ın yaptığı aşağıdaki sunumu izlemelisiniz."
    assert excerpt(f"<p>{text}</p><p>Sanallaştırma Hakkında</p>") == first
    # (a place below in the world, not on the page, stays: "aşağıdaki köyde" is "in the village down below")
    text = f"{first} Aşağıdaki köyde yaşayan insanlar her sabah erkenden kalkıp tarlaya gider."
    assert excerpt(f"<p>{text}</p>") == text

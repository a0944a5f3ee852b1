"""Set 43's findings (branch fix43b): F2, F3, F4, F12 (/work/unseen43/FINDINGS.md); the review's mends (branch
mend43b: F4(a), the title glued to a sentence in any language, reverted; its near misses below)."""

from bot.pointers import points_at_page
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


def test_prices_tickers_and_commands_named_in_prose_stay():
    """Review of F2: prices, tickers, a command with flags quoted in a sentence, English words that name commands
    ("make", "cat", "go", "service") are prose: each was no excerpt after the merge (the line taken for code)."""
    texts = [
        "Prices this year: $5, $10, $15, $20 and $25 per month, depending on the plan you pick.",
        "Shares of $AAPL, $MSFT, $GOOG, $AMZN and $TSLA all fell on Monday after the report came out.",
        "Use git log --oneline --graph --decorate --all to see the whole history of the branch.",
        "Run docker compose up -d --build --force-recreate and the services restart with the new images.",
        "Then run sudo apt-get update && sudo apt-get install -y nginx and reload the page.",
        "Чтобы установить сервер, выполните sudo apt-get install -y -q nginx и перезапустите его.",
        "Sunucuyu kurmak için sudo apt-get install -y -q nginx komutunu çalıştırın ve sayfayı yenileyin.",
        "I make $20 an hour; my cat can go outside; the service is fine; rent is $900 a month.",
    ]
    assert [excerpt(text) for text in texts] == texts


def test_a_sentence_announcing_commands_keeps_them():
    """Review of F2 (the label walked back over): "…Install it with: sudo apt-get install -y -q nginx" announces the
    commands, and the excerpt keeps the announcing sentence as before the merge."""
    text = "Nginx is a small and fast web server that many people run at home. Install it with: sudo apt-get install -y"
    assert excerpt(f"{text} -q nginx").startswith(f"{text} -q nginx")


def test_a_title_before_a_sentence_that_goes_on_with_it_stays():
    """Review of F4: a capitalised word then a lower-case word of four letters or more after the title is no sign of
    a sentence of its own ("Kubernetes Operators Explained Simply makes…", "Neue Funktionen in Firefox Nightly sind
    ab heute…"): the title stays."""
    texts = {
        "Kubernetes Operators Explained": "Simply makes the case for operators in a cluster of any size.",
        "Neue Funktionen in Firefox": "Nightly sind ab heute für alle Nutzer verfügbar.",
        "Tidings für Mastodon": "Nutzer bringt neue Funktionen auf den Server.",
        "The Rust Foundation Board": "Members voted on the new budget for the next year.",
        "Notre-Dame de Paris": "Cathedral reopened to visitors on Saturday after five years.",
        "Galleria degli Uffizi": "Firenze ospita una nuova mostra dedicata al Rinascimento.",
    }
    entries = [{"title": t, "link": f"/{i}", "text": f"{t} {x}"} for i, (t, x) in enumerate(texts.items())]
    assert [a.excerpt for a in read_entries(entries)] == [f"{t} {x}" for t, x in texts.items()]


def test_words_for_below_before_a_page_part_only():
    """Review of F12: "nachfolgende" is "subsequent" too; the Korean page part a word of its own or with its particle
    (not 그림자, 사진관, 표지판); Turkish code "kodu"/"kodları", not "kodlama" (nor Swedish "kodning")."""
    assert not any(
        map(
            points_at_page,
            [
                "Der nachfolgende Film der Reihe kam erst 2019 in die Kinos.",
                "나무 아래 그림자가 길게 드리워졌다.",
                "다리 아래 사진관에서 사진을 찍었다.",
                "책상 아래 표지판이 있었다.",
                "Herkes yukarıdaki kodlama standartlarını bilir.",
                "Nedanstående kodning är gammal.",
            ],
        )
    )
    assert all(
        map(
            points_at_page,
            [
                "아래 영상을 보세요.",
                "아래의 코드를 실행하면 된다.",
                "책상 사진은 아래 사진과 같다.",
                "Aşağıdaki kodu çalıştırın.",
                "Die untenstehende Tabelle zeigt die Preise.",
            ],
        )
    )
    first = "Die Reihe begann 2009 mit einem kleinen Film über einen Fischer aus dem Norden."
    text = f"{first} Der nachfolgende Film der Reihe kam erst 2019 in die Kinos."
    assert excerpt(f"<p>{text}</p>") == text


def test_code_then_a_sentence_after_it_still_ends_the_excerpt():
    """The mend's risk: a sentence after the code (its own, "…xmlhttp.send(); . Totala antalet…"; or after code
    that follows a finished sentence, "…npm start 이렇게 설치하고…") leaves the code code's (talavis in set41,
    noizbuster in set43)."""
    text = (
        "Grafiken på denna sida är baserad på data senast uppdaterad den var xmlhttp = new XMLHttpRequest(); "
        "xmlhttp.onreadystatechange = function() { if (this.readyState == 4 && this.status == 200) { var x = 1; } }; "
        "xmlhttp.send(); . Totala antalet tester analyserade vid SciLifeLab, uppdelade i positiva och negativa."
    )
    assert excerpt(text) == ""
    first = "일단 기본적으로 나에게 필요한 기능은 다 있는것처럼 보인다. 얘는 독특하게 Socket 도 지원을 한다."
    code = "npm install actionhero ./node_modules/.bin/actionhero generate npm install npm start"
    assert excerpt(f"{first} {code} 이렇게 설치하고 초기화하고 시작할 수 있다.") == first


def test_the_authors_end_mark_ends_the_excerpt():
    """thiagowfx--thiagowfx.github.io-pt.xml (3 items, excerpts ending "∎…"): the author ends each post with "∎", at
    its last paragraph's end or alone, then the page's footer ("— § —", "Reply via email", tags): the text is whole."""
    story = "<p>Tem vários apps que fazem isso. Em (1) você encontra um open source e sem ads. ∎</p>"
    footer = "<p>— § —</p><p>Reply via <a href='mailto:a@b.example'>email</a></p><p>#dev #legacy</p>"
    assert excerpt(story + footer) == "Tem vários apps que fazem isso. Em (1) você encontra um open source e sem ads. ∎"
    alone = "<p>Tem vários apps que fazem isso. Em (1) você encontra um open source e sem ads.</p><p>∎</p>"
    assert excerpt(alone + footer) == "Tem vários apps que fazem isso. Em (1) você encontra um open source e sem ads."


def test_a_heading_of_three_hashes_is_no_end_mark():
    """The end mark's near miss: "###" before words is a Markdown heading, and a text with "∎" inside goes on."""
    text = "<p>O teorema vale para todo n. ∎ Agora o segundo caso, que é mais longo e pede outro argumento.</p>"
    assert excerpt(text + "<p>Mais texto depois.</p>").endswith("argumento. Mais texto depois.")

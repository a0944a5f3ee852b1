"""Release headlines (bot/releases.py) and the clustering rule built on them: one
name and version from two feeds are one story, pre-releases and figures are not."""

import pytest

from bot.cluster import SAME_RELEASE, cluster
from bot.releases import release
from tests.builders import stored


@pytest.mark.parametrize(
    ("title", "announced"),
    [
        # Release feeds' own wordings (tests/data, the shared corpus) and the news after them.
        ("Coq 8.8.1 is out", ("coq", "8.8.1")),
        ("GIMP 2.10.22", ("gimp", "2.10.22")),
        ("Google Chrome 86.0.4240.75", ("google chrome", "86.0.4240.75")),
        ("Firefox 3.5 now available", ("firefox", "3.5")),
        ("CMS Made Simple 1.6 released", None),  # two words of a name at most
        ("Announcing Rust 1.84.0", ("rust", "1.84")),
        ("Rust 1.84: MSRV-aware resolver", ("rust", "1.84")),
        ("What's new in Rust 1.84.0", ("rust", "1.84")),
        ("Kubernetes v1.32 released", ("kubernetes", "1.32")),
        ("Canonical releases Ubuntu 24.04 LTS 'Noble Numbat'", ("ubuntu", "24.04")),
        ("iOS 18.2 is out: Image Playground, Genmoji and ChatGPT arrive", ("ios", "18.2")),
        # Pre-releases, two versions, figures: no release.
        ("Coq 8.9+beta1 is out", None),
        ("KDE 4.3.0 release candidate available", None),
        ("Django 2.1 alpha 1 released", None),
        ("Linux 6.11-rc1 released", None),
        ("Django bugfix releases: 2.0.4 and 1.11.12", None),
        ('16GB Asus Nexus 7 2nd Gen 7" Android 4.3 Tablet (Refurbished)', None),
        ("Firefox 3.5 already downloaded more than 4 million times", None),
        ("Magnitude 7.8 earthquake kills thousands in Turkey and Syria", None),
        ("Paystream Harbor discloses breach of 1.2 million payroll records", None),
        ("Bank of England holds interest rates at 5.25%", None),
        ("Linus Torvalds releases Linux 6.11 kernel", None),
        # not releases (the review's and the corpus's: a version that does not follow the headline's opening
        # name, a one-letter name, a percentage or an inch mark, a bare "2.0", a date, "is" + anything)
        ("How to install Docker on Ubuntu 24.04", None),
        ("Roadmap for Ruby 1.9.2", None),
        ("M 2.1 - 27km SE of Campo, CA", None),
        ("Trump 2.0: tariffs on Canada begin", None),
        ("Modi 2.0", None),
        ("GPT 4.5 is a disappointment, says reviewer", None),
        ("GPT 4.5 is coming to Copilot", None),
        ("Unemployment Rate 4.1% in June", None),
        ('HP 15.6" Touchscreen Laptop', None),
        ("My 10.5” iPad Pro", None),
        ("Newsletter 12.03.2024", None),
        ("Apple releases iOS 18.2 with Genmoji and ChatGPT in Siri", ("ios", "18.2")),
        ("Python 3.13.1 is now available!", ("python", "3.13.1")),
    ],
)
def test_a_headline_announces_a_release(title, announced):
    assert release(title) == announced


def two_feeds(title_a: str, title_b: str, *, feed_b: str = "Feed B", hours_apart: float = 1) -> list:
    return [stored(1, feed="Feed A", hours_ago=10, title=title_a),
            stored(2, feed=feed_b, hours_ago=10 - hours_apart, title=title_b)]  # fmt: skip


def test_one_release_from_two_feeds_is_one_story_and_says_why():
    [story] = cluster(two_feeds("Rust 1.84 released", "Announcing Rust 1.84.0"))
    assert story.reason == SAME_RELEASE and [m.rule for m in story.matches] == [SAME_RELEASE]
    assert [m.id for m in story.members] == [1, 2]


@pytest.mark.parametrize(
    ("title_a", "title_b", "feed_b", "hours_apart"),
    [
        ("Rust 1.84 released", "Rust 1.85 released", "Feed B", 1),  # another version
        ("Tessera 3.0 final released", "Tessera 3.0 release candidate opens for testing", "Feed B", 1),
        ("Rust 1.84 released", "Announcing Rust 1.84.0", "Feed A", 1),  # one feed's two posts
        ("Rust 1.84 released", "Announcing Rust 1.84.0", "Feed B", 72),  # outside the 48-hour window
        ("Rust 1.84 released", "Zed 1.84 released", "Feed B", 1),  # another name
        ("How to install Docker on Ubuntu 24.04", "How to set up WireGuard on Ubuntu 24.04", "Feed B", 1),
        ("M 2.1 - 27km SE of Campo, CA", "M 2.1 - 10km WNW of Alberto Oviedo Mota, B.C., MX", "Feed B", 1),
        ("Trump 2.0: tariffs on Canada begin", "Trump 2.0: what it means for NATO", "Feed B", 1),
        ("GPT 4.5 is a disappointment, says reviewer", "GPT 4.5 is coming to Copilot", "Feed B", 1),
    ],
)
def test_other_releases_stay_apart(title_a, title_b, feed_b, hours_apart):
    assert len(cluster(two_feeds(title_a, title_b, feed_b=feed_b, hours_apart=hours_apart))) == 2

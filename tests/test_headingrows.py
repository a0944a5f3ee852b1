"""A heading a plain text ran into its first sentence (bot/headingrows.py), through the start rows of bot/boilerstrip.py."""

import pytest

from bot import boilerstrip


@pytest.mark.parametrize(
    "text, rest",
    [
        (
            "Project update Full Time For those who might have missed it. Frank Hunleth left his job.",
            "For those who might have missed it. Frank Hunleth left his job.",
        ),
        (
            "Changes This release fixes a security vulnerability which was found.",
            "This release fixes a security vulnerability which was found.",
        ),
        (
            "2050 After she left him, he found cells of hers between my bristles.",
            "After she left him, he found cells of hers between my bristles.",
        ),
    ],
)
def test_a_heading_run_into_the_first_sentence_goes(text, rest):
    assert boilerstrip.strip_start(text)[0] == rest


@pytest.mark.parametrize(
    "text",
    [
        "Witch It was newly added and is running on Linux now.",  # a game's name
        "There was no Call In show due to some technical difficulties, so we stayed home.",
        "No Call In show this week but we are still here all of you!",
        "NVIDIA and Google Partnership Gains Momentum With the Latest Blackwell and Gemini Announcements.",  # a title
        "Investigating - We are investigating a potential issue that might affect the uptime.",  # a status's label
        "According to The Verge reported numbers are higher than expected this year.",
    ],
)
def test_a_sentence_or_a_title_keeps_its_start(text):
    assert boilerstrip.strip_start(text) == (text, None)


@pytest.mark.parametrize(
    "markup, title",
    [
        ("<p>Die Last der Verantwortung liegt bei den Eltern und nicht bei der Schule.</p>", ""),  # (German "Last")
        ("<p>New York New Yorkers love their bagels more than anyone else in the country.</p>", "Bagels"),
        ("<p>Star Wars Outlaws is the first open-world Star Wars game from Ubisoft.</p>", "Star Wars"),
    ],
)
def test_a_name_or_a_german_sentence_is_no_heading_run_in(markup, title):
    """The review of the day's rules: each of these lost its first words."""
    from tests.builders import excerpt

    assert excerpt(markup, title=title) == markup[3:-4]


def test_the_heading_that_names_a_list_of_fields_opens_the_excerpt():
    """lewislim-blog--feed.xml (tests/data/unseen/set32 F2, LewisLim579/LewisLim579.github.io, no licence: made-up
    words in the same shape): a seminar post is a heading per event, then its fields ("내용 : …", "장소 : …"); the
    excerpt showed the fields only, the event's name lost. A section's one-word heading stays out ("Changelog")."""
    from tests.builders import excerpt

    post = (
        "<h3>2030년 5월 ICT세미나 모음</h3><h4>서울 클라우드 개발자 포럼 2030</h4><ul><li>내용 : 클라우드 전환의 사례와 비용"
        " 절감 방법을 공유</li><li>장소 : 서울 종로 어느 회관 대강당</li><li>일정 : 5월 3일 (금)</li><li>신청 : <a href="
        "'https://x.example/a'>바로가기</a></li></ul><h4>다른 행사</h4><ul><li>내용 : 다른 내용</li></ul>"
    )
    text = excerpt(post)
    assert text.startswith(
        "서울 클라우드 개발자 포럼 2030: • 내용 : 클라우드 전환의 사례와 비용 절감 방법을 공유 • 장소 :"
    ), text
    changes = "<h2>Changelog</h2><ul><li>feat: enable arm64 build</li><li>fix: fix clean module</li></ul>"
    assert excerpt(changes).startswith("• feat: enable arm64 build")

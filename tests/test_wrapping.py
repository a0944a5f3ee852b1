"""Plain text wrapped by the columns a terminal shows (bot/wrapping.py; set22's F13: a Korean summary was one
~120-column line in the console's digest, and a Japanese one was never wrapped)."""

from __future__ import annotations

import pytest

from bot.wrapping import columns, wrap

# (kr-healthmoa and ja-rsscrawler in set22 have no licence: made-up words in their shape)
KOREAN = "임플란트 가격이 병원마다 크게 다른 이유, 건강보험이 적용되는 조건, 그리고 가격만 보고 고르면 안 되는 이유를 정리합니다."
JAPANESE = "本記事はAdvent Calendar 2023の11日目の記事です。推進派（シュン）「いいですか皆さん！」と言いました。"


def test_a_wide_character_takes_two_columns():
    assert columns("abc") == 3 and columns("가격") == 4 and columns("記事です。") == 10 and columns("ＡＢ") == 4


@pytest.mark.parametrize("text", [KOREAN, JAPANESE])
@pytest.mark.parametrize("width", [20, 40, 60])
def test_no_line_is_wider_than_asked_and_nothing_is_lost(text, width):
    lines = wrap(text, width, initial_indent="  • ", subsequent_indent="    ")
    assert len(lines) > 1 and all(columns(line) <= width for line in lines)
    joined = "".join(line[4:] for line in lines)
    assert joined.replace(" ", "") == text.replace(" ", "")


def test_korean_breaks_at_its_spaces_and_japanese_keeps_its_closing_marks():
    for line in wrap(KOREAN, 30):
        assert all(word in KOREAN.split() for word in line.split())
    lines = wrap(JAPANESE, 24)
    assert not any(line[0] in "。、」！）" for line in lines) and not any(line[-1] in "「（" for line in lines)
    assert "Calendar" in "".join(lines) and all("Calend" not in line or "Calendar" in line for line in lines)


def test_text_without_wide_characters_is_wrapped_at_spaces_and_never_cuts_a_word():
    """set40 F11 (emiliensocchi--az-role-watcher.xml): the console's digest cut a link longer
    than its line ("Link: h" / "ttps://graph.microsoft.com/…") and at its hyphens."""
    link = "https://graph.microsoft.com/v1.0/directoryRoleTemplates/22d2957f-3c5b-4db8-bc3e-5f5e3b4c9a1d"
    text = f"A state-of-the-art parser reads {link} and more words. " * 3
    lines = wrap(text, 40, "• ", "  ")
    assert [w for line in lines for w in line[2:].split()] == text.split()  # every word whole, in order
    assert sum(line.strip() == link for line in lines) == 3  # alone on its line, wider than the rest
    assert all(len(line) <= 40 for line in lines if link not in line)

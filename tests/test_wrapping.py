"""Plain text wrapped by the columns a terminal shows (bot/wrapping.py; set22's F13: a Korean summary was one
~120-column line in the console's digest, and a Japanese one was never wrapped)."""

from __future__ import annotations

import textwrap

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


def test_text_without_wide_characters_is_wrapped_as_textwrap_does():
    text = "A state-of-the-art parser reads https://example.com/a/very/long/path/that/goes/on and more words. " * 3
    assert wrap(text, 40, "• ", "  ") == textwrap.wrap(text, 40, initial_indent="• ", subsequent_indent="  ")

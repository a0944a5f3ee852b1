"""Times listed in one sentence, no prose: a recording's chapters, or a schedule the feed ran into one line (set 67a
F1): "Распоред: 19:00 - 19:30 - собирање … 19:30 - js ⊂ lisp - Боро Ситниковски 20:20 - Introduction To JavaScript
Unit Testing - … 21:10 - Дружење и пиво". Its rows are no sentence: a summary that takes it shows one run-on line of
times and names (bot/usable.py leaves it out). Both readers of times in a sentence are here (the review of set 67 d,
rev67d F7); a table's rows that open with a time, a block's, are bot/listrows.py's. Pure.

Three clock times or more, each opening a row ("19:30 - …", "20:20 – …"), in the day's order; a sentence that only
holds a time or two ("На 21ви јуни во 19:00 ќе…"), opening hours ("open 09:00 - 17:00, Saturdays 10:00 - 14:00 and
Sundays 11:00 - 14:00": a range's first time opens no row) or verses ("John 3:16 - …, John 4:24 - …": a programme's
times fall on five minutes) stays prose.
"""

import re

ROWS = 3  # times opening a row, at least
# (not a time that opens a range, "9:00 - 17:00": opening hours of three days are prose; the review of set 67 d, F1)
_ROW_TIME = re.compile(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)\s+[-–—]\s(?!\s*\d{1,2}:\d{2})")
EVERY = 5  # minutes: a programme's times fall on these ("John 3:16 - …", a verse, a lap time do not; rev67d F2)


def inline_schedule(sentence: str) -> bool:
    """Whether the sentence is a schedule's rows run together: three times or more opening rows, none earlier than
    the one before it."""
    if ":" not in sentence:
        return False
    found = _ROW_TIME.findall(sentence)
    times = [int(hours) * 60 + int(minutes) for hours, minutes in found if int(minutes) % EVERY == 0]
    return len(times) >= ROWS and times == sorted(times) and times[0] < times[-1]


# A time of day or a point in a recording ("19:00", "00:11:51", "46:46"): a sentence that opens with one and holds
# another, or that holds two points in a recording (with seconds, or minutes past 23), is a podcast's chapter list
# ("00:01:37 主播们的观后感 00:11:51 科幻电影…"), not prose ("The bus leaves at 11:00, 13:00 and 17:00." is).
_TIME = re.compile(r"(?<![\d:])(\d{1,2}):\d{2}(:\d{2})?(?![\d:])")


def times_listed(sentence: str) -> bool:
    """Whether the sentence is times and what comes at each, not prose: a recording's chapters (``timetable``) or a
    schedule's rows run together (``inline_schedule``)."""
    return timetable(sentence) or inline_schedule(sentence)


def timetable(sentence: str) -> bool:
    """A list of points in a recording with what is said at each (a podcast's chapters), not a sentence."""
    if ":" not in sentence:
        return False
    times = _TIME.findall(sentence)
    if len(times) < 2:
        return False
    return _TIME.match(sentence) is not None or sum(1 for hours, seconds in times if seconds or int(hours) > 23) >= 2

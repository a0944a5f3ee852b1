"""A schedule the feed ran into one line (set 67a F1): "Распоред: 19:00 - 19:30 - собирање … 19:30 - js ⊂ lisp - Боро
Ситниковски 20:20 - Introduction To JavaScript Unit Testing - … 21:10 - Дружење и пиво". Its rows are no sentence:
a summary that takes it shows one run-on line of times and names (bot/usable.py leaves it out). Pure.

Three clock times or more, each opening a row ("19:30 - …", "20:20 – …"), in the day's order; a sentence that only
holds a time or two ("На 21ви јуни во 19:00 ќе…", "open 09:00 - 17:00, Saturdays 10:00 - 14:00") stays prose.
"""

import re

ROWS = 3  # times opening a row, at least
_ROW_TIME = re.compile(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)\s+[-–—]\s")


def inline_schedule(sentence: str) -> bool:
    """Whether the sentence is a schedule's rows run together: three times or more opening rows, none earlier than
    the one before it."""
    if ":" not in sentence:
        return False
    times = [int(hours) * 60 + int(minutes) for hours, minutes in _ROW_TIME.findall(sentence)]
    return len(times) >= ROWS and times == sorted(times) and times[0] < times[-1]

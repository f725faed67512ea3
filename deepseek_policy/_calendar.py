"""Month and weekday names shared by the readers (datelines) and the date parser."""

from __future__ import annotations

from deepseek_policy._rx import fold

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

#: An alternation of month names, longest first, with an optional abbreviation dot.
MONTH_ALTERNATION = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)


def month_number(name: str) -> int:
    """The month number of an English month name or abbreviation ("Feb." -> 2)."""
    return MONTHS[fold(name.rstrip("."))]


def weekday_number(name: str) -> int:
    """The weekday number (Monday = 0) of an English weekday name or abbreviation."""
    return WEEKDAYS[fold(name.rstrip("."))]


#: Capitalised full month names, January first.
MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
#: Capitalised month abbreviations that take an optional dot ("Feb.", "Sept.").
MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
#: Capitalised full weekday names, Monday first.
WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip

#: Full month names, capitalised, as one alternation (no abbreviations, no dot).
MONTH_FULL_ALTERNATION = "(?:" + "|".join(MONTH_NAMES) + ")"

#: Capitalised month names, full or abbreviated; only an abbreviation takes a dot
#: ("Feb.", "Sept."), so a full name at the end of a sentence leaves its full stop alone.
MONTH_NAME_ALTERNATION = (
    "(?:" + "|".join(MONTH_NAMES) + "|(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.?)(?![A-Za-z])"
)

#: Full weekday names, capitalised.
WEEKDAY_ALTERNATION = "(?:" + "|".join(WEEKDAY_NAMES) + ")"

#: Small cardinal numbers written as words.
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "ninety": 90, "hundred": 100,
}  # fmt: skip

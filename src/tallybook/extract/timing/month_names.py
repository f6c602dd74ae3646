"""Month names and other calendar phrases as regular-expression parts, the one spelling the date
readers share."""

from __future__ import annotations

# The twelve full names, capitalised: an alternation with no group, for "(?:{MONTH_NAMES})".
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# The seven day names, capitalised, the same way: "(?:{WEEKDAY_NAMES})".
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# A full name or its abbreviation ("Sept", "Sep"), with an optional dot: "12 Sept. 2023".
MONTH = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# Any word starting like a month ("jan", "Sept", "Novembers"): the loose test for a date-like phrase
# (the callers match ignoring case).
MONTH_STEM = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# "the previous day", "the preceding night": the day before an anchor (no group).
PREVIOUS_DAY = r"the\s+(?:previous|preceding)\s+(?:day|night|evening)"
# "three days", "a week": a small count of days or weeks (no group; the callers ignore case).
DAYS_OR_WEEKS = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)"
# Where "May" is the month, not the verb: the phrase opens with it or with a time word before it
# ("in May", "mid-May", "since mid-May"), or names a part of it ("the end of May"). Matched at the start.
MAY_MONTH = (
    r"(?:(?:in|early|late|since|until|till|by|from|through|before|after|during)\s+)?(?:mid-)?may\b"
    r"|.*\bof\s+may\b"
)

"""Temporal expressions: recognition, normalisation against the publication date, anchors, tense.

All sentences here are written for these tests; none is taken from the corpus.
"""

from __future__ import annotations

import datetime as dt
import inspect
import random
import re
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from deepseek_policy import dates
from deepseek_policy.dates import DateMention, find_dates, parse_date
from deepseek_policy.errors import InputTypeError
from deepseek_policy.model import Date, DatePrecision

# Publication dates used below, with their weekday and ISO week.
THU_FEB6 = "2025-02-06"  # Thursday, 2025-W06 (Feb 3-9)
THU_FEB13 = "2025-02-13"  # Thursday, 2025-W07
MON_FEB17 = "2025-02-17"  # Monday, 2025-W08
THU_FEB27 = "2025-02-27"  # Thursday, 2025-W09
MON_MAR24 = "2025-03-24"  # Monday, 2025-W13
WED_JAN15 = "2025-01-15"  # Wednesday, 2025-W03
FRI_DEC20 = "2024-12-20"  # Friday, 2024-W51

Expected = list[tuple[str, str | None, str | None]]


def case(sentence: str, published: str | None, expected: Expected, id: str) -> object:
    return pytest.param(sentence, published, expected, id=id)


CASES = [
    # --- absolute dates ---------------------------------------------------------------------
    case(
        "The watchdog ordered the block on Jan. 30, 2025, citing privacy.",
        None,
        [("Jan. 30, 2025", "2025-01-30", "day")],
        "mdy-abbrev-year",
    ),
    case(
        "Lawmakers filed the bill on January 28, 2025.",
        None,
        [("January 28, 2025", "2025-01-28", "day")],
        "mdy-full-year",
    ),
    case(
        "The notice was dated 28 January 2025 and signed by the minister.",
        None,
        [("28 January 2025", "2025-01-28", "day")],
        "dmy-year",
    ),
    case(
        "A memo dated 2025-01-28 circulated among staff.",
        None,
        [("2025-01-28", "2025-01-28", "day")],
        "iso-day",
    ),
    case(
        "The app went live at 2025-01-20T09:00 local time.",
        None,
        [("2025-01-20", "2025-01-20", "day")],
        "iso-datetime",
    ),
    case(
        "The filing labels the period 2025-W06.",
        None,
        [("2025-W06", "2025-W06", "week")],
        "iso-week",
    ),
    case(
        "The window runs from 2025-02-26 to 2025-02-28.",
        None,
        [("2025-02-26", "2025-02-26", "day"), ("2025-02-28", "2025-02-28", "day")],
        "iso-range",
    ),
    case(
        "The cabinet met on Tuesday, Feb. 4, 2025, to discuss the app.",
        None,
        [("Tuesday, Feb. 4, 2025", "2025-02-04", "day")],
        "weekday-mdy-year",
    ),
    case(
        "The agency posted its rules on 3rd March 2025.",
        None,
        [("3rd March 2025", "2025-03-03", "day")],
        "dmy-ordinal-year",
    ),
    case(
        "The vote is scheduled for the 4th of March, 2025.",
        None,
        [("the 4th of March, 2025", "2025-03-04", "day")],
        "the-dmy-of-year",
    ),
    case(
        "The deadline is Sept. 30, 2025.",
        None,
        [("Sept. 30, 2025", "2025-09-30", "day")],
        "sept-abbrev",
    ),
    case(
        "Shares fell sharply on Jan 27th, 2025.",
        None,
        [("Jan 27th, 2025", "2025-01-27", "day")],
        "mdy-ordinal-year",
    ),
    case(
        "The firm was incorporated on 1 May 2023.",
        None,
        [("1 May 2023", "2023-05-01", "day")],
        "dmy-may",
    ),
    case(
        "The invalid date Feb. 30, 2025 appears in the leaked memo.",
        None,
        [("Feb. 30, 2025", None, None)],
        "impossible-day",
    ),
    case(
        "The startup was founded in July 2023.",
        None,
        [("July 2023", "2023-07", "month")],
        "month-year",
    ),
    case(
        "The lab shipped its model in December 2024 with little fanfare.",
        None,
        [("December 2024", "2024-12", "month")],
        "month-year-december",
    ),
    case(
        "The product line was retired in May 2022.",
        None,
        [("May 2022", "2022-05", "month")],
        "may-year",
    ),
    case(
        "Sales were weak in late December 2024.",
        None,
        [("late December 2024", "2024-12", "month")],
        "modified-month-year",
    ),
    case(
        "The measure ran from March 2024 to June 2024.",
        None,
        [("March 2024", "2024-03", "month"), ("June 2024", "2024-06", "month")],
        "month-year-range",
    ),
    case(
        "Revenue doubled in 2024, the company said.",
        None,
        [("2024", "2024", "year")],
        "year-in",
    ),
    case(
        "The computing centre opened in 2023 with state backing.",
        None,
        [("2023", "2023", "year")],
        "year-in-followed-by-words",
    ),
    case(
        "Chip export rules were tightened in late 2023.",
        None,
        [("late 2023", "2023", "year")],
        "late-year",
    ),
    case("Sales slowed in mid-2024.", None, [("mid-2024", "2024", "year")], "mid-year"),
    case(
        "The lab expects to finish by the end of 2026.",
        None,
        [("the end of 2026", "2026", "year")],
        "end-of-year",
    ),
    case(
        "Between 2020 and 2024 the sector tripled in size.",
        None,
        [("2020", "2020", "year"), ("2024", "2024", "year")],
        "year-range",
    ),
    case(
        "The privacy law, passed in 1998, still applies.",
        None,
        [("1998", "1998", "year")],
        "year-1990s",
    ),
    case(
        "The 2025 budget sets aside funds for AI research.",
        None,
        [("2025", "2025", "year")],
        "year-adjective",
    ),
    case(
        "Its 2024 annual report flagged the risk.",
        None,
        [("2024", "2024", "year")],
        "year-before-adjective",
    ),
    case(
        "The dispute dates back to the summer of 2023.",
        None,
        [("the summer of 2023", "2023", "year")],
        "season-of-year",
    ),
    case("Trials began in spring 2024.", None, [("spring 2024", "2024", "year")], "season-year"),
    # round fourteen (cdq): all-numeric days, day first in UK or Australian copy, month first
    # in US copy; dots are European (day first); either way round, the reading nearer the
    # publication date
    case(
        "The risk was first flagged on 27/01/2025 by the cyber agency.",
        None,
        [("27/01/2025", "2025-01-27", "day")],
        "numeric-day-first",
    ),
    case(
        "The guidance, circulated on 10/02/2025, replaces earlier advice.",
        "2025-02-12",
        [("10/02/2025", "2025-02-10", "day")],
        "numeric-ambiguous-day-first-nearer-publication",
    ),
    case(
        "The memo dated 2/10/2025 told staff to delete the app.",
        "2025-02-12",
        [("2/10/2025", "2025-02-10", "day")],
        "numeric-ambiguous-month-first-nearer-publication",
    ),
    case(
        "Texas issued the order on 1/31/2025.",
        None,
        [("1/31/2025", "2025-01-31", "day")],
        "numeric-month-first",
    ),
    case(
        "Die Behörde handelte am 03.02.2025 nach einer Beschwerde.",
        "2025-03-20",
        [("03.02.2025", "2025-02-03", "day")],
        "numeric-dotted-day-first",
    ),
    # a fortnight (UK, Australian copy) is two weeks
    case(
        "The council first raised the risk a fortnight ago.",
        "2025-02-21",
        [("a fortnight ago", "2025-W06", "week")],
        "fortnight-ago",
    ),
    case(
        "The Garante acted on Jan. 30. Ireland's regulator followed a fortnight later.",
        "2025-02-21",
        [("Jan. 30", "2025-01-30", "day"), ("a fortnight later", "2025-02-13", "day")],
        "fortnight-later",
    ),
    # guard (passes at the base): a label before the numbers makes them a version
    case("The vendor shipped version 1.2.2025 of the client.", None, [], "numeric-version-label"),
    # round nineteen (cdq, second pass): hyphens between the numbers (Indian, European copy)
    case(
        "The circular dated 29-01-2025 told officers to avoid AI apps.",
        "2025-02-05",
        [("29-01-2025", "2025-01-29", "day")],
        "numeric-hyphenated-day-first",
    ),
    case(
        "The ministry wrote to the firm on 04-02-2025.",
        "2025-02-06",
        [("04-02-2025", "2025-02-04", "day")],
        "numeric-hyphenated-ambiguous-nearer-publication",
    ),
    # guard: a model's or product's name with hyphens and numbers is no day
    case("It runs on GPT-4-12-2025 weights.", None, [], "numeric-hyphenated-after-a-name"),
    # --- a month and day without a year -----------------------------------------------------
    case(
        "The ban took effect on Feb. 1.",
        THU_FEB6,
        [("Feb. 1", "2025-02-01", "day")],
        "md-this-year",
    ),
    case(
        "Officials confirmed the decision on Jan. 31.",
        THU_FEB6,
        [("Jan. 31", "2025-01-31", "day")],
        "md-previous-month",
    ),
    case(
        "The company stopped accepting top-ups on 6 February.",
        THU_FEB27,
        [("6 February", "2025-02-06", "day")],
        "dm-this-year",
    ),
    case(
        "Its first chatbot appeared on Dec. 26.",
        THU_FEB6,
        [("Dec. 26", "2024-12-26", "day")],
        "md-last-year",
    ),
    case(
        "The consultation closes on March 3.",
        THU_FEB6,
        [("March 3", "2025-03-03", "day")],
        "md-within-60-days",
    ),
    case(
        "The court ruled on Dec. 30.",
        WED_JAN15,
        [("Dec. 30", "2024-12-30", "day")],
        "md-across-new-year",
    ),
    case(
        "The hearing took place on Jan. 2.",
        FRI_DEC20,
        [("Jan. 2", "2024-01-02", "day")],
        "md-early-in-year-past",
    ),
    case(
        "The regulator will publish its findings on Jan. 10.",
        THU_FEB6,
        [("Jan. 10", "2026-01-10", "day")],
        "md-future-next-year",
    ),
    case(
        "The ministry plans to decide by March 15.",
        THU_FEB6,
        [("March 15", "2025-03-15", "day")],
        "md-future-plans-to",
    ),
    case(
        "Hearings are set to begin on Feb. 6.",
        THU_FEB6,
        [("Feb. 6", "2025-02-06", "day")],
        "md-future-same-day",
    ),
    case(
        "The new rules will apply from Jan. 2.",
        FRI_DEC20,
        [("Jan. 2", "2025-01-02", "day")],
        "md-future-across-new-year",
    ),
    case(
        "The app disappeared from the stores on Jan 28th.",
        THU_FEB6,
        [("Jan 28th", "2025-01-28", "day")],
        "md-ordinal",
    ),
    case(
        "The notice was published on Feb. 29.",
        THU_FEB6,
        [("Feb. 29", "2024-02-29", "day")],
        "md-leap-day",
    ),
    case(
        "SHENZHEN, 27 February (Staff) - A start-up cut its prices.",
        THU_FEB27,
        [("27 February", "2025-02-27", "day")],
        "dateline-without-year",
    ),
    case(
        "On Monday, Feb. 3, the bank blocked access.",
        THU_FEB6,
        [("Monday, Feb. 3", "2025-02-03", "day")],
        "weekday-md",
    ),
    case(
        "Two state banks limited logins starting Jan. 31.",
        THU_FEB6,
        [("Jan. 31", "2025-01-31", "day")],
        "starting-md",
    ),
    case(
        "The order was issued on the 17th of January.",
        THU_FEB6,
        [("the 17th of January", "2025-01-17", "day")],
        "the-dm-of",
    ),
    case(
        "A correction was added on Feb. 6 and again on Feb. 6.",
        THU_FEB6,
        [("Feb. 6", "2025-02-06", "day"), ("Feb. 6", "2025-02-06", "day")],
        "md-repeated",
    ),
    # --- weekdays ---------------------------------------------------------------------------
    case(
        "The regulator said on Tuesday that it had opened a review.",
        THU_FEB6,
        [("Tuesday", "2025-02-04", "day")],
        "weekday-past",
    ),
    case(
        "A police unit cut off the chatbot starting Thursday.",
        THU_FEB6,
        [("Thursday", "2025-02-06", "day")],
        "weekday-same-day",
    ),
    case(
        "From Monday, staff may not install the app.",
        THU_FEB6,
        [("Monday", "2025-02-03", "day")],
        "weekday-from-not-future",
    ),
    case(
        "Kakao told its employees on Sunday to stop using the service.",
        THU_FEB6,
        [("Sunday", "2025-02-02", "day")],
        "weekday-sunday",
    ),
    case(
        "The agency issued its warning on Thursday last week, and a ban follows on Monday next "
        "week.",
        THU_FEB13,
        [("Thursday last week", "2025-02-06", "day"), ("Monday next week", "2025-02-17", "day")],
        "weekday-of-a-named-week",
    ),
    case(
        "The regulator acted on Friday of last week; the cabinet meets on Tuesday this week.",
        THU_FEB13,
        [("Friday of last week", "2025-02-07", "day"), ("Tuesday this week", "2025-02-11", "day")],
        "weekday-of-a-named-week-with-of",
    ),
    case(
        "On Thursday, last week's ruling was appealed.",
        THU_FEB13,
        [("Thursday", "2025-02-13", "day"), ("last week", "2025-W06", "week")],
        "weekday-then-a-possessive-week-stays-apart",
    ),
    case(
        "The ministry issued its guidance last Tuesday.",
        THU_FEB6,
        [("last Tuesday", "2025-02-04", "day")],
        "last-weekday",
    ),
    case(
        "Japan told its ministries last Thursday to avoid the service.",
        THU_FEB13,
        [("last Thursday", "2025-02-06", "day")],
        "last-weekday-same-weekday",
    ),
    case(
        "Last Friday the authority ordered a pause.",
        THU_FEB6,
        [("Last Friday", "2025-01-31", "day")],
        "last-weekday-capitalised",
    ),
    case(
        "The bank blocked access this past Monday.",
        THU_FEB6,
        [("this past Monday", "2025-02-03", "day")],
        "this-past-weekday",
    ),
    case(
        "The committee will vote on Friday.",
        THU_FEB6,
        [("Friday", "2025-02-07", "day")],
        "weekday-future-will",
    ),
    case(
        "The company said it will resume sales on Thursday.",
        THU_FEB6,
        [("Thursday", "2025-02-13", "day")],
        "weekday-future-strictly-after",
    ),
    case(
        "Starting in March, Samsung will block the app on work phones.",
        THU_FEB6,
        [("March", "2025-03", "month")],
        "an-opening-phrase-takes-the-tense-of-its-clause",
    ),
    case(
        "From January, Samsung blocked the app on work phones.",
        THU_FEB6,
        [("January", "2025-01", "month")],
        "an-opening-phrase-in-the-past",
    ),
    case(
        "Parliament is expected to debate the bill on Monday.",
        THU_FEB6,
        [("Monday", "2025-02-10", "day")],
        "weekday-future-expected",
    ),
    case(
        "The service is to be switched off on Saturday.",
        THU_FEB6,
        [("Saturday", "2025-02-08", "day")],
        "weekday-future-is-to",
    ),
    case(
        "It'll be switched off on Monday.",
        THU_FEB6,
        [("Monday", "2025-02-10", "day")],
        "weekday-future-ll",
    ),
    case(
        "The firm is going to publish an audit on Tuesday.",
        THU_FEB6,
        [("Tuesday", "2025-02-11", "day")],
        "weekday-future-going-to",
    ),
    case(
        "The ban will be lifted, the ministry said on Tuesday.",
        THU_FEB6,
        [("Tuesday", "2025-02-04", "day")],
        "weekday-reported-after-will",
    ),
    case(
        "The new rules will be announced on Friday.",
        THU_FEB6,
        [("Friday", "2025-02-07", "day")],
        "weekday-future-passive-report",
    ),
    case(
        "Prices will fall, in a cut unveiled on Monday.",
        THU_FEB6,
        [("Monday", "2025-02-03", "day")],
        "weekday-unveiled-after-will",
    ),
    case(
        "Overnight prices will drop sharply, the start-up announced on Wednesday.",
        THU_FEB27,
        [("Wednesday", "2025-02-26", "day")],
        "weekday-announced-after-will",
    ),
    case(
        "Officials will meet again next Monday.",
        THU_FEB6,
        [("next Monday", "2025-02-10", "day")],
        "next-weekday",
    ),
    case(
        "A ruling is expected next Thursday.",
        THU_FEB6,
        [("next Thursday", "2025-02-13", "day")],
        "next-weekday-same-weekday",
    ),
    case(
        "The firm plans to release an update this Friday.",
        THU_FEB6,
        [("this Friday", "2025-02-07", "day")],
        "this-weekday-future",
    ),
    case(
        "The agency acted this Monday, ahead of its peers.",
        THU_FEB6,
        [("this Monday", "2025-02-03", "day")],
        "this-weekday-past",
    ),
    case(
        "A decision is due this coming Tuesday.",
        THU_FEB6,
        [("this coming Tuesday", "2025-02-11", "day")],
        "this-coming-weekday",
    ),
    case(
        "Downloads stopped at 6 p.m. on Saturday (9:00 GMT).",
        MON_FEB17,
        [("Saturday", "2025-02-15", "day")],
        "weekday-with-clock-time",
    ),
    case(
        "The meeting started at 6:00 p.m. on Saturday.",
        MON_FEB17,
        [("Saturday", "2025-02-15", "day")],
        "weekday-after-clock-time",
    ),
    case(
        "The exchange announced the listing on Monday.",
        MON_FEB17,
        [("Monday", "2025-02-17", "day")],
        "weekday-on-publication-day",
    ),
    case(
        "The news agency reported Wednesday that two more ministries had followed.",
        THU_FEB6,
        [("Wednesday", "2025-02-05", "day")],
        "weekday-without-on",
    ),
    case(
        "Two carriers blocked the app on Friday and a third did so on Monday.",
        THU_FEB6,
        [("Friday", "2025-01-31", "day"), ("Monday", "2025-02-03", "day")],
        "two-weekdays",
    ),
    case(
        "Black Friday sales were strong this year.",
        THU_FEB6,
        [("this year", "2025", "year")],
        "black-friday",
    ),
    case("The Sunday Times first reported the leak.", THU_FEB6, [], "sunday-times"),
    case("Employees work Mondays through Fridays.", THU_FEB6, [], "plural-weekdays"),
    # --- day of month -------------------------------------------------------------------------
    case(
        "A local paper said on the 17th that the district had adopted the model.",
        MON_FEB17,
        [("the 17th", "2025-02-17", "day")],
        "dom-same-day",
    ),
    case(
        "The notice went out on the 3rd.",
        MON_FEB17,
        [("the 3rd", "2025-02-03", "day")],
        "dom-earlier-this-month",
    ),
    case(
        "Staff were told on the 20th to delete the app.",
        MON_FEB17,
        [("the 20th", "2025-01-20", "day")],
        "dom-previous-month",
    ),
    case(
        "Talks resumed on the 31st.",
        MON_FEB17,
        [("the 31st", "2025-01-31", "day")],
        "dom-month-without-that-day",
    ),
    case(
        "The panel will report on the 28th.",
        MON_FEB17,
        [("the 28th", "2025-02-28", "day")],
        "dom-future",
    ),
    case(
        "An official briefed reporters on the morning of the 17th in Seoul.",
        MON_FEB17,
        [("the 17th", "2025-02-17", "day")],
        "dom-morning-of",
    ),
    case("The 17th century palace hosted the summit.", MON_FEB17, [], "ordinal-century"),
    case("It became the 17th-largest listed company.", MON_FEB17, [], "ordinal-hyphen"),
    case("Delegates at the 20th National Congress approved it.", MON_FEB17, [], "ordinal-name"),
    case("The team finished the 3rd round early.", MON_FEB17, [], "ordinal-noun"),
    # --- relative to publication ------------------------------------------------------------
    case(
        "The bank blocked the chatbot today.", THU_FEB6, [("today", "2025-02-06", "day")], "today"
    ),
    case(
        "Yesterday, the ministry issued a warning.",
        THU_FEB6,
        [("Yesterday", "2025-02-05", "day")],
        "yesterday",
    ),
    case(
        "The agency will publish guidance tomorrow.",
        THU_FEB6,
        [("tomorrow", "2025-02-07", "day")],
        "tomorrow",
    ),
    case(
        "The app crashed the day before yesterday.",
        THU_FEB6,
        [("the day before yesterday", "2025-02-04", "day")],
        "day-before-yesterday",
    ),
    case(
        "Earlier this week, a second country barred the app.",
        THU_FEB6,
        [("Earlier this week", "2025-W06", "week")],
        "earlier-this-week",
    ),
    case(
        "The government acted this week.",
        THU_FEB6,
        [("this week", "2025-W06", "week")],
        "this-week",
    ),
    case(
        "Prices are expected to fall later this week.",
        THU_FEB6,
        [("later this week", "2025-W06", "week")],
        "later-this-week",
    ),
    case(
        "A consultancy called for a ban last week.",
        THU_FEB6,
        [("last week", "2025-W05", "week")],
        "last-week",
    ),
    case(
        "The cleanup of state laptops will finish next week.",
        MON_MAR24,
        [("next week", "2025-W14", "week")],
        "next-week",
    ),
    case(
        "The first week of January ended with a crash.",
        THU_FEB6,
        [("The first week of January", "2025-W01", "week")],
        "week-of-month",
    ),
    case(
        "Traffic doubled over the weekend and again this weekend.",
        THU_FEB6,
        # "over the weekend" is the last one (1-2 February), "this weekend" the coming one
        [("over the weekend", "2025-W05", "week"), ("this weekend", "2025-W06", "week")],
        "this-weekend",
    ),
    case(
        "The ban took effect this past weekend, and the past weekend saw protests.",
        THU_FEB6,
        # the weekend before publication (1-2 February), however it is named
        [("this past weekend", "2025-W05", "week"), ("the past weekend", "2025-W05", "week")],
        "this-past-weekend",
    ),
    case(
        "Access was cut at the weekend.",
        "2025-02-09",  # a Sunday: the weekend it is published on
        [("at the weekend", "2025-W06", "week")],
        "at-the-weekend-published-on-it",
    ),
    case(
        "Downloads spiked this month.", THU_FEB6, [("this month", "2025-02", "month")], "this-month"
    ),
    case(
        "The model was unveiled earlier this month.",
        THU_FEB6,
        [("earlier this month", "2025-02", "month")],
        "earlier-this-month",
    ),
    case(
        "A state agency curbed use of the tool late last month.",
        THU_FEB6,
        [("late last month", "2025-01", "month")],
        "late-last-month",
    ),
    case(
        "Sign-ups were paused early last month.",
        THU_FEB6,
        [("early last month", "2025-01", "month")],
        "early-last-month",
    ),
    case(
        "The chipmaker reported results last month.",
        WED_JAN15,
        [("last month", "2024-12", "month")],
        "last-month-across-year",
    ),
    case(
        "The lab expects to open a second site next month.",
        THU_FEB6,
        [("next month", "2025-03", "month")],
        "next-month",
    ),
    case(
        "A handset brand promised the upgrade before the end of the month.",
        THU_FEB27,
        [("the end of the month", "2025-02", "month")],
        "end-of-the-month",
    ),
    case(
        "Earlier in the week the regulator sent its questions; a reply came mid-week.",
        THU_FEB6,
        # "in the week" with no week named: the publication's own, as "the end of the week"
        [("Earlier in the week", "2025-W06", "week"), ("mid-week", "2025-W06", "week")],
        "earlier-in-the-week-and-mid-week",
    ),
    case(
        "Late in the month the ministry will publish its guidance, officials said midweek.",
        THU_FEB27,
        [("Late in the month", "2025-02", "month"), ("midweek", "2025-W09", "week")],
        "late-in-the-month-and-midweek",
    ),
    case(
        "The fund will be launched this year.",
        THU_FEB6,
        [("this year", "2025", "year")],
        "this-year",
    ),
    case(
        "The startup raised money earlier this year.",
        THU_FEB6,
        [("earlier this year", "2025", "year")],
        "earlier-this-year",
    ),
    case(
        "A rival released its own model last year.",
        THU_FEB6,
        [("last year", "2024", "year")],
        "last-year",
    ),
    case(
        "The rules will take effect next year.",
        THU_FEB6,
        [("next year", "2026", "year")],
        "next-year",
    ),
    case(
        "Sales slumped at the end of last year.",
        THU_FEB6,
        [("the end of last year", "2024", "year")],
        "end-of-last-year",
    ),
    case(
        "The breach was found three days ago.",
        THU_FEB6,
        [("three days ago", "2025-02-03", "day")],
        "days-ago-word",
    ),
    case(
        "The ban was announced 10 days ago.",
        THU_FEB6,
        [("10 days ago", "2025-01-27", "day")],
        "days-ago-digits",
    ),
    case(
        "Two weeks ago, several ministries cut off access.",
        THU_FEB6,
        [("Two weeks ago", "2025-W04", "week")],
        "weeks-ago",
    ),
    case(
        "The model came out a week ago.",
        THU_FEB6,
        [("a week ago", "2025-W05", "week")],
        "a-week-ago",
    ),
    case(
        "The firm was founded roughly 20 months ago.",
        THU_FEB6,
        [("roughly 20 months ago", "2023-06", "month")],
        "months-ago-roughly",
    ),
    case(
        "The lab opened about a month ago.",
        THU_FEB6,
        [("about a month ago", "2025-01", "month")],
        "about-a-month-ago",
    ),
    case(
        "Officials barred the video app almost two years ago.",
        THU_FEB6,
        [("almost two years ago", "2023", "year")],
        "years-ago-almost",
    ),
    case(
        "A year ago, few people had heard of the startup.",
        THU_FEB6,
        [("A year ago", "2024", "year")],
        "a-year-ago",
    ),
    case(
        "The reform passed nearly five years ago.",
        THU_FEB6,
        [("nearly five years ago", "2020", "year")],
        "nearly-years-ago",
    ),
    # (round twenty, second pass: "the past week" is the ISO week holding most of its days)
    case(
        "Shares slid over the past week.",
        THU_FEB6,
        [("the past week", "2025-W05", "week")],
        "the-past-week-is-the-week-holding-most-of-it",
    ),
    case("A few days ago, the firm went quiet.", THU_FEB6, [], "inexact-ago"),
    # --- a month alone ----------------------------------------------------------------------
    case(
        "In December, the lab shipped a new model.",
        THU_FEB6,
        [("December", "2024-12", "month")],
        "month-alone-last-year",
    ),
    case(
        "The search tool, which debuted in October, costs nothing now.",
        THU_FEB6,
        [("October", "2024-10", "month")],
        "month-alone-october",
    ),
    case(
        "Usage surged in late January.",
        THU_FEB6,
        [("late January", "2025-01", "month")],
        "late-month",
    ),
    case(
        "The release in mid-January rattled markets.",
        THU_FEB6,
        [("mid-January", "2025-01", "month")],
        "mid-month",
    ),
    case(
        "A rival launched in early February.",
        THU_FEB6,
        [("early February", "2025-02", "month")],
        "early-same-month",
    ),
    case(
        "The review will conclude by the end of March.",
        THU_FEB6,
        [("the end of March", "2025-03", "month")],
        "end-of-month-future",
    ),
    case(
        "The audit finished by the end of March.",
        THU_FEB6,
        [("the end of March", "2024-03", "month")],
        "end-of-month-past",
    ),
    case(
        "Funding was signed off in March last year.",
        THU_FEB6,
        [("March last year", "2024-03", "month")],
        "month-last-year",
    ),
    case(
        "Pilots begin in June this year.",
        THU_FEB6,
        [("June this year", "2025-06", "month")],
        "month-this-year",
    ),
    case(
        "The campaign began last December.",
        THU_FEB6,
        [("last December", "2024-12", "month")],
        "last-month-name",
    ),
    case(
        "A second phase starts next March.",
        THU_FEB6,
        [("next March", "2025-03", "month")],
        "next-month-name",
    ),
    case(
        "The video app was removed from official phones in April 2023.",
        THU_FEB6,
        [("April 2023", "2023-04", "month")],
        "in-month-year",
    ),
    case(
        "The partnership will start in June.",
        THU_FEB6,
        [("June", "2025-06", "month")],
        "month-alone-future",
    ),
    case(
        "The firm expanded abroad in June.",
        THU_FEB6,
        [("June", "2024-06", "month")],
        "month-alone-past",
    ),
    case(
        "Investigators have watched the app since May.",
        THU_FEB6,
        [("May", "2024-05", "month")],
        "since-may",
    ),
    case(
        "The office reopened in early May.",
        THU_FEB6,
        [("early May", "2024-05", "month")],
        "early-may",
    ),
    case(
        "Traffic peaked in February and fell in March.",
        THU_FEB27,
        [("February", "2025-02", "month"), ("March", "2024-03", "month")],
        "two-months-alone",
    ),
    case(
        "DeepSeek's December release surprised rivals.",
        THU_FEB6,
        [("December", "2024-12", "month")],
        "month-as-modifier",
    ),
    case("DeepSeek may be banned, officials warned.", THU_FEB6, [], "may-modal"),
    case("May brought a flurry of new rules.", THU_FEB6, [], "may-at-start-without-context"),
    case("Protesters march on the ministry every week.", THU_FEB6, [], "march-verb"),
    case("April Chen, a spokeswoman, declined to comment.", THU_FEB6, [], "april-name"),
    case("The former premier Theresa May visited Beijing.", THU_FEB6, [], "may-surname"),
    # --- seasons ------------------------------------------------------------------------------
    case(
        "Data was siphoned off last fall.", THU_FEB6, [("last fall", "2024", "year")], "last-fall"
    ),
    case(
        "The rules arrive this spring.", THU_FEB6, [("this spring", "2025", "year")], "this-spring"
    ),
    case(
        "The company will list its shares next summer.",
        THU_FEB6,
        [("next summer", "2025", "year")],
        "next-summer",
    ),
    case(
        "The study ran through last winter.",
        THU_FEB6,
        [("last winter", None, None)],
        "winter-unresolved",
    ),
    case(
        "Shares could fall 5% this week.",
        THU_FEB6,
        [("this week", "2025-W06", "week")],
        "fall-verb",
    ),
    # --- anchored ---------------------------------------------------------------------------
    case(
        "A naval command barred the app on Jan. 24. Four days later, a second agency cut it off.",
        MON_MAR24,
        [("Jan. 24", "2025-01-24", "day"), ("Four days later", "2025-01-28", "day")],
        "days-later",
    ),
    case(
        "One carmaker added the model on 5 February and another followed three days later.",
        THU_FEB27,
        [("5 February", "2025-02-05", "day"), ("three days later", "2025-02-08", "day")],
        "days-later-dmy",
    ),
    case(
        "The governor acted on Feb. 10. The following day, a neighbouring state followed.",
        MON_MAR24,
        [("Feb. 10", "2025-02-10", "day"), ("The following day", "2025-02-11", "day")],
        "following-day",
    ),
    case(
        "Shares dropped on Jan. 27 and recovered the next day.",
        THU_FEB6,
        [("Jan. 27", "2025-01-27", "day"), ("the next day", "2025-01-28", "day")],
        "next-day",
    ),
    case(
        "One cloud added the model on Jan. 29 and a second one joined a day later.",
        THU_FEB6,
        [("Jan. 29", "2025-01-29", "day"), ("a day later", "2025-01-30", "day")],
        "a-day-later",
    ),
    case(
        "A retailer listed it on Jan. 30 and a rival listed it the same day.",
        THU_FEB6,
        [("Jan. 30", "2025-01-30", "day"), ("the same day", "2025-01-30", "day")],
        "same-day",
    ),
    case(
        "The minister spoke on Jan. 30 and repeated the pledge at a briefing that day.",
        THU_FEB6,
        [("Jan. 30", "2025-01-30", "day"), ("that day", "2025-01-30", "day")],
        "that-day",
    ),
    case(
        "The ban began on Feb. 3; a warning had gone out the day before.",
        THU_FEB6,
        [("Feb. 3", "2025-02-03", "day"), ("the day before", "2025-02-02", "day")],
        "day-before",
    ),
    case(
        "The app was pulled on Feb. 10. Two days earlier, the regulator had asked questions.",
        MON_MAR24,
        [("Feb. 10", "2025-02-10", "day"), ("Two days earlier", "2025-02-08", "day")],
        "days-earlier",
    ),
    case(
        "The probe opened on Jan. 31 and a week later the agency sent a letter.",
        THU_FEB13,
        [("Jan. 31", "2025-01-31", "day"), ("a week later", "2025-02-07", "day")],
        "a-week-later",
    ),
    # a past event counted from a past day is never after the publication: the anchor was
    # not its day (unresolved), unless the clause or the anchor is still to come
    # an obligation still to meet is a coming day; a past main verb after the aside is not
    case(
        "Agencies must comply by Friday, the ministry said.",
        THU_FEB13,
        [("Friday", "2025-02-14", "day")],
        "must-comply-by-a-weekday-is-to-come",
    ),
    case(
        "Staff have to delete the app by Monday.",
        THU_FEB13,
        [("Monday", "2025-02-17", "day")],
        "have-to-by-a-weekday-is-to-come",
    ),
    case(
        "Staff had to delete the app by Monday.",
        THU_FEB13,
        [("Monday", "2025-02-10", "day")],
        "had-to-by-a-weekday-is-past",
    ),  # guard
    case(
        "The ban, which agencies will follow, took effect on Monday.",
        THU_FEB13,
        [("Monday", "2025-02-10", "day")],
        "a-cue-inside-an-aside-before-a-past-verb",
    ),
    case(
        "Agencies will delete the app, which was banned on Monday.",
        THU_FEB13,
        [("Monday", "2025-02-10", "day")],
        "a-past-relative-clause-after-the-cue",
    ),
    case(
        "South Korea blocked the app on Feb. 4. Taiwan banned it at agencies a day after.",
        MON_FEB17,
        [("Feb. 4", "2025-02-04", "day"), ("a day after", "2025-02-05", "day")],
        "a-bare-day-after-ends-its-clause",
    ),
    case(
        "Seoul blocked the app on Feb. 4, and Tokyo had warned staff two days before.",
        MON_FEB17,
        [("Feb. 4", "2025-02-04", "day"), ("two days before", "2025-02-02", "day")],
        "a-bare-days-before-ends-its-clause",
    ),
    case(
        "Italy blocked the app on Jan. 30, a day after the launch.",
        MON_FEB17,
        [("Jan. 30", "2025-01-30", "day")],
        "a-day-after-an-event-named-is-no-date-of-its-own",
    ),  # guard
    case(
        "Italy blocked it on Jan. 30. In February, regulators elsewhere followed. Two days later "
        "Ireland acted.",
        THU_FEB27,
        [
            ("Jan. 30", "2025-01-30", "day"),
            ("February", "2025-02", "month"),
            ("Two days later", None, None),
        ],
        "anchor-after-a-month-is-unknown",
    ),
    case(
        "The company replied on Feb. 20. Sweden's regulator said last week it was reviewing the "
        "app, and Denmark's agency followed a day later.",
        MON_MAR24,
        [
            ("Feb. 20", "2025-02-20", "day"),
            ("last week", "2025-W12", "week"),
            ("a day later", None, None),
        ],
        "anchor-after-last-week-is-unknown",
    ),
    case(
        "The probe opened on Jan. 31 and a week later the agency sent a letter.",
        THU_FEB6,
        [("Jan. 31", "2025-01-31", "day"), ("a week later", None, None)],
        "a-week-later-past-the-publication",
    ),
    case(
        "The Dutch watchdog opened an inquiry on Monday. Its Belgian peer followed a day later.",
        MON_FEB17,
        [("Monday", "2025-02-17", "day"), ("a day later", None, None)],
        "a-day-later-past-the-publication",
    ),
    case(
        "Seoul blocked the app last Thursday, and five days later Tokyo warned its staff.",
        MON_FEB17,
        [("last Thursday", "2025-02-13", "day"), ("five days later", None, None)],
        "days-later-past-the-publication",
    ),
    case(
        "Taiwan will ban the app at agencies from Friday. Japan will follow a week later.",
        THU_FEB13,
        [("Friday", "2025-02-14", "day"), ("a week later", "2025-02-21", "day")],
        "a-week-later-still-to-come",
    ),  # guard
    case(
        "The rule takes effect on Feb. 20. Agencies must comply two days later.",
        THU_FEB13,
        [("Feb. 20", "2025-02-20", "day"), ("two days later", "2025-02-22", "day")],
        "days-later-after-a-coming-day",
    ),  # guard
    case(
        "Three days later, the agency reversed course.",
        THU_FEB6,
        [("Three days later", None, None)],
        "days-later-no-anchor",
    ),
    case(
        "The order was signed on 2 March 2025, and two days later it took effect.",
        None,
        [("2 March 2025", "2025-03-02", "day"), ("two days later", "2025-03-04", "day")],
        "days-later-absolute-anchor-no-publication",
    ),
    case(
        "Italy acted on Jan. 28. Two days later Ireland asked questions. "
        "The next day Korea followed.",
        THU_FEB6,
        [
            ("Jan. 28", "2025-01-28", "day"),
            ("Two days later", "2025-01-30", "day"),
            ("The next day", "2025-01-31", "day"),
        ],
        "anchor-chain",
    ),
    case(
        "The agency acted on Jan. 20. Last week it widened the order, and the following day "
        "it published a list.",
        THU_FEB6,
        [
            ("Jan. 20", "2025-01-20", "day"),
            ("Last week", "2025-W05", "week"),
            ("the following day", None, None),
        ],
        "anchor-after-a-week-is-unknown",
    ),
    case(
        "On Feb. 3 the cabinet met; later that week it issued a ban.",
        THU_FEB6,
        [("Feb. 3", "2025-02-03", "day"), ("that week", "2025-W06", "week")],
        "that-week",
    ),
    case(
        "The first notice was sent on Jan. 6; the following month a second one went out.",
        THU_FEB6,
        [("Jan. 6", "2025-01-06", "day"), ("the following month", "2025-02", "month")],
        "following-month",
    ),
    case(
        "The regulator wrote on Tuesday and the company replied the next day.",
        THU_FEB6,
        [("Tuesday", "2025-02-04", "day"), ("the next day", "2025-02-05", "day")],
        "anchor-on-weekday",
    ),
    # --- no publication date ----------------------------------------------------------------
    case(
        "The regulator said on Tuesday that it had opened a review.",
        None,
        [("Tuesday", None, None)],
        "no-publication-weekday",
    ),
    case(
        "Staff were told last month to stop using it.",
        None,
        [("last month", None, None)],
        "no-publication-last-month",
    ),
    case(
        "The ban took effect on Feb. 1.",
        None,
        [("Feb. 1", None, None)],
        "no-publication-md",
    ),
    case(
        "On the 17th, the district adopted the model.",
        None,
        [("the 17th", None, None)],
        "no-publication-dom",
    ),
    case(
        "Two weeks ago, several ministries cut off access.",
        None,
        [("Two weeks ago", None, None)],
        "no-publication-ago",
    ),
    case(
        "In December, the lab shipped a new model.",
        None,
        [("December", None, None)],
        "no-publication-month-alone",
    ),
    case(
        "The bank blocked the chatbot today.",
        None,
        [("today", None, None)],
        "no-publication-today",
    ),
    case(
        "The app was pulled on Feb. 10. Two days earlier, the regulator had asked questions.",
        None,
        [("Feb. 10", None, None), ("Two days earlier", None, None)],
        "no-publication-no-anchor",
    ),
    case(
        "The memo was dated Jan. 28, 2025.",
        None,
        [("Jan. 28, 2025", "2025-01-28", "day")],
        "no-publication-absolute",
    ),
    case(
        "The computing centre opened in 2023.",
        None,
        [("2023", "2023", "year")],
        "no-publication-year",
    ),
    # --- round fifteen (cdq): parts of a year and fiscal years, labelled before the year ------
    case(
        "The ministry will publish rules in the final quarter of 2025.",
        THU_FEB6,
        [("the final quarter of 2025", "2025", "year")],
        "final-quarter-of-year",
    ),
    case(
        "Bangkok plans a review in H2 2025 and a law in Q1 2026.",
        THU_FEB6,
        [("H2 2025", "2025", "year"), ("Q1 2026", "2026", "year")],
        "half-and-quarter-labels",
    ),
    case(
        "Tokyo requested funds for fiscal 2026, and New Delhi's FY2026 budget grew.",
        THU_FEB6,
        [("fiscal 2026", "2026", "year"), ("FY2026", "2026", "year")],
        "fiscal-year-labels",
    ),
    case(
        "The mission had spent half its outlay by the end of FY26.",
        THU_FEB6,
        [("FY26", "2026", "year")],
        "fiscal-year-two-digits",
    ),
    case("The FY2026-27 plan was shelved.", THU_FEB6, [], "fiscal-year-label-range"),  # guard
    # a weekday with its date in brackets, or a date with its weekday: one day, the date's
    case(
        "The ministry blocked the app on Thursday (Jan. 30) and Seoul on Feb. 4 (Tuesday).",
        THU_FEB6,
        [
            ("Thursday (Jan. 30)", "2025-01-30", "day"),
            ("Feb. 4 (Tuesday)", "2025-02-04", "day"),
        ],
        "weekday-with-bracketed-date",
    ),
    case(
        "The order took effect on Monday (3 February).",
        THU_FEB6,
        [("Monday (3 February)", "2025-02-03", "day")],
        "weekday-with-bracketed-day-month",
    ),
    case(
        "Officials met on Monday (local time).",
        THU_FEB6,
        [("Monday", "2025-02-03", "day")],
        "weekday-with-bracketed-aside",
    ),  # guard
    # year first, with slashes or dots (Japanese, Chinese and Korean copy)
    case(
        "The notice dated 2025/01/31 was replaced by one dated 2025.02.04.",
        THU_FEB6,
        [("2025/01/31", "2025-01-31", "day"), ("2025.02.04", "2025-02-04", "day")],
        "year-first-numeric",
    ),
    case("The build 2025.13.40 shipped.", THU_FEB6, [], "year-first-not-a-day"),  # guard
    # round sixteen (cdq): a day of a month named relative to publication, and "before last"
    case(
        "Officials first flagged the app on the 28th of last month.",
        THU_FEB27,
        [("the 28th of last month", "2025-01-28", "day")],
        "day-of-last-month",
    ),
    case(
        "The panel will meet on the 3rd of next month.",
        THU_FEB27,
        [("the 3rd of next month", "2025-03-03", "day")],
        "day-of-next-month",
    ),
    case(
        "The ministry restricted the app the week before last.",
        THU_FEB27,
        [("the week before last", "2025-W07", "week")],
        "week-before-last",
    ),
    case(
        "Exports fell the month before last.",
        THU_FEB27,
        [("the month before last", "2024-12", "month")],
        "month-before-last",
    ),
    case(
        "In the week before the vote, lawmakers met.",
        THU_FEB27,
        [],
        "the-week-before-an-event",
    ),  # guard
    # "year-end", "month-end": the publication's; "is due" by or in a month is still to come
    case(
        "The agency expects to finish the audit by year-end.",
        THU_FEB27,
        [("year-end", "2025", "year")],
        "year-end",
    ),
    case(
        "Payments are settled at month-end.",
        THU_FEB27,
        [("month-end", "2025-02", "month")],
        "month-end",
    ),
    case(
        "New guidance is due in April.",
        THU_FEB27,
        [("April", "2025-04", "month")],
        "due-in-a-month",
    ),
    case(
        "Final rules are due by the end of March.",
        THU_FEB27,
        [("the end of March", "2025-03", "month")],
        "due-by-a-month",
    ),
    case(
        "The report was due in January.",
        THU_FEB27,
        [("January", "2025-01", "month")],
        "was-due-in-a-month",
    ),  # guard
    # a month alone after a sentence's opening "Beginning in", "From": the nearest such month
    case(
        "Beginning in May, civil servants may not install the app.",
        THU_FEB27,
        [("May", "2025-05", "month")],
        "opener-month-ahead",
    ),
    case(
        "Starting in December, downloads climbed.",
        THU_FEB27,
        [("December", "2024-12", "month")],
        "opener-month-behind",
    ),  # guard
    # --- the week a day falls in --------------------------------------------------------------
    case(
        "The rules were drafted in the week of Feb. 3, officials said.",
        THU_FEB13,
        [("the week of Feb. 3", "2025-W06", "week")],
        "week-of-month-day",
    ),
    case(
        "Hearings are scheduled for the week of 24 March 2025.",
        WED_JAN15,
        [("the week of 24 March 2025", "2025-W13", "week")],
        "week-of-day-month-year",
    ),
    case(
        "Regulators met on Feb. 4-5 in Brussels.",
        THU_FEB13,
        [("Feb. 4-5", "2025-02-04", "day")],
        "day-range-gives-its-first-day",
    ),  # guard (round twenty: the span holds the range's end, as "4-5 February" does)
    # a range's end is on or after its start, across the new year
    case(
        "Offices will close from Dec. 24 to Jan. 2, the ministry said.",
        FRI_DEC20,
        [("Dec. 24", "2024-12-24", "day"), ("Jan. 2", "2025-01-02", "day")],
        "range-end-after-its-start-to",
    ),
    case(
        "The portal will be offline Dec. 30-Jan. 3.",
        FRI_DEC20,
        [("Dec. 30", "2024-12-30", "day"), ("Jan. 3", "2025-01-03", "day")],
        "range-end-after-its-start-dash",
    ),
    # round seventeen (cdq): the nth week of a month; a day of a year named relative to now
    case(
        "The ban was imposed in the last week of February.",
        MON_MAR24,
        [("the last week of February", "2025-W09", "week")],
        "last-week-of-a-month",
    ),
    case(
        "Ministries must report in the first week of April and again in the third week of May.",
        MON_MAR24,
        [("the first week of April", "2025-W14", "week"), ("the third week of May", "2025-W20", "week")],
        "nth-week-of-a-month-ahead",
    ),
    case(
        "The review ran until the final week of December 2024.",
        MON_MAR24,
        [("the final week of December 2024", "2024-W52", "week")],
        "final-week-of-a-month-and-year",
    ),
    case(
        "He resigned in the last week of the campaign, in the last year of his term.",
        MON_MAR24,
        [],
        "last-week-of-something-else",
    ),
    case(
        "The agency first flagged the app on March 7 last year and again on 2 February this year.",
        MON_MAR24,
        [("March 7 last year", "2024-03-07", "day"), ("2 February this year", "2025-02-02", "day")],
        "month-day-then-last-or-this-year",
    ),
    case(
        "The code applies from June 1 next year.",
        MON_MAR24,
        [("June 1 next year", "2026-06-01", "day")],
        "month-day-then-next-year",
    ),
    # a quarter with no year: the year of the nearest such quarter on the tense's side
    case(
        "The regulator will finish its review in the first quarter.",
        MON_MAR24,
        [("the first quarter", "2025", "year")],
        "quarter-without-year-current",
    ),
    case(
        "Cloud revenue doubled in the fourth quarter, the company said.",
        THU_FEB27,
        [("the fourth quarter", "2024", "year")],
        "quarter-without-year-past",
    ),
    case(
        "The ministry plans to issue its rules in the first quarter.",
        "2025-11-20",
        [("the first quarter", "2026", "year")],
        "quarter-without-year-ahead",
    ),
    case(
        "The team led in the third quarter of the game.",
        MON_MAR24,
        [],
        "quarter-of-something-else",
    ),  # guard
    case(
        "\u201cWe will not be intimidated,\u201d the company posted on Weibo on Monday.",
        THU_FEB13,
        [("Monday", "2025-02-10", "day")],
        "future-quote-then-posted-on-a-weekday",
    ),
    case(
        "The ban will stay, the minister argued on Monday, and agencies will comply, she "
        "insisted on Tuesday.",
        THU_FEB13,
        [("Monday", "2025-02-10", "day"), ("Tuesday", "2025-02-11", "day")],
        "future-clause-then-argued-or-insisted-on-a-weekday",
    ),
    case(
        "Agencies will be warned on Monday.",
        THU_FEB13,
        [("Monday", "2025-02-17", "day")],
        "future-passive-warned-stays-ahead",
    ),  # guard
    case(
        "Final talks are set for April.",
        MON_MAR24,
        [("April", "2025-04", "month")],
        "set-for-a-month-is-ahead",
    ),
    # --- not dates ----------------------------------------------------------------------------
    case(
        "Cheaper rates run from 00:30 to 08:30 local time, or 16:30 to 00:30 GMT.",
        THU_FEB6,
        [],
        "clock-times",
    ),
    case("Support is available 24/7 for enterprise users.", THU_FEB6, [], "twenty-four-seven"),
    case("The platform relies on Section 230 protections.", THU_FEB6, [], "section-number"),
    case("A search startup released R1 1776, a retrained model.", THU_FEB6, [], "r1-1776"),
    case("The governor signed Executive Order 46 on the matter.", THU_FEB6, [], "executive-order"),
    case("A server with eight H200 chips can run the model.", THU_FEB6, [], "h200"),
    case(
        "Rankings put o3 and GPT-4o ahead of Qwen2.5-Max and V3.",
        THU_FEB6,
        [],
        "model-names",
    ),
    case("The ministry bought 2,000 GPUs for $6 million.", THU_FEB6, [], "amounts"),
    case("The company hired 2025 employees last quarter.", THU_FEB6, [], "year-like-count"),
    case("More than 2000 hospitals have installed it.", THU_FEB6, [], "quantifier-count"),
    case("A total of 2025 employees signed the letter.", THU_FEB6, [], "total-of-count"),
    case(
        "Results for the first quarter of 2025 were weak.",
        THU_FEB6,
        [("the first quarter of 2025", "2025", "year")],
        "quarter-of-year",
    ),
    case("Nearly 2000 clinics now use the model.", THU_FEB6, [], "nearly-count"),
    case("The firm shipped 2000 GPUs to the lab.", THU_FEB6, [], "count-plural-noun"),
    case("The firm paid 2025 yuan per server.", THU_FEB6, [], "count-currency"),
    case("The index rose 2025% in a decade.", THU_FEB6, [], "year-like-percent"),
    case("The update shipped as version 2024 of the app.", THU_FEB6, [], "version-number"),
    case("Call +86 2025 5555 for details.", THU_FEB6, [], "phone-number"),
    case("See the photo at photos/2025/02/06/image.jpg online.", THU_FEB6, [], "url-path"),
    case("The boom of the 1990s returned.", THU_FEB6, [], "decade"),
    case("The company held events during its Open Source Week.", THU_FEB6, [], "open-source-week"),
    case("The plan covers 2024-25 budgets.", THU_FEB6, [], "fiscal-year-range"),
    case("A phone model called the X 2030s launched.", THU_FEB6, [], "model-with-year-prefix"),
    case("The model scored 3.5 and 4.0 on two tests.", THU_FEB6, [], "decimals"),
    # round seventeen, second pass (cdq): an analyst's quarter or half with a two-digit year;
    # a vague span back from now gives no date (the gold takes "within days" as none)
    case(
        "Cloud revenue rose in 1Q25 after a weak 2H24.",
        THU_FEB6,
        [("1Q25", "2025", "year"), ("2H24", "2024", "year")],
        "analyst-quarter-and-half",
    ),
    case(
        "Usage doubled in Q4'24 and the firm guided higher for H1’25.",
        THU_FEB6,
        [("Q4'24", "2024", "year"), ("H1’25", "2025", "year")],
        "quarter-and-half-with-apostrophe-year",
    ),
    case("Units 5Q25 and 3H24 and 12Q25 were relabelled.", THU_FEB6, [], "not-a-quarter"),  # guard
    case(
        "In recent days, and over the past month, ministries have acted; more did so in the "
        "past two weeks.",
        THU_FEB6,
        [],
        "vague-span-back-from-now",
    ),  # guard
    # round eighteen (cdq): a range of months whose second end carries the year ("May" after
    # "March to" is one), and a range of days written day first (its first day, as "Feb. 4-5"
    # gives)
    case(
        "Audits ran between January and March last year, and from October to February 2024.",
        "2026-01-22",
        [
            ("January", "2025-01", "month"),
            ("March last year", "2025-03", "month"),
            ("October", "2023-10", "month"),
            ("February 2024", "2024-02", "month"),
        ],
        "month-range-takes-its-ends-year",
    ),
    case(
        "Complaints rose from March to May, the regulator said.",
        THU_FEB13,
        [("March", "2024-03", "month"), ("May", "2024-05", "month")],
        "may-as-a-month-ranges-other-end",
    ),
    case(
        "Hearings ran 3-5 February and will resume from 10 to 12 March 2025.",
        THU_FEB13,
        [("3-5 February", "2025-02-03", "day"), ("10 to 12 March 2025", "2025-03-10", "day")],
        "day-first-range-gives-its-first-day",
    ),
    # "of" before "last year" after a day of a month, as "February of last year" reads
    case(
        "The watchdog first acted on February 3 of last year and again on 9 May of this year.",
        "2026-06-10",
        [("February 3 of last year", "2025-02-03", "day"), ("9 May of this year", "2026-05-09", "day")],
        "month-day-then-of-last-or-this-year",
    ),
    # "on the weekend" (Australian and US copy) is "over the weekend"; one still to come is the
    # coming one
    case(
        "Canberra banned the app on the weekend.",
        THU_FEB6,
        [("on the weekend", "2025-W05", "week")],
        "on-the-weekend",
    ),
    case(
        "Ministers will decide over the weekend whether to extend the ban.",
        THU_FEB6,
        [("over the weekend", "2025-W06", "week")],
        "over-the-weekend-still-to-come",
    ),
    case(
        "The ban will stay, the minister said over the weekend.",
        THU_FEB6,
        [("over the weekend", "2025-W05", "week")],
        "future-clause-then-said-over-the-weekend",
    ),  # guard
    case(
        "The fee rose 3-5 percent in March.",
        THU_FEB13,
        [("March", "2024-03", "month")],
        "number-range-before-a-month-is-no-day",
    ),  # guard
    # round eighteen, second pass (cdq): months and years counted from an earlier day are that
    # month or that year ("two months later", "a year earlier")
    case(
        "Rome's watchdog blocked the app on Jan. 30, 2025. Two months later, Seoul followed.",
        "2026-01-27",
        [("Jan. 30, 2025", "2025-01-30", "day"), ("Two months later", "2025-03", "month")],
        "months-later-than-a-day-is-that-month",
    ),
    case(
        "The regulator fined the firm on 12 March 2025; a year earlier it had opened a probe.",
        "2026-01-27",
        [("12 March 2025", "2025-03-12", "day"), ("a year earlier", "2024", "year")],
        "a-year-earlier-than-a-day-is-that-year",
    ),
    case(
        "The ban began on Jan. 28. A week later, ministries were told to report.",
        THU_FEB13,
        [("Jan. 28", "2025-01-28", "day"), ("A week later", "2025-02-04", "day")],
        "a-week-later-stays-a-day",
    ),  # guard
    # round nineteen (cdq): "earlier in the day" is the day of the report, as "this morning" is;
    # an update's label ("Update (March 4):") dates the relative days of its paragraph
    case(
        "The premier said earlier in the day that agencies must comply; later in the day the "
        "ministry agreed.",
        THU_FEB6,
        [("earlier in the day", "2025-02-06", "day"), ("later in the day", "2025-02-06", "day")],
        "earlier-or-later-in-the-day",
    ),
    case("Earlier in the day's session the panel met.", THU_FEB6, [], "in-the-days-session"),  # guard
    case(
        "The watchdog acted on Thursday.\n\nUpdate (March 4): The company said on Monday it had "
        "named a representative.\n\nOn Tuesday the watchdog had asked for answers.",
        "2025-01-30",
        [
            ("Thursday", "2025-01-30", "day"),
            ("March 4", "2025-03-04", "day"),
            ("Monday", "2025-03-03", "day"),
            ("Tuesday", "2025-01-28", "day"),
        ],
        "an-updates-label-dates-its-paragraph",
    ),
    case(
        "UPDATE, Feb. 12 -- The ministry said on Tuesday it would widen the ban.",
        "2025-01-30",
        [("Feb. 12", "2025-02-12", "day"), ("Tuesday", "2025-02-11", "day")],
        "an-update-label-with-a-dash",
    ),
    case(
        "Updated March 4, 2025, with the company's response.\n\nOn Monday the ban took effect.",
        "2025-01-30",
        [("March 4, 2025", "2025-03-04", "day"), ("Monday", "2025-01-27", "day")],
        "an-updated-note-on-the-whole-story",
    ),  # guard
    # round twenty (cdq): a deadline in the present ("have until", "has no later than") is
    # still to come, as an obligation's is; "had until" may have passed
    case(
        "Contractors have until April 15 to certify that the app is gone.",
        "2025-02-05",
        [("April 15", "2025-04-15", "day")],
        "have-until-a-day-is-a-deadline-to-come",
    ),
    case(
        "The vendor has no later than May 30 to answer, and agencies have been given until "
        "Friday to report.",
        "2025-02-05",
        [("May 30", "2025-05-30", "day"), ("Friday", "2025-02-07", "day")],
        "has-no-later-than-or-been-given-until-is-a-deadline-to-come",
    ),
    case(
        "The firm had until April 15 to reply, but it never did.",
        "2025-02-05",
        [("April 15", "2024-04-15", "day")],
        "had-until-a-day-may-have-passed",
    ),  # guard
    # round twenty (cdq): a range of days after its month ("Feb. 3-7") is one mention, told by
    # its first day, and takes the year written after its end ("Jan. 27-31, 2025")
    case(
        "The summit ran Jan. 27-31, 2025, in Davos.",
        "2026-01-10",
        [("Jan. 27-31, 2025", "2025-01-27", "day")],
        "a-month-day-range-takes-the-year-after-its-end",
    ),
    case(
        "Prices fell May 5-10% lower, and the fair ran Feb. 3–7.",
        THU_FEB13,
        [("May 5", "2024-05-05", "day"), ("Feb. 3–7", "2025-02-03", "day")],
        "a-month-day-range-not-a-percentage",
    ),
    # round twenty, second pass (cdq): "the weekend before last" is two weekends back, as "the
    # week before last" is two weeks; "over the past week" is the ISO week holding most of the
    # seven days before publication (the last one early in the week, this one from a Friday)
    case(
        "Regulators met the weekend before last to weigh the ban.",
        THU_FEB13,
        [("the weekend before last", "2025-W05", "week")],
        "the-weekend-before-last-is-two-weekends-back",
    ),
    case(
        "Downloads halved over the past week, and in the past week alone 40 agencies acted.",
        MON_FEB17,
        [("the past week", "2025-W07", "week"), ("the past week", "2025-W07", "week")],
        "the-past-week-early-in-a-week-is-the-last-one",
    ),
    case(
        "This past week, three ministries dropped the app.",
        "2025-02-22",
        [("This past week", "2025-W08", "week")],
        "this-past-week-on-a-saturday-is-this-one",
    ),
    case(
        "The past weeks were busy for the regulator.",
        THU_FEB13,
        [],
        "the-past-weeks-is-no-week",
    ),  # guard
    # round twenty, second pass (cdq): a measure's scheduled start in the present ("takes
    # effect", "comes into force", "kicks in") points forward as "will" does
    case(
        "Virginia's ban takes effect on Wednesday, and the federal rule comes into force on "
        "Monday.",
        "2025-02-09",
        [("Wednesday", "2025-02-12", "day"), ("Monday", "2025-02-10", "day")],
        "takes-effect-or-comes-into-force-on-a-weekday-is-coming",
    ),
    case(
        "The limit kicks in on Friday. The ban went into effect on Tuesday.",
        THU_FEB13,
        [("Friday", "2025-02-14", "day"), ("Tuesday", "2025-02-11", "day")],
        "kicks-in-on-a-weekday-is-coming-went-into-effect-is-past",
    ),
    case(
        "The ban took effect on Wednesday, after it was signed.",
        "2025-02-09",
        [("Wednesday", "2025-02-05", "day")],
        "took-effect-on-a-weekday-is-past",
    ),  # guard
    # round twenty-one, second pass (cdq): a month and day told in the past tense is on or
    # before publication (not up to 60 days after it), unless its year is written
    case(
        "Italy blocked DeepSeek on Jan. 30, and Australia followed on Feb. 4.",
        "2026-01-20",
        [("Jan. 30", "2025-01-30", "day"), ("Feb. 4", "2025-02-04", "day")],
        "a-past-verb-puts-a-month-and-day-on-or-before-publication",
    ),
    case(
        "The rules took effect on Oct. 1 and the app was pulled from stores Oct. 3.",
        "2025-09-10",
        [("Oct. 1", "2024-10-01", "day"), ("Oct. 3", "2024-10-03", "day")],
        "took-effect-on-a-month-and-day-after-publication-is-last-year",
    ),
    case(  # a guard (main, at the merge): a story updated after its date keeps the year
        "New South Wales banned the app on 6 February, its minister said.",
        "2025-02-04",
        [("6 February", "2025-02-06", "day")],
        "a-past-month-and-day-a-few-days-after-publication-keeps-its-year",
    ),
    case(
        "A hearing scheduled for Feb. 4 was announced; the deadline was extended until Feb. 9.",
        "2026-01-20",
        [("Feb. 4", "2026-02-04", "day"), ("Feb. 9", "2026-02-09", "day")],
        "a-schedule-or-an-extension-until-a-month-and-day-is-not-past",
    ),  # guard
    case(
        "Korea followed on Feb. 4, 2026.",
        "2026-01-20",
        [("Feb. 4, 2026", "2026-02-04", "day")],
        "a-written-year-wins-over-the-past-tense",
    ),  # guard
    # a broadcast's title that is a day's word is no date
    case(
        "The minister said on BBC Radio 4's Today programme that the app was risky, and later "
        "told NBC’s Today show the same.",
        "2025-01-29",
        [],
        "a-programme-called-today-is-no-date",
    ),
    case(
        "Today, the minister told the Today programme that the review ends today.",
        "2025-01-29",
        [("Today", "2025-01-29", "day"), ("today", "2025-01-29", "day")],
        "today-opening-or-ending-a-sentence-is-still-the-day",
    ),  # (fails at the base by its middle "Today", the title)
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_table(sentence: str, published: str | None, expected: Expected) -> None:
    pub = None if published is None else dt.date.fromisoformat(published)
    found = find_dates(sentence, pub)
    got = [
        (
            m.span.text,
            None if m.date is None else m.date.value,
            None if m.date is None else m.date.precision.value,
        )
        for m in found
    ]
    assert got == expected
    for m in found:
        assert sentence[m.span.start : m.span.end] == m.span.text


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150


# ---------------------------------------------------------------------------------------------
# flags, publication date handling, anchors, tense
# ---------------------------------------------------------------------------------------------

PUB = dt.date(2025, 2, 6)


def test_flags() -> None:
    text = "The ban began on Jan. 28, 2025. On Friday it widened, and two days later it eased."
    absolute, weekday, anchored = find_dates(text, PUB)
    assert (absolute.relative, absolute.anchored) == (False, False)
    assert (weekday.relative, weekday.anchored) == (True, False)
    assert (anchored.relative, anchored.anchored) == (True, True)
    assert anchored.date == Date("2025-02-02", "day")  # Friday Jan 31 + 2


def test_relative_expressions_are_unresolved_without_publication_date() -> None:
    text = (
        "On Thursday the ministry acted. Last month the bank followed. On the 17th a city "
        "joined, two weeks ago a province did, and in December a county had. Feb. 3 was quiet."
    )
    found = find_dates(text)
    assert [m.span.text for m in found] == [
        "Thursday",
        "Last month",
        "the 17th",
        "two weeks ago",
        "December",
        "Feb. 3",
    ]
    assert all(m.date is None and m.relative for m in found)


def test_anchor_is_most_recent_earlier_day() -> None:
    text = "Italy acted on Jan. 28 and Korea on Feb. 3. Three days later Taiwan followed."
    *_, later = find_dates(text, PUB)
    assert later.date == Date("2025-02-06", "day")


def test_anchor_counts_resolved_relative_days() -> None:
    text = "The notice came yesterday; the day before, the firm had been warned."
    found = find_dates(text, PUB)
    assert [m.date.value for m in found if m.date] == ["2025-02-05", "2025-02-04"]


def test_anchor_needs_an_earlier_day_not_a_later_one() -> None:
    text = "The next day, the firm replied. The letter was sent on Feb. 3."
    first, second = find_dates(text, PUB)
    assert first.date is None
    assert first.anchored
    assert second.date == Date("2025-02-03", "day")


def test_sentence_boundary_stops_the_tense_lookback() -> None:
    text = "Officials will meet soon. The ban began on Friday."
    (friday,) = find_dates(text, PUB)
    assert friday.date == Date("2025-01-31", "day")


def test_newline_stops_the_tense_lookback() -> None:
    text = "Officials will meet soon\nThe ban began on Friday."
    (friday,) = find_dates(text, PUB)
    assert friday.date == Date("2025-01-31", "day")


def test_tense_lookback_is_bounded() -> None:
    text = "The ministry will, " + "after a long and careful consultation, " * 5 + "act on Friday"
    (friday,) = find_dates(text, PUB)
    assert friday.date == Date("2025-01-31", "day")


def test_starting_alone_is_not_future() -> None:
    assert parse_date("starting Monday", PUB) == Date("2025-02-03", "day")
    assert parse_date("from Saturday", PUB) == Date("2025-02-01", "day")


def test_reported_speech_after_future_cue() -> None:
    text = "Officials said the agency will block the app on Monday."
    (monday,) = find_dates(text, PUB)
    assert monday.date == Date("2025-02-10", "day")


def test_capitalised_next_in_a_name_is_not_a_cue() -> None:
    text = "The update went out to HarmonyOS Next owners on 5 February."
    (day,) = find_dates(text, dt.date(2025, 2, 25))
    assert day.date == Date("2025-02-05", "day")


def test_parse_date_future_flag() -> None:
    assert parse_date("Thursday", PUB) == Date("2025-02-06", "day")
    assert parse_date("Thursday", PUB, future=True) == Date("2025-02-13", "day")
    assert parse_date("Jan. 10", PUB, future=True) == Date("2026-01-10", "day")
    assert parse_date("June", PUB, future=True) == Date("2025-06", "month")
    assert parse_date("the 3rd", PUB, future=True) == Date("2025-03-03", "day")


def test_parse_date_basics() -> None:
    assert parse_date("January 2025") == Date("2025-01", "month")
    assert parse_date("on Feb. 6, 2025") == Date("2025-02-06", "day")
    assert parse_date("the next day") is None
    assert parse_date("nothing here") is None
    assert parse_date("") is None
    assert parse_date("last week", PUB) == Date("2025-W05", "week")


def test_publication_datetime_is_accepted() -> None:
    stamp = dt.datetime(2025, 2, 6, 23, 59)
    assert parse_date("yesterday", stamp) == Date("2025-02-05", "day")


@pytest.mark.parametrize("bad", [b"Feb. 6", None, 42])
def test_text_must_be_str(bad: object) -> None:
    with pytest.raises(InputTypeError):
        find_dates(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_date(bad)  # type: ignore[arg-type]


def test_published_must_be_a_date() -> None:
    with pytest.raises(InputTypeError):
        find_dates("on Friday", "2025-02-06")  # type: ignore[arg-type]


def test_mentions_are_frozen_records() -> None:
    (m,) = find_dates("Friday", PUB)
    assert isinstance(m, DateMention)
    with pytest.raises(AttributeError):
        m.relative = False  # type: ignore[misc]


def test_never_reads_the_clock() -> None:
    source = inspect.getsource(dates)
    for call in ("today()", ".now(", "time.time", "utcnow"):
        assert call not in source


def test_extreme_publication_dates_do_not_raise() -> None:
    text = (
        "Last year, next year, Dec. 31, Jan. 1, the 31st, next Monday, last Sunday, "
        "in December, two years ago, 900 months ago, next week, tomorrow, last fall."
    )
    for pub in (dt.date.min, dt.date.max, dt.date(1, 1, 7), dt.date(9999, 12, 25)):
        found = find_dates(text, pub)
        assert len(found) == 13


# ---------------------------------------------------------------------------------------------
# adversarial input: linear time, no exceptions
# ---------------------------------------------------------------------------------------------


_ADVERSARIAL = {
    "ones": "1" * 100_000,
    "spaces": " " * 100_000,
    "may": "May " * 25_000,
    "jan-dot": "Jan. " * 20_000,
    "the-digit": "the 1" * 20_000,
    "years": "2025 " * 20_000,
    "a-day": "a day " * 20_000,
    "weekdays": "Thursday " * 12_000,
    "last": "last " * 20_000,
    "mid": "mid-" * 25_000,
    "iso-prefix": "2025-01-" * 12_000,
    "newlines": "\n" * 100_000,
    "future-weekdays": "will Friday " * 9_000,
    "binary": random.Random(0).randbytes(100_000).decode("latin-1"),
    "all-bytes": bytes(range(256)).decode("latin-1") * 400,
}


@pytest.mark.parametrize("text", list(_ADVERSARIAL.values()), ids=list(_ADVERSARIAL))
def test_adversarial_inputs_finish_quickly(text: str) -> None:
    start = time.perf_counter()
    for published in (None, PUB):
        found = find_dates(text, published)
        for m in found:
            assert text[m.span.start : m.span.end] == m.span.text
    assert time.perf_counter() - start < 10  # generous: a catastrophic pattern takes minutes


# ---------------------------------------------------------------------------------------------
# hypothesis properties
# ---------------------------------------------------------------------------------------------

_FORMS = {
    DatePrecision.DAY: re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    DatePrecision.WEEK: re.compile(r"[0-9]{4}-W[0-9]{2}"),
    DatePrecision.MONTH: re.compile(r"[0-9]{4}-[0-9]{2}"),
    DatePrecision.YEAR: re.compile(r"[0-9]{4}"),
}

_WORDS = [
    "Jan.", "January", "Feb", "May", "March", "Sept.", "December", "Monday", "Thursday",
    "Sunday", "the", "The", "this", "This", "that", "last", "Last", "next", "early", "late",
    "mid-", "end", "of", "the end of", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "ago", "later", "earlier", "following", "same", "before", "after",
    "today", "yesterday", "tomorrow", "a", "an", "two", "Three", "about", "almost", "more",
    "than", "in", "on", "since", "by", "will", "said", "'ll", "fall", "spring", "winter",
    "1", "3rd", "17th", "28", "31st", "2,000", "2023", "2025", "1999", "2025-02-06", "2025-W06",
    "R1", "Section", "230", "6:00", "p.m.", ",", ".", ". ", "\n", "-", "%", "$", "GPUs",
    "employees", "Black", "Friday", "Times", "century", "morning", "weekend",
]  # fmt: skip

datey_text = st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join) | st.lists(
    st.sampled_from(_WORDS), max_size=40
).map("".join)
any_text = st.text(max_size=300) | datey_text
publication = st.none() | st.dates()


def _check_mentions(text: str, found: tuple[DateMention, ...]) -> None:
    previous_end = 0
    for m in found:
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert text[m.span.start : m.span.end] == m.span.text
        assert m.span.start >= previous_end
        previous_end = m.span.end
        if m.date is not None:
            assert _FORMS[m.date.precision].fullmatch(m.date.value)
            assert m.date.first_day <= m.date.last_day
        if m.anchored:
            assert m.relative


@settings(max_examples=400, deadline=None)
@given(any_text, publication)
def test_find_dates_never_raises_and_spans_are_exact(text: str, published: dt.date | None) -> None:
    _check_mentions(text, find_dates(text, published))


@settings(max_examples=200, deadline=None)
@given(st.text(), publication)
def test_find_dates_on_arbitrary_unicode(text: str, published: dt.date | None) -> None:
    _check_mentions(text, find_dates(text, published))


@settings(max_examples=300, deadline=None)
@given(datey_text)
@example("this-January")  # (a hyphen after "this": the lookahead once read only a space)
def test_first_word_lookahead_loses_nothing(text: str) -> None:
    """The fast scanner finds exactly what the same pattern without its lookahead finds."""
    fast = [(m.span(), m.lastgroup) for m in dates._SCANNER.finditer(text)]
    slow = [(m.span(), m.lastgroup) for m in dates._REFERENCE_SCANNER.finditer(text)]
    assert fast == slow


# Every surface of the table, on its own; "May" alone is left out: it needs a preposition.
_SINGLE_EXPRESSIONS = sorted(
    {surface for param in CASES for surface, _, _ in param.values[2]}  # type: ignore[attr-defined]
    - {"May"}
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SINGLE_EXPRESSIONS), publication, st.booleans())
def test_parse_date_agrees_with_find_dates(
    expression: str, published: dt.date | None, future: bool
) -> None:
    found = find_dates(expression, published)
    assert len(found) == 1
    assert found[0].span.text == expression
    if not future:
        assert parse_date(expression, published) == found[0].date
    else:
        parse_date(expression, published, future=True)  # must not raise


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 8), max_value=dt.date(2099, 12, 20)), st.integers(0, 6))
def test_weekday_rules(published: dt.date, weekday: int) -> None:
    name = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[weekday]
    bare = parse_date(name, published)
    future = parse_date(name, published, future=True)
    last = parse_date(f"last {name}", published)
    following = parse_date(f"next {name}", published)
    assert bare is not None
    assert future is not None
    assert last is not None
    assert following is not None
    days = [d.first_day for d in (bare, future, last, following)]
    assert all(d.weekday() == weekday for d in days)
    assert published - dt.timedelta(days=6) <= days[0] <= published
    assert published < days[1] <= published + dt.timedelta(days=7)
    assert published - dt.timedelta(days=7) <= days[2] < published
    assert days[3].isocalendar()[:2] == (published + dt.timedelta(days=7)).isocalendar()[:2]


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=dt.date(1990, 3, 1), max_value=dt.date(2099, 10, 1)),
    st.integers(1, 12),
    st.integers(1, 28),
)
def test_month_day_without_year_rules(published: dt.date, month: int, day: int) -> None:
    name = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
            "Nov.", "Dec.")[month - 1]  # fmt: skip
    past = parse_date(f"{name} {day}", published)
    future = parse_date(f"{name} {day}", published, future=True)
    assert past is not None
    assert future is not None
    assert (past.first_day.month, past.first_day.day) == (month, day)
    limit = published + dt.timedelta(days=60)
    assert past.first_day <= limit
    if past.first_day.year != published.year:  # only when this year's would be too far ahead
        assert past.first_day.year == published.year - 1
        assert dt.date(published.year, month, day) > limit
    assert published <= future.first_day < published + dt.timedelta(days=366)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_relative_units_contain_the_right_day(published: dt.date) -> None:
    week = parse_date("this week", published)
    month = parse_date("this month", published)
    year = parse_date("this year", published)
    assert week is not None
    assert month is not None
    assert year is not None
    assert all(d.first_day <= published <= d.last_day for d in (week, month, year))
    last_week = parse_date("last week", published)
    assert last_week is not None
    assert last_week.last_day < week.first_day
    assert (week.first_day - last_week.first_day).days == 7


# ---------------------------------------------------------------------------------------------
# round twenty-two (cdq): dates read from probes
# ---------------------------------------------------------------------------------------------

ROUND_TWENTY_TWO_CDQ_DATES = [
    # the Chinese and Japanese written form, as English copy quotes a notice's date
    case(
        "The regulator's notice, dated 2025年3月14日, asks providers to label AI content.",
        "2025-03-20",
        [("2025年3月14日", "2025-03-14", "day")],
        "r22-cjk-year-month-day",
    ),
    case(
        "Rules published in 2025年3月 take effect on Sept. 1.",
        "2025-03-20",
        [("2025年3月", "2025-03", "month"), ("Sept. 1", "2025-09-01", "day")],
        "r22-cjk-year-month",
    ),
    case(  # guard: no such day or month
        "The form shows 2025年2月30日 and 2025年13月1日.",
        "2025-03-20",
        [],
        "r22-cjk-impossible-day-is-no-date",
    ),
    # an outcome looked for in the present tense lies ahead, as after "will"
    case(
        "The watchdog expects a decision on the app by the end of March.",
        "2025-02-12",
        [("the end of March", "2025-03", "month")],
        "r22-expects-by-month-is-ahead",
    ),
    case(
        "A ruling on the complaint is expected by June 30.",
        "2025-02-12",
        [("June 30", "2025-06-30", "day")],
        "r22-is-expected-by-day-is-ahead",
    ),
    case(
        "The ministry aims to finish its review of foreign chatbots in April.",
        "2025-02-12",
        [("April", "2025-04", "month")],
        "r22-aims-to-month-is-ahead",
    ),
    case(
        "A similar order covering state universities might follow by June 30.",
        "2025-02-12",
        [("June 30", "2025-06-30", "day")],
        "r22-might-follow-by-day-is-ahead",
    ),
    case(  # guard: "might have" looks back
        "The agency might have acted on Feb. 3, officials conceded.",
        "2025-02-12",
        [("Feb. 3", "2025-02-03", "day")],
        "r22-might-have-looks-back",
    ),
    case(  # guard: a past participle's aside after the cue keeps its date
        "Officials expect the ban, imposed on Jan. 30, to stay in place.",
        "2025-02-12",
        [("Jan. 30", "2025-01-30", "day")],
        "r22-expects-with-past-aside",
    ),
]


ROUND_TWENTY_TWO_B_CDQ_DATES = [
    # a timeline's month label on a line of its own dates the days of the month below it,
    # until a blank line ends its block
    case(
        "How the bans spread\n\nFebruary\nOn the 4th, Canberra ordered the app off "
        "government devices.\nOn the 17th, Seoul paused new downloads.\n\nMarch 2025:\n"
        "On the 3rd, Taipei widened its ban to schools.",
        "2025-04-10",
        [
            ("February", "2025-02", "month"),
            ("the 4th", "2025-02-04", "day"),
            ("the 17th", "2025-02-17", "day"),
            ("March 2025", "2025-03", "month"),
            ("the 3rd", "2025-03-03", "day"),
        ],
        "r22b-month-label-dates-days-below",
    ),
    case(  # past the label's block, a day of the month is the publication month's again
        "February\nOn the 4th, Canberra ordered the app off government devices.\n\n"
        "Officials met again on the 8th to review the order.",
        "2025-04-10",
        [
            ("February", "2025-02", "month"),
            ("the 4th", "2025-02-04", "day"),
            ("the 8th", "2025-04-08", "day"),
        ],
        "r22b-month-label-ends-at-blank-line",
    ),
    case(  # guard: a month inside a sentence is no label
        "February was quiet for the regulator. On the 4th, officials met again.",
        "2025-04-10",
        [("February", "2025-02", "month"), ("the 4th", "2025-04-04", "day")],
        "r22b-month-in-prose-is-no-label",
    ),
]


ROUND_TWENTY_THREE_CDQ_DATES = [
    # "since" before a date starts a stretch that runs to now: never a day still to come, even
    # in a clause that a "must" or "will" makes future
    case(
        "State bodies must avoid such products, and the ministry has pointed to that guidance "
        "since mid-January.",
        "2025-02-07",
        [("mid-January", "2025-01", "month")],
        "r23-c-since-month-in-future-clause",
    ),
    case(
        "Agencies will have to log every AI tool, as they have done since Monday.",
        "2025-02-07",
        [("Monday", "2025-02-03", "day")],
        "r23-c-since-weekday-in-future-clause",
    ),
    case(  # guard: a future clause's month with no "since" is still the next one
        "Agencies must certify compliance by the end of January.",
        "2025-02-07",
        [("the end of January", "2026-01", "month")],
        "r23-c-future-month-without-since",
    ),
    # a numeric day with no year after "on", "since" or "until": the one reading that is a
    # date ("30/1" can only be 30 January), in the year a month and day without one takes
    case(
        "On 30/1 the privacy regulator ordered the app blocked.",
        "2025-02-28",
        [("30/1", "2025-01-30", "day")],
        "r23-c-day-month-without-year-after-on",
    ),
    case(
        "Public servants have been barred from the app since 27/01.",
        "2025-02-28",
        [("27/01", "2025-01-27", "day")],
        "r23-c-day-month-without-year-after-since",
    ),
    case(  # guard: either way round a date, a fraction, round the clock: no date
        "The ban took effect on 3/2. About 3/4 of agencies complied, and staff are on 24/7 "
        "standby.",
        "2025-02-28",
        [],
        "r23-c-ambiguous-or-fraction-is-no-date",
    ),
    # a day of the month after a day in the same paragraph, not before it in its month, is in
    # that day's month (a narrative's "A week later, on the 27th")
    case(
        "The company released its reasoning model on Jan. 20. A week later, on the 27th, its "
        "app sat at the top of the download chart. The following day, Italy's regulator "
        "wrote to it.",
        "2025-02-28",
        [
            ("Jan. 20", "2025-01-20", "day"),
            ("A week later", "2025-01-27", "day"),
            ("the 27th", "2025-01-27", "day"),
            ("The following day", "2025-01-28", "day"),
        ],
        "r23-c-day-of-month-takes-the-month-of-the-day-before",
    ),
    case(  # guard: a day before the earlier one in its month, or a new paragraph, does not
        "The company released its reasoning model on Jan. 20. On the 12th, its rival "
        "followed.\n\nOn the 27th, the board met.",
        "2025-02-28",
        [
            ("Jan. 20", "2025-01-20", "day"),
            ("the 12th", "2025-02-12", "day"),
            ("the 27th", "2025-02-27", "day"),
        ],
        "r23-c-day-of-month-before-or-past-paragraph-keeps-publication-month",
    ),
]


#: The later rounds' tables, read as the main table is.
LATER_ROUNDS = [
    *ROUND_TWENTY_TWO_CDQ_DATES,
    *ROUND_TWENTY_TWO_B_CDQ_DATES,
    *ROUND_TWENTY_THREE_CDQ_DATES,
]


@pytest.mark.parametrize(("sentence", "published", "expected"), LATER_ROUNDS)
def test_later_rounds(sentence: str, published: str | None, expected: Expected) -> None:
    test_table(sentence, published, expected)

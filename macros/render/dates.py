"""Dates as readers read them: '23 July 2025', no finer than the source gives."""

import datetime

from macros.render.html_builder import tag

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def human_date(iso, approximate=False, precision="day"):
    """'2025-07-23' -> <time> showing '23 July 2025' (prefixed 'about' when approximate);
    with precision 'month', only 'July 2025', and with 'week' (the date is its Monday),
    'the week of 14 July 2025': no finer than the source gives."""
    if precision == "month":
        return tag("time", month_text(iso), datetime=iso[:7])
    if precision == "week":
        year, week, _ = datetime.date.fromisoformat(iso).isocalendar()
        return tag("time", "the week of " + human_date_text(iso), datetime=f"{year}-W{week:02d}")
    shown = ("about " if approximate else "") + human_date_text(iso)
    return tag("time", shown, datetime=iso)


def event_date(data):
    return human_date(data["date"], data.get("approximate", False), data.get("precision", "day"))


def human_date_text(iso):
    year, month, day = iso.split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def month_text(iso):
    """'2025-07' or '2025-07-23' -> 'July 2025'."""
    year, month = iso.split("-")[:2]
    return f"{MONTHS[int(month) - 1]} {year}"

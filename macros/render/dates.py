"""Dates as readers read them: '23 July 2025', no finer than the source gives."""

import datetime

from macros.render import words
from macros.render.html_builder import tag

# Month names by edition: as a date says it ('23 July', '23 липня': the genitive in Ukrainian
# and Russian), and alone ('July 2025', 'липень 2025').
MONTHS = {
    "en": ("January February March April May June July August September October November December",)
    * 2,
    "uk": (
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
        "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
    ),
    "ru": (
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    ),
}


def _month(month, alone=False):
    return MONTHS[words.language()][alone].split()[int(month) - 1]


def human_date(iso, approximate=False, precision="day"):
    """'2025-07-23' -> <time> showing '23 July 2025' (prefixed 'about' when approximate);
    with precision 'month', only 'July 2025', and with 'week' (the date is its Monday),
    'the week of 14 July 2025': no finer than the source gives."""
    if precision == "month":
        return tag("time", month_text(iso), datetime=iso[:7])
    if precision == "week":
        year, week, _ = datetime.date.fromisoformat(iso).isocalendar()
        shown = words.t("the week of {date}", date=human_date_text(iso))
        return tag("time", shown, datetime=f"{year}-W{week:02d}")
    shown = human_date_text(iso)
    shown = words.t("about {date}", date=shown) if approximate else shown
    return tag("time", shown, datetime=iso)


def event_date(data):
    return human_date(data["date"], data.get("approximate", False), data.get("precision", "day"))


def human_date_text(iso):
    year, month, day = iso.split("-")
    return f"{int(day)} {_month(month)} {year}"


def month_text(iso):
    """'2025-07' or '2025-07-23' -> 'July 2025'."""
    year, month = iso.split("-")[:2]
    return f"{_month(month, alone=True)} {year}"

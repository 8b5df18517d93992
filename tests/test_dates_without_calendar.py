"""factcli.text.dates works without importing calendar or datetime (start-up of check)."""

from __future__ import annotations

import calendar
import datetime
import subprocess
import sys

from factcli.text.dates import PartialDate, _days_in, parse_iso


def test_days_in_is_calendars() -> None:
    for year in range(1, 10000):
        for month in range(1, 13):
            assert _days_in(year, month) == calendar.monthrange(year, month)[1], (year, month)


def test_first_and_last_days() -> None:
    assert PartialDate(2024, 2).last_day() == datetime.date(2024, 2, 29)
    assert PartialDate(1900).last_day() == datetime.date(1900, 12, 31)
    assert PartialDate(2023, 2).first_day() == datetime.date(2023, 2, 1)
    assert parse_iso(datetime.datetime(2025, 7, 17, 9)).iso == "2025-07-17"
    assert parse_iso(datetime.date(2025, 7, 17)).iso == "2025-07-17"


def test_reading_dates_imports_neither() -> None:
    code = (
        "import sys\n"
        "from factcli.text.dates import find_dates, parse_iso\n"
        "assert [m.date.iso for m in find_dates('2024년 2월 29일과 2025.9.14')] == "
        "['2024-02-29', '2025-09-14']\n"
        "assert parse_iso('2024-02-29').iso == '2024-02-29'\n"
        "print(sorted({'calendar', 'datetime', 'locale'} & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

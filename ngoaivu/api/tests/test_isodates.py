"""The ISO text of dates and datetimes (ngoaivu.api.isodates) is `isoformat()`'s, for every case it writes itself."""
import datetime
import itertools
import random
import zoneinfo

from ngoaivu.api.isodates import date_iso, datetime_iso

ZONES = [datetime.UTC, zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh"), zoneinfo.ZoneInfo("Asia/Kathmandu"),
         zoneinfo.ZoneInfo("America/St_Johns"), zoneinfo.ZoneInfo("Europe/London"),
         datetime.timezone(datetime.timedelta(hours=-11, minutes=-59, seconds=-7)),
         datetime.timezone(datetime.timedelta(seconds=1, microseconds=5)), None]


def test_dates_are_written_as_isoformat_writes_them():
    randomly = random.Random(13)
    days = [datetime.date.fromordinal(randomly.randint(1, datetime.date.max.toordinal())) for _ in range(2000)]
    for day in [*days, datetime.date.min, datetime.date.max, datetime.date(999, 12, 31), datetime.date(1000, 1, 1)]:
        assert date_iso(day) == day.isoformat()


def test_datetimes_are_written_as_isoformat_writes_them():
    randomly = random.Random(24)
    moments = [datetime.datetime(2024, 3, 1, 10, 20, 30), datetime.datetime(2024, 3, 1, 0, 0, 0, 1),
               datetime.datetime(999, 1, 1, 5), datetime.datetime(9999, 12, 31, 23, 59, 59, 999999)]
    moments += [datetime.datetime.min + datetime.timedelta(seconds=randomly.randint(0, 315_000_000_000),
                                                           microseconds=randomly.choice([0, randomly.randint(0, 999_999)]))
                for _ in range(500)]
    for moment, zone in itertools.product(moments, ZONES):
        try:
            local = moment.replace(tzinfo=zone)
            assert datetime_iso(local) == local.isoformat(), (moment, zone)
            converted = moment.replace(tzinfo=datetime.UTC).astimezone(zone) if zone is not None else moment
        except OverflowError:   # the ends of the range, converted
            continue
        assert datetime_iso(converted) == converted.isoformat(), (moment, zone)

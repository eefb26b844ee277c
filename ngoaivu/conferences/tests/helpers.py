"""Builders of conferences for the tests: rows made directly, in the state a test needs."""
import datetime

from ngoaivu.conferences.choices import ConferenceKind
from ngoaivu.conferences.models import Conference, ConferenceStatusChange


def make_conference(province, *, countries=("KR",), **extra) -> Conference:
    data = {
        "province": province, "title": "Hội thảo xúc tiến đầu tư Hàn Quốc", "kind": ConferenceKind.SEMINAR,
        "organiser": "Sở Kế hoạch và Đầu tư", "start_date": datetime.date(2023, 6, 15),
        "end_date": datetime.date(2023, 6, 15), "place": "Thành phố Hà Tĩnh", "topics": "Xúc tiến đầu tư",
        "participants": 120, "foreign_participants": 25, **extra,
    }
    conference = Conference.objects.create(**data)
    conference.countries.set(countries)
    return conference


def make_in_status(province, status: str, **extra) -> Conference:
    conference = make_conference(province, status=status, **extra)
    ConferenceStatusChange.objects.create(conference=conference, province=province, from_state="", step="create",
                                          to_state=status, actor_name="test",
        happened_on=datetime.date(2000, 1, 1))
    return conference


def conference_form(**extra) -> dict:
    return {
        "title": "Hội thảo hợp tác du lịch đường 8", "kind": "seminar", "province_role": "organiser",
        "organiser": "Sở Văn hóa, Thể thao và Du lịch", "start_date": "20/10/2023", "end_date": "21/10/2023",
        "place": "Khu du lịch Thiên Cầm", "format": "in_person", "topics": "Du lịch", "participants": "150",
        "foreign_participants": "30", "countries": ["LA", "TH"], "funding_source": "provincial_budget",
        "currency": "VND", **extra,
    }


def conference_payload(**extra) -> dict:
    return {
        "title": "Hội thảo thu hút FDI Nhật Bản", "kind": "seminar", "organiser": "Sở Kế hoạch và Đầu tư",
        "start_date": "2023-11-02", "end_date": "2023-11-02", "place": "Hà Tĩnh", "format": "hybrid",
        "topics": "Đầu tư", "participants": 90, "foreign_participants": 20, "countries": ["JP"], **extra,
    }

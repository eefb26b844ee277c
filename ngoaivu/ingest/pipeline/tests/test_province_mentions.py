"""How one mention of a province counts towards the text's province (province_mentions).

Sentences are made up; places are chosen only for their grammar (a city hosting foreign missions,
a delegation travelling abroad, a province measured against another)."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.phrases import Tokens
from ngoaivu.ingest.pipeline.province_mentions import abroad, is_compared, is_mission_seat


def test_a_foreign_mission_s_seat_is_no_subject():
    text = "Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh"
    assert is_mission_seat(text, text.index("TP Hồ"))
    text = "Đại sứ quán Hàn Quốc tại Hà Nội"
    assert is_mission_seat(text, text.index("Hà Nội"))
    text = "Hội nghị tổ chức tại Hà Nội"
    assert not is_mission_seat(text, text.index("Hà Nội"))


def test_a_text_on_a_consul_s_visit_is_the_writer_s_not_the_mission_s_city():
    text = (
        "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh\n"
        "Sáng 4/5, Chủ tịch UBND tỉnh Tây Ninh tiếp ông Tanaka, Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh. "
        "Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh cảm ơn sự đón tiếp của tỉnh."
    )
    assert extract_text(text)["province"] == "Tây Ninh"


def test_a_delegation_met_by_a_foreign_party_is_the_writer_s():
    text = "đoàn công tác tỉnh Sơn La do Phó Chủ tịch tỉnh dẫn đầu chào xã giao Tỉnh trưởng tỉnh Bò Kẹo."
    end = text.index("Sơn La") + len("Sơn La")
    assert abroad(text, Tokens(text), end, len(text))
    text = "đoàn công tác tỉnh Sơn La đến làm việc với tỉnh Lai Châu về hợp tác với Lào."
    end = text.index("Sơn La") + len("Sơn La")
    assert not abroad(text, Tokens(text), end, text.index("Lai Châu"))
    # the writer abroad, with a venue in another province named first
    text = (
        "Lãnh đạo tỉnh làm việc với Tổng Lãnh sự Lào\n"
        "Chiều 9/8, tại Thành phố Đà Nẵng, đoàn công tác của tỉnh Kon Tum do Chủ tịch UBND tỉnh làm trưởng đoàn "
        "đã làm việc với Tổng Lãnh sự Lào tại Thành phố Đà Nẵng. Hai bên bàn về hội chợ tổ chức tại tỉnh Kon Tum."
    )
    assert extract_text(text)["province"] == "Kon Tum"
    # a delegation visiting the writer stays a guest
    text = (
        "Tiếp đoàn công tác tỉnh bạn\n"
        "Sáng 3/6, lãnh đạo tỉnh Lai Châu tiếp đoàn công tác tỉnh Sơn La đến trao đổi kinh nghiệm. "
        "Lãnh đạo tỉnh Lai Châu cảm ơn đoàn công tác tỉnh Sơn La."
    )
    assert extract_text(text)["province"] == "Lai Châu"


def test_what_a_title_s_subject_is_compared_with_is_no_subject():
    text = "Vượt TP Hồ Chí Minh, Long An dẫn đầu"
    assert is_compared(text, text.index("TP Hồ"))
    assert not is_compared(text, text.index("Long An"))
    text = (
        "Bất ngờ vượt Hải Phòng, Long An dẫn đầu cả nước về xuất khẩu tháng 3\n"
        "Với 2,1 tỷ USD, Long An vượt Hải Phòng để dẫn đầu cả nước. Hải Phòng đứng thứ hai với 1,9 tỷ USD; "
        "Hải Phòng vẫn dẫn đầu quý I với 5,2 tỷ USD."
    )
    assert extract_text(text)["province"] == "Long An"

"""The speed rewrites keep what the rules meant (made-up sentences): letter-led patterns still match
only at a word's start, the once-per-line national scan still sees a nation named at a window's end,
name joiners and topic words read as before."""
from ngoaivu.ingest.pipeline.attributes import find_attributes
from ngoaivu.ingest.pipeline.indicators import names_fdi
from ngoaivu.ingest.pipeline.normalize import fold_case
from ngoaivu.ingest.pipeline.phrases import Tokens
from ngoaivu.ingest.pipeline.scope import Scope, is_part


def _scope(text: str) -> tuple[Scope, str]:
    folded = fold_case(text)
    return Scope(text, folded, Tokens(text, folded), "Hà Nội"), folded


def test_the_nation_stays_the_subject_until_the_province_is_named():
    text = "Cả nước thu hút 30 tỷ USD vốn FDI. Vốn thực hiện đạt 12 tỷ USD. Tỉnh thu hút 80 triệu USD."
    scope, _ = _scope(text)
    assert scope.still_national(0, text.index("12 tỷ"))
    assert not scope.still_national(0, text.index("80 triệu"))


def test_a_paragraph_naming_no_nation_is_read_once_and_never_national():
    text = "Tỉnh thu hút 30 dự án.\nNăm nay, tỉnh đón 12 đoàn khách nước ngoài và ký 3 thỏa thuận."
    scope, _ = _scope(text)
    start = text.index("Năm nay")
    assert not scope.still_national(start, text.index("12 đoàn"))
    assert not scope.still_national(start, text.index("3 thỏa"))
    assert not scope.elsewhere(start, text.index("12 đoàn"))


def test_a_nation_named_right_at_the_window_end_is_still_seen():
    # "Việt Nam" ends the window: its closing "(?!\w)" holds there, not before the digits glued to it
    text = "Kim ngạch xuất khẩu của Việt Nam15 tỷ USD"
    scope, folded = _scope(text)
    pos = text.index("15")
    assert scope.elsewhere(0, pos)
    assert scope.still_national(0, pos)


def test_letter_led_parts_match_only_at_a_word_start():
    assert is_part("các kcn của tỉnh", "")
    assert is_part("", "dự án của công ty may")
    assert not is_part("mã xkcn", "")


def test_name_joiners_are_one_to_four_spaces_hyphens_dots_or_apostrophes():
    tokens = Tokens("Thừa Thiên- Huế, TP. Vinh")
    assert [tokens.joined(i) for i in range(len(tokens) - 1)] == [True, True, False, True]
    assert not Tokens("Hà     Nội").joined(0)  # five spaces: two names


def test_topic_words_name_their_topic():
    assert names_fdi("thu hút vốn FDI".lower())
    assert names_fdi("các dự án nước ngoài")
    assert not names_fdi("nguồn viện trợ phi chính phủ nước ngoài")
    assert not names_fdi("lao động ra nước ngoài")


def test_each_verb_of_a_plan_share_is_read():
    text = fold_case("Xuất khẩu đạt 95% kế hoạch, nhập khẩu bằng 80% kế hoạch, thu hút FDI hoàn thành 120% kế hoạch.")
    assert [(a.name, a.value) for a in find_attributes(text, 0, len(text))] == [
        ("plan_pct", 95.0), ("plan_pct", 80.0), ("plan_pct", 120.0)]

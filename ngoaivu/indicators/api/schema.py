"""What /api/figures/ and /api/national/ answer, for the OpenAPI schema: read-only
serializers mirroring serializers.figure_data and comparison_data (the views build plain
dicts; these describe them field by field)."""
from rest_framework import serializers


def _decimal(help_text: str = ""):
    return serializers.DecimalField(max_digits=24, decimal_places=4, allow_null=True, help_text=help_text)


class FigurePeriodSchema(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField()
    label = serializers.CharField(help_text="Tên kỳ, ví dụ “năm 2023”, “6 tháng đầu năm 2024”.")


class FigurePartPeriodSchema(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField()


class FigureAmountSchema(serializers.Serializer):
    currency = serializers.CharField(help_text="Mã tiền tệ; rỗng với số đếm.")
    value = _decimal()


class FigureCandidateSchema(serializers.Serializer):
    amounts = FigureAmountSchema(many=True)
    source = serializers.CharField(help_text="Nguồn: computed, entered, imported, extracted, hoặc live (tính "
                                             "ngay từ hồ sơ).")
    observation = serializers.IntegerField(allow_null=True, help_text="Số liệu đã lưu được dùng, nếu có.")
    counts = serializers.BooleanField(help_text="Số liệu này được chọn làm số dùng cho kỳ.")
    is_estimate = serializers.BooleanField(help_text="Số ước tính (“ước đạt”).")


class FigureRateSchema(serializers.Serializer):
    currency = serializers.CharField()
    rate_to_vnd = _decimal()
    valid_on = serializers.DateField()
    source = serializers.CharField()


class FigureConversionSchema(serializers.Serializer):
    from_amount = _decimal()
    from_currency = serializers.CharField()
    amount = _decimal()
    currency = serializers.CharField()
    note = serializers.CharField(help_text="Cách quy đổi, nêu tỷ giá và ngày áp dụng.")
    rates = FigureRateSchema(many=True)


class FigurePartSchema(serializers.Serializer):
    unit = serializers.CharField(help_text="Mã đơn vị hành chính, ví dụ vn63-42.")
    unit_name = serializers.CharField()
    period = FigurePartPeriodSchema()
    value = _decimal()
    method = serializers.CharField(help_text="exact (số của đúng kỳ), computed (tính từ hồ sơ), tiled "
                                             "(cộng các kỳ con) hoặc outside (hồ sơ của đơn vị có ngày ngoài thời "
                                             "gian tồn tại của đơn vị, tính cho địa bàn của nó).")
    used = FigureCandidateSchema(many=True)
    alternatives = FigureCandidateSchema(many=True, help_text="Các số cho cùng kỳ, số được dùng đứng đầu.")


class FigureSchema(serializers.Serializer):
    indicator = serializers.CharField(help_text="Mã chỉ tiêu.")
    period = FigurePeriodSchema()
    value = _decimal("Giá trị; null khi chưa có số liệu.")
    unit = serializers.CharField(help_text="Đơn vị tính của chỉ tiêu.")
    currency = serializers.CharField()
    display = serializers.CharField(help_text="Giá trị viết như trong báo cáo, ví dụ “2,4 tỷ USD”.")
    is_estimate = serializers.BooleanField()
    as_of = serializers.DateField(allow_null=True, help_text="Ngày của số liệu (chỉ tiêu thời điểm).")
    parts = FigurePartSchema(many=True, help_text="Các phần cộng nên giá trị, theo đơn vị và kỳ.")
    conversions = FigureConversionSchema(many=True)
    missing_units = serializers.ListField(child=serializers.CharField(), help_text="Đơn vị chưa có số liệu cho kỳ.")
    notes = serializers.ListField(child=serializers.CharField())
    uncounted = FigurePartSchema(many=True, help_text="Hồ sơ của địa bàn ghi dưới đơn vị khác (đơn vị mới sau "
                                                      "sáp nhập), nêu ra nhưng không cộng vào giá trị.")


class ComparisonSchema(FigureSchema):
    change_pct = _decimal("Tăng, giảm (%) so với cùng kỳ năm trước.")
    same_period_last_year = FigureSchema()


class NationalRowSchema(ComparisonSchema):
    rank = serializers.IntegerField(allow_null=True, help_text="Thứ hạng, cao nhất là 1; null khi chưa có số.")
    province = serializers.CharField(help_text="Mã đơn vị, ví dụ vn34-42.")
    province_name = serializers.CharField()


class NationalSchema(serializers.Serializer):
    indicator = serializers.CharField(help_text="Mã chỉ tiêu.")
    historic = serializers.BooleanField(help_text="Theo 63 đơn vị trước 1/7/2025.")
    results = NationalRowSchema(many=True)


class FigurePlanShareSchema(serializers.Serializer):
    target = serializers.IntegerField()
    plan = serializers.IntegerField()
    plan_name = serializers.CharField()
    wording = serializers.CharField(help_text="Chỉ tiêu như văn bản kế hoạch ghi.")
    scope = serializers.CharField(help_text="year (kế hoạch năm) hoặc term (kế hoạch giai đoạn).")
    value = _decimal("Mức kế hoạch, theo đơn vị của số liệu.")
    value_max = _decimal()
    pct = _decimal("Đạt bao nhiêu % kế hoạch.")
    pct_max = _decimal()
    conversion = FigureConversionSchema(allow_null=True)


class FiguresSchema(ComparisonSchema):
    province = serializers.CharField(help_text="Mã đơn vị, ví dụ vn34-42.")
    province_name = serializers.CharField()
    plan = FigurePlanShareSchema(allow_null=True, help_text="So với kế hoạch; null khi không có chỉ tiêu kế hoạch.")

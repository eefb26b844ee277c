from functools import partial

from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from ngoaivu.core.pagination import COUNT_CAP, CappedPaginator


class StandardPagination(PageNumberPagination):
    """DRF's page-number pagination with the pages' capped count (ADR 0017): `count` is exact
    while `count_exact` is true; otherwise there are more than `count` rows. `next` is always
    right, so a client that follows it reads every row."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
    django_paginator_class = CappedPaginator
    # Set by the view for a request whose page and count statements may be kept
    # (RecordViewSet.kept_list_key): everything their SQL depends on but the slice and database.
    kept_key = None

    def paginate_queryset(self, queryset, request, view=None):
        if self.kept_key is not None:
            self.django_paginator_class = partial(CappedPaginator, kept_key=(*self.kept_key, queryset.db))
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        paginator = self.page.paginator
        return Response({
            "count": paginator.count,
            "count_exact": paginator.count_exact,
            "next": self.get_next_link(),
            "previous": self.get_previous_link(),
            "results": data,
        })

    def get_paginated_response_schema(self, schema):
        described = super().get_paginated_response_schema(schema)
        properties = described["properties"]
        cap = f"{COUNT_CAP:,}".replace(",", ".")
        properties["count"]["description"] = (
            f"Số bản ghi khớp điều kiện khi `count_exact` là true. Đếm dừng ở {cap} bản ghi "
            "(hoặc ở cuối trang được yêu cầu nếu trang đó sâu hơn): khi đó `count_exact` là false "
            "và có nhiều hơn `count` bản ghi.")
        described["properties"] = {
            "count": properties["count"],
            "count_exact": {"type": "boolean", "example": True,
                            "description": "`count` là tổng chính xác (true) hay chỉ là cận dưới (false)."},
            **{key: value for key, value in properties.items() if key != "count"},
        }
        described["required"] = [*described.get("required", []), "count_exact"]
        return described

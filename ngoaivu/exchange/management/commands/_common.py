"""What the exchange commands share: finding the record type, the province and the acting user."""
from django.core.management.base import CommandError

from ngoaivu.exchange.specs import exchange_specs


def find_spec(name: str):
    """`partners.partner`, `partners-partner` or `partner`."""
    wanted = name.strip().lower()
    for spec in exchange_specs():
        if wanted in (spec.key, spec.slug, spec.model._meta.model_name):
            return spec
    names = ", ".join(spec.key for spec in exchange_specs())
    raise CommandError(f"Không có loại hồ sơ “{name}”. Các loại: {names}.")


def find_province(name: str):
    from ngoaivu.geo.selectors import province_find

    unit = province_find(name)
    if unit is None:
        raise CommandError(f"Không tìm thấy tỉnh, thành phố “{name}”.")
    return unit


def find_user(username: str):
    from ngoaivu.accounts.models import User

    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise CommandError(f"Không có người dùng “{username}” đang hoạt động.")
    return user

"""Demo data: the five seed provinces, one user per role each, and each app's records.

Each domain app may have a `demo.py` with `load(context: DemoContext)`; loaddemo calls
them in DOMAIN_APPS order, so an app can use what an earlier one created. Records are
written through the services, as a specialist of the province, so they are audited.
It lives with the users it makes (core, below accounts, cannot import them).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from ngoaivu.core.roles import Role

DEMO_PASSWORD = "ngoaivu-demo"

# slug → (name of today's unit, name of the unit the seed texts report on)
SEED_PROVINCES = {
    "hue": ("Huế", "Thừa Thiên Huế"),
    "tuyenquang": ("Tuyên Quang", "Hà Giang"),
    "thanhhoa": ("Thanh Hóa", "Thanh Hóa"),
    "hatinh": ("Hà Tĩnh", "Hà Tĩnh"),
    "thainguyen": ("Thái Nguyên", "Thái Nguyên"),
}
ROLE_SLUGS = {
    Role.VIEWER: "xem",
    Role.CONTRIBUTOR: "congtac",
    Role.SPECIALIST: "chuyenvien",
    Role.APPROVER: "pheduyet",
    Role.ADMIN: "quantri",
}
NATIONAL_USERNAME = "bo.xem"
NATIONAL_ADMIN_USERNAME = "bo.quantri"


@dataclass
class DemoContext:
    provinces: dict = field(default_factory=dict)   # slug → Province of today
    historic: dict = field(default_factory=dict)    # slug → Province unit of the seed's time
    users: dict = field(default_factory=dict)       # (slug, role) → User
    national: object = None
    national_admin: object = None

    def specialist(self, slug: str):
        return self.users[(slug, Role.SPECIALIST)]

    def approver(self, slug: str):
        return self.users[(slug, Role.APPROVER)]


def _province(scheme: str, name: str):
    from ngoaivu.geo.models import Province

    return Province.objects.get(scheme=scheme, name=name) if scheme == "vn63" else \
        Province.objects.get(valid_to__isnull=True, name=name)


def build_context() -> DemoContext:
    from ngoaivu.accounts.models import ProvinceSettings, User

    context = DemoContext()
    for slug, (today_name, seed_name) in SEED_PROVINCES.items():
        province = _province("vn34", today_name)
        context.provinces[slug] = province
        context.historic[slug] = _province("vn63", seed_name)
        ProvinceSettings.objects.get_or_create(province=province)
        for role, role_slug in ROLE_SLUGS.items():
            user, created = User.objects.get_or_create(
                username=f"{slug}.{role_slug}",
                defaults={"province": province, "role": role, "first_name": str(role.label),
                          "last_name": province.name},
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            context.users[(slug, role)] = user
    national, created = User.objects.get_or_create(
        username=NATIONAL_USERNAME, defaults={"province": None, "role": Role.VIEWER, "first_name": "Bộ Ngoại giao"}
    )
    if created:
        national.set_password(DEMO_PASSWORD)
        national.save()
    context.national = national
    admin, created = User.objects.get_or_create(
        username=NATIONAL_ADMIN_USERNAME,
        defaults={"province": None, "role": Role.ADMIN, "first_name": "Vụ Địa phương", "last_name": "Bộ Ngoại giao"},
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save()
    context.national_admin = admin
    return context


def demo_loaded() -> bool:
    from ngoaivu.accounts.models import User

    return User.objects.filter(username=NATIONAL_USERNAME).exists()


@transaction.atomic
def load_demo() -> DemoContext:
    from importlib import import_module
    from importlib.util import find_spec

    context = build_context()
    for app in settings.DOMAIN_APPS:
        if find_spec(f"{app}.demo") is not None:
            import_module(f"{app}.demo").load(context)
    return context


def demo_logins() -> list[tuple[str, str]]:
    rows = [(f"{slug}.{role_slug}", f"{Role(role).label} — {names[0]}")
            for slug, names in SEED_PROVINCES.items() for role, role_slug in ROLE_SLUGS.items()]
    rows.append((NATIONAL_USERNAME, "Người xem cấp Trung ương (Bộ Ngoại giao)"))
    rows.append((NATIONAL_ADMIN_USERNAME, "Quản trị cấp Trung ương: mở đợt báo cáo, trả lại báo cáo (Bộ Ngoại giao)"))
    return rows

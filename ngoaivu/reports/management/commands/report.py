"""`ngoaivu report`: write a province's report, or the national compilation, to a file."""
from argparse import ArgumentTypeError
from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from ngoaivu.accounts.models import User
from ngoaivu.geo.selectors import province_find
from ngoaivu.indicators.periods import Period
from ngoaivu.reports.builder.collect import collect_snapshot, ensure_has_data
from ngoaivu.reports.builder.compose import Particulars, compose
from ngoaivu.reports.builder.national import collect_national
from ngoaivu.reports.builder.national_compose import compose_national
from ngoaivu.reports.exports import FORMATS, PDF_ERRORS, export_file
from ngoaivu.reports.signing import signing_defaults


def system_user() -> User:
    """The command acts as the system: it reads every province and writes nothing."""
    return User(username="ngoaivu-cli", is_superuser=True)


class Command(BaseCommand):
    help = ("Viết báo cáo công tác đối ngoại của một tỉnh, thành phố (hoặc báo cáo tổng hợp toàn quốc với "
            "--national) ra tệp .docx, .xlsx hoặc .pdf, từ cơ sở dữ liệu đã cấu hình.")

    def add_arguments(self, parser):
        parser.add_argument("--province", help="Tên tỉnh, thành phố, ví dụ \"Hà Tĩnh\", \"Thừa Thiên Huế\".")
        parser.add_argument("--national", action="store_true", help="Báo cáo tổng hợp toàn quốc.")
        units = parser.add_mutually_exclusive_group()
        units.add_argument("--historic", action="store_const", const=True, default=None,
                           help="Với --national: theo 63 tỉnh, thành phố trước ngày 01/7/2025 (mặc định: các đơn vị "
                                "hành chính của kỳ báo cáo).")
        units.add_argument("--roll-up", dest="historic", action="store_const", const=False,
                           help="Với --national: theo 34 tỉnh, thành phố hiện nay, cộng số liệu của các đơn vị cũ.")
        parser.add_argument("--from", dest="start", required=True, type=_date, help="Ngày đầu kỳ, YYYY-MM-DD.")
        parser.add_argument("--to", dest="end", required=True, type=_date, help="Ngày cuối kỳ, YYYY-MM-DD.")
        parser.add_argument("--output", required=True, type=Path, help="Tệp kết quả: .docx, .xlsx hoặc .pdf.")

    def handle(self, *args, province, national, historic, start, end, output, **options):
        fmt = output.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            raise CommandError(f"Định dạng “{output.suffix}” không được hỗ trợ; dùng .docx, .xlsx hoặc .pdf.")
        if national == bool(province):
            raise CommandError("Cần đúng một trong hai: --province TÊN hoặc --national.")
        if end < start:
            raise CommandError("Ngày cuối kỳ (--to) phải sau ngày đầu kỳ (--from).")
        period, user = Period(start, end), system_user()
        if national:
            document = compose_national(collect_national(user=user, period=period, historic=historic))
        else:
            unit = province_find(province)
            if unit is None:
                raise CommandError(f"Không tìm thấy tỉnh, thành phố “{province}”.")
            snapshot = collect_snapshot(user=user, unit=unit, period=period)
            try:
                ensure_has_data(snapshot)
            except ValidationError as error:
                raise CommandError(f"{unit.name}, {period.label}: {' '.join(error.messages)}") from error
            # Signed as a new draft of the province would be (its settings: signer, symbol).
            defaults = signing_defaults(unit)
            document = compose(snapshot, Particulars(
                symbol=defaults["symbol"], signer_authority=defaults["signer_authority"],
                signer_title=defaults["signer_title"], signer_name=defaults["signer_name"],
                issued_on=defaults["issued_on"]))
        try:
            content, _ = export_file(document, fmt)
        except PDF_ERRORS as error:
            raise CommandError(str(error)) from error
        output.write_bytes(content)
        self.stdout.write(self.style.SUCCESS(f"Đã ghi {output}: {document.title}."))


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ArgumentTypeError(f"ngày “{text}” không đúng dạng YYYY-MM-DD") from None

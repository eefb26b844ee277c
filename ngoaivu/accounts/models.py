from django.contrib.auth.models import AbstractUser
from django.contrib.sessions.base_session import AbstractBaseSession
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.roles import Role


class User(AbstractUser):
    """A person using ngoaivu: of one province (of today) or, with no province, national."""

    province = models.ForeignKey(
        "geo.Province",
        verbose_name=_("tỉnh, thành phố"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
        help_text=_("Để trống cho người dùng cấp Trung ương (Bộ Ngoại giao)."),
    )
    role = models.CharField(_("vai trò"), max_length=20, choices=Role.choices, default=Role.VIEWER)
    # Empty: Vietnamese, the site's language. Set by the language switch (ngoaivu.ui.middleware).
    language = models.CharField(_("ngôn ngữ giao diện"), max_length=8, blank=True,
                                choices=[("vi", "Tiếng Việt"), ("en", "English")])

    # The change log never keeps a password hash (ngoaivu.accounts.users marks a new password).
    audit_exclude_fields = ("password", "last_login")

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")

    @property
    def is_national(self) -> bool:
        return self.province_id is None

    def __str__(self):
        return self.get_full_name() or self.username


class ProvinceSettings(models.Model):
    """What differs between provinces: the body that does the work, local deadlines, how texts are reviewed."""

    province = models.OneToOneField(
        "geo.Province", verbose_name=_("tỉnh, thành phố"), on_delete=models.CASCADE, related_name="settings"
    )
    responsible_body = models.CharField(
        _("cơ quan ngoại vụ cấp tỉnh"),
        max_length=200,
        default="Sở Ngoại vụ",
        help_text=_("Sở Ngoại vụ, hoặc Văn phòng UBND tỉnh nơi không còn Sở Ngoại vụ (NĐ 45/2025)."),
    )
    responsible_body_abbreviation = models.CharField(_("viết tắt"), max_length=30, default="SNgV")
    delegation_report_days = models.PositiveSmallIntegerField(
        _("hạn báo cáo kết quả đoàn ra (ngày sau khi về)"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
    )
    # Who signs the province's foreign-affairs reports by default; each report can override.
    report_signer_authority = models.CharField(
        _("thẩm quyền ký báo cáo"), max_length=60, blank=True, help_text=_("Ví dụ: KT. GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN.")
    )
    report_signer_title = models.CharField(_("chức vụ người ký báo cáo"), max_length=100, blank=True)
    report_signer_name = models.CharField(_("họ tên người ký báo cáo"), max_length=100, blank=True)
    report_number_suffix = models.CharField(
        _("ký hiệu số báo cáo"), max_length=40, blank=True, help_text=_("Phần sau số, ví dụ: BC-SNgV.")
    )
    iati_organisation_identifier = models.CharField(
        _("mã tổ chức IATI"),
        max_length=60,
        blank=True,
        help_text=_("Mã định danh tổ chức theo chuẩn IATI của cơ quan báo cáo viện trợ, ví dụ VN-… ."),
    )
    # The default of "accept all" on the review of a text read (ngoaivu.ingest): the page's main
    # button, the API's `skip_doubtful` when the request leaves it out.
    accept_all_skips_doubtful = models.BooleanField(
        _("khi chấp nhận tất cả, bỏ qua số liệu cần kiểm tra"),
        default=False,
        help_text=_("Số liệu trích từ văn bản có độ tin cậy dưới 0,9 được để lại chờ duyệt từng số liệu; "
                    "vẫn có thể chọn chấp nhận tất cả, kể cả các số liệu đó."),
    )

    class Meta:
        verbose_name = _("cấu hình tỉnh")
        verbose_name_plural = _("cấu hình tỉnh")

    def __str__(self):
        return f"{self.province} — {self.responsible_body}"


class ApiToken(models.Model):
    """A key for the API, made by its owner, valid until it expires or is revoked.

    Only a hash of the key is stored: the key is shown once, when made. The owner sees
    their keys (name, first characters, expiry, last use) and revokes them on their page.
    """

    user = models.ForeignKey(User, verbose_name=_("người dùng"), on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("tên khóa"), max_length=100, blank=True)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("bắt đầu bằng"), max_length=8, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    expires_at = models.DateTimeField(_("hết hạn"))
    last_used_at = models.DateTimeField(_("dùng lần cuối"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("khóa API")
        verbose_name_plural = _("khóa API")
        ordering = ("-created_at", "-pk")
        indexes = [models.Index(fields=["user", "revoked_at", "expires_at"])]

    def __str__(self):
        return f"{self.name or self.prefix} ({self.user})"


class Session(AbstractBaseSession):
    """A browser's session, naming its signed-in user so that the session and the user are read
    in one statement (ngoaivu.accounts.sessions). The user column is written from the session's
    data on every save; no foreign-key constraint, so a session naming a user deleted meanwhile
    still saves (it then finds no user); deleting a user deletes their sessions."""

    user = models.ForeignKey(User, verbose_name=_("người dùng"), null=True, blank=True, on_delete=models.CASCADE,
                             db_constraint=False, related_name="+")

    @classmethod
    def get_session_store_class(cls):
        from ngoaivu.accounts.sessions import SessionStore

        return SessionStore

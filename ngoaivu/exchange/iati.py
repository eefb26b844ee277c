"""The IATI file of a province: its ODA projects and NGO aid, as the user may see them."""
from __future__ import annotations

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from ngoaivu.aid.iati import IatiFile, activities_file
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.core.scoping import restrict


def reporting_org_name(province) -> str:
    """The reporter is the province's people's committee: "Ủy ban nhân dân Tỉnh Hà Tĩnh"."""
    return _("Ủy ban nhân dân %(unit)s") % {"unit": province.full_name}


def iati_activities(user):
    transactions = {
        OdaProject: Prefetch("transactions", OdaTransaction.objects.order_by("transaction_date", "pk")),
        NgoAid: Prefetch("transactions", NgoAidTransaction.objects.order_by("transaction_date", "pk")),
    }
    for model, funder in ((OdaProject, "donor"), (NgoAid, "ngo")):
        queryset = model.objects.select_related(funder, "province").prefetch_related(transactions[model])
        yield from restrict(queryset, user).order_by("iati_identifier")


def iati_file(user, province) -> IatiFile:
    """The file reported by `province` (the user's, or one a national user picks)."""
    return activities_file(iati_activities(user), province=province, org_name=reporting_org_name(province))

from django.urls import path

from ngoaivu.partners import views
from ngoaivu.ui.urls_helpers import record_urls

app_name = "partners"
url_prefix = "doi-tac"
urlpatterns = [
    *record_urls(
        "partner", "",
        list_view=views.PartnerListView, detail_view=views.PartnerDetailView, create_view=views.PartnerCreateView,
        update_view=views.PartnerUpdateView, delete_view=views.PartnerDeleteView,
        history_view=views.PartnerHistoryView,
    ),
    path("<int:pk>/gop/", views.PartnerMergeView.as_view(), name="partner_merge"),
]

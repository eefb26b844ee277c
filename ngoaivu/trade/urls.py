from django.urls import path

from ngoaivu.trade import views
from ngoaivu.ui.urls_helpers import record_urls

app_name = "trade"
url_prefix = "thuong-mai"
urlpatterns = [
    *record_urls(
        "gate", "cua-khau",
        list_view=views.BorderGateListView, detail_view=views.BorderGateDetailView,
        create_view=views.BorderGateCreateView, update_view=views.BorderGateUpdateView,
        delete_view=views.BorderGateDeleteView, history_view=views.BorderGateHistoryView,
    ),
    path("cua-khau/<int:pk>/trang-thai/", views.BorderGateStatusAddView.as_view(), name="gate_status_add"),
    path("cua-khau/trang-thai/<int:pk>/xoa/", views.BorderGateStatusDeleteView.as_view(), name="gate_status_delete"),
    *record_urls(
        "figure", "kim-ngach",
        list_view=views.TradeFigureListView, detail_view=views.TradeFigureDetailView,
        create_view=views.TradeFigureCreateView, update_view=views.TradeFigureUpdateView,
        delete_view=views.TradeFigureDeleteView, history_view=views.TradeFigureHistoryView,
    ),
]

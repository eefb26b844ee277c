from django.urls import path

from ngoaivu.indicators import views
from ngoaivu.ui.urls_helpers import record_urls

app_name = "indicators"
url_prefix = "so-lieu"
urlpatterns = [
    *record_urls(
        "observation", "",
        list_view=views.ObservationListView, detail_view=views.ObservationDetailView,
        create_view=views.ObservationCreateView, update_view=views.ObservationUpdateView,
        delete_view=views.ObservationDeleteView, history_view=views.ObservationHistoryView,
    ),
    path("<int:pk>/chon/", views.ObservationChooseView.as_view(), name="observation_choose"),
    path("<int:pk>/dung-so-tinh/", views.ObservationUseComputedView.as_view(), name="observation_use_computed"),
    path("chi-tieu/<slug:code>/", views.indicator_page, name="indicator"),
    path("toan-quoc/", views.national_page, name="national"),
    path("ty-gia/", views.exchange_rates, name="exchange_rates"),
]

from django.urls import path

from ngoaivu.indicators import views

urlpatterns = [
    path("<int:pk>/chon/", views.ObservationChooseView.as_view(), name="observation_choose"),
    path("<int:pk>/dung-so-tinh/", views.ObservationUseComputedView.as_view(), name="observation_use_computed"),
    path("chi-tieu/<slug:code>/", views.indicator_page, name="indicator"),
    path("toan-quoc/", views.national_page, name="national"),
    path("ty-gia/", views.exchange_rates, name="exchange_rates"),
]

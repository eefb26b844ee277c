from django.urls import path

from ngoaivu.trade import views

urlpatterns = [
    path("cua-khau/<int:pk>/trang-thai/", views.BorderGateStatusAddView.as_view(), name="gate_status_add"),
    path("cua-khau/trang-thai/<int:pk>/xoa/", views.BorderGateStatusDeleteView.as_view(), name="gate_status_delete"),
]

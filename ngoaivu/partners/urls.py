from django.urls import path

from ngoaivu.partners import views

urlpatterns = [
    path("<int:pk>/gop/", views.PartnerMergeView.as_view(), name="partner_merge"),
]

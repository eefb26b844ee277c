from django.urls import path

from ngoaivu.delegations import views

urlpatterns = [
    path("<int:pk>/thanh-vien/them/", views.MemberCreateView.as_view(), name="delegation_member_add"),
    path("<int:pk>/thanh-vien/<int:member_pk>/sua/", views.MemberUpdateView.as_view(),
         name="delegation_member_edit"),
    path("<int:pk>/thanh-vien/<int:member_pk>/xoa/", views.MemberDeleteView.as_view(),
         name="delegation_member_delete"),
]

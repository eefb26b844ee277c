from django.urls import path

from ngoaivu.core.workflow.views import step_urls
from ngoaivu.delegations import views
from ngoaivu.ui.urls_helpers import record_urls

app_name = "delegations"
url_prefix = "doan-ra-doan-vao"
urlpatterns = record_urls(
    "delegation", "",
    list_view=views.DelegationListView, detail_view=views.DelegationDetailView,
    create_view=views.DelegationCreateView, update_view=views.DelegationUpdateView,
    delete_view=views.DelegationDeleteView, history_view=views.DelegationHistoryView,
) + step_urls("delegation", "", views.DelegationMixin) + [
    path("<int:pk>/thanh-vien/them/", views.MemberCreateView.as_view(), name="delegation_member_add"),
    path("<int:pk>/thanh-vien/<int:member_pk>/sua/", views.MemberUpdateView.as_view(),
         name="delegation_member_edit"),
    path("<int:pk>/thanh-vien/<int:member_pk>/xoa/", views.MemberDeleteView.as_view(),
         name="delegation_member_delete"),
]

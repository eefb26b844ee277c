from django.urls import path

from ngoaivu.plans import views
from ngoaivu.ui.urls_helpers import record_urls

app_name = "plans"
url_prefix = "ke-hoach"
urlpatterns = [
    *record_urls(
        "plan", "",
        list_view=views.PlanListView, detail_view=views.PlanDetailView, create_view=views.PlanCreateView,
        update_view=views.PlanUpdateView, delete_view=views.PlanDeleteView, history_view=views.PlanHistoryView,
    ),
    *record_urls(
        "target", "muc-tieu",
        list_view=views.TargetListView, detail_view=views.TargetDetailView, create_view=views.TargetCreateView,
        update_view=views.TargetUpdateView, delete_view=views.TargetDeleteView,
        history_view=views.TargetHistoryView,
    ),
    path("bang-so-lieu/", views.dashboard_page, name="dashboard"),
]

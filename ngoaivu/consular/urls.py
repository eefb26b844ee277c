from ngoaivu.consular import views
from ngoaivu.core.workflow.views import step_urls
from ngoaivu.ui.urls_helpers import record_urls

app_name = "consular"
url_prefix = "lanh-su"
urlpatterns = [
    *record_urls(
        "case", "bao-ho-cong-dan",
        list_view=views.CitizenCaseListView, detail_view=views.CitizenCaseDetailView,
        create_view=views.CitizenCaseCreateView, update_view=views.CitizenCaseUpdateView,
        delete_view=views.CitizenCaseDeleteView, history_view=views.CitizenCaseHistoryView,
    ),
    *step_urls("case", "bao-ho-cong-dan", views.CitizenCaseMixin),
    *record_urls(
        "overseas", "kieu-bao",
        list_view=views.OverseasActivityListView, detail_view=views.OverseasActivityDetailView,
        create_view=views.OverseasActivityCreateView, update_view=views.OverseasActivityUpdateView,
        delete_view=views.OverseasActivityDeleteView, history_view=views.OverseasActivityHistoryView,
    ),
    *record_urls(
        "labour", "lao-dong-ngoai-nuoc",
        list_view=views.LabourDeploymentListView, detail_view=views.LabourDeploymentDetailView,
        create_view=views.LabourDeploymentCreateView, update_view=views.LabourDeploymentUpdateView,
        delete_view=views.LabourDeploymentDeleteView, history_view=views.LabourDeploymentHistoryView,
    ),
]

from ngoaivu.aid import views
from ngoaivu.core.workflow.views import step_urls
from ngoaivu.ui.urls_helpers import record_urls

app_name = "aid"
url_prefix = "vien-tro"
urlpatterns = [
    *record_urls(
        "oda", "du-an-oda",
        list_view=views.OdaProjectListView, detail_view=views.OdaProjectDetailView,
        create_view=views.OdaProjectCreateView, update_view=views.OdaProjectUpdateView,
        delete_view=views.OdaProjectDeleteView, history_view=views.OdaProjectHistoryView,
    ),
    *record_urls(
        "odatransaction", "giao-dich-oda",
        list_view=views.OdaTransactionListView, detail_view=views.OdaTransactionDetailView,
        create_view=views.OdaTransactionCreateView, update_view=views.OdaTransactionUpdateView,
        delete_view=views.OdaTransactionDeleteView, history_view=views.OdaTransactionHistoryView,
    ),
    *record_urls(
        "ngoaid", "pcpnn",
        list_view=views.NgoAidListView, detail_view=views.NgoAidDetailView,
        create_view=views.NgoAidCreateView, update_view=views.NgoAidUpdateView,
        delete_view=views.NgoAidDeleteView, history_view=views.NgoAidHistoryView,
    ),
    *step_urls("ngoaid", "pcpnn", views.NgoAidMixin),
    *record_urls(
        "ngotransaction", "giao-dich-pcpnn",
        list_view=views.NgoAidTransactionListView, detail_view=views.NgoAidTransactionDetailView,
        create_view=views.NgoAidTransactionCreateView, update_view=views.NgoAidTransactionUpdateView,
        delete_view=views.NgoAidTransactionDeleteView, history_view=views.NgoAidTransactionHistoryView,
    ),
]

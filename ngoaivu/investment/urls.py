from ngoaivu.investment import views
from ngoaivu.ui.urls_helpers import record_urls

app_name = "investment"
url_prefix = "dau-tu"
urlpatterns = [
    *record_urls(
        "project", "du-an-fdi",
        list_view=views.FdiProjectListView, detail_view=views.FdiProjectDetailView,
        create_view=views.FdiProjectCreateView, update_view=views.FdiProjectUpdateView,
        delete_view=views.FdiProjectDeleteView, history_view=views.FdiProjectHistoryView,
    ),
    *record_urls(
        "adjustment", "dieu-chinh-von",
        list_view=views.FdiCapitalAdjustmentListView, detail_view=views.FdiCapitalAdjustmentDetailView,
        create_view=views.FdiCapitalAdjustmentCreateView, update_view=views.FdiCapitalAdjustmentUpdateView,
        delete_view=views.FdiCapitalAdjustmentDeleteView, history_view=views.FdiCapitalAdjustmentHistoryView,
    ),
    *record_urls(
        "implementation", "von-thuc-hien",
        list_view=views.FdiImplementationListView, detail_view=views.FdiImplementationDetailView,
        create_view=views.FdiImplementationCreateView, update_view=views.FdiImplementationUpdateView,
        delete_view=views.FdiImplementationDeleteView, history_view=views.FdiImplementationHistoryView,
    ),
    *record_urls(
        "promotion", "xuc-tien",
        list_view=views.PromotionEventListView, detail_view=views.PromotionEventDetailView,
        create_view=views.PromotionEventCreateView, update_view=views.PromotionEventUpdateView,
        delete_view=views.PromotionEventDeleteView, history_view=views.PromotionEventHistoryView,
    ),
]

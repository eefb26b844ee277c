from ngoaivu.culture import views
from ngoaivu.ui.urls_helpers import record_urls

app_name = "culture"
url_prefix = "van-hoa-doi-ngoai"
urlpatterns = record_urls(
    "event", "",
    list_view=views.CulturalEventListView, detail_view=views.CulturalEventDetailView,
    create_view=views.CulturalEventCreateView, update_view=views.CulturalEventUpdateView,
    delete_view=views.CulturalEventDeleteView, history_view=views.CulturalEventHistoryView,
)

from ngoaivu.conferences import views
from ngoaivu.core.workflow.views import step_urls
from ngoaivu.ui.urls_helpers import record_urls

app_name = "conferences"
url_prefix = "hoi-nghi-hoi-thao"
urlpatterns = record_urls(
    "conference", "",
    list_view=views.ConferenceListView, detail_view=views.ConferenceDetailView,
    create_view=views.ConferenceCreateView, update_view=views.ConferenceUpdateView,
    delete_view=views.ConferenceDeleteView, history_view=views.ConferenceHistoryView,
) + step_urls("conference", "", views.ConferenceMixin)

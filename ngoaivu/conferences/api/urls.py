from rest_framework.routers import DefaultRouter

from ngoaivu.conferences.api.views import ConferenceViewSet

router = DefaultRouter()
router.register("conferences", ConferenceViewSet, basename="conference")
urlpatterns = router.urls

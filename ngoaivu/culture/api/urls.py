from rest_framework.routers import DefaultRouter

from ngoaivu.culture.api.views import CulturalEventViewSet

router = DefaultRouter()
router.register("cultural-events", CulturalEventViewSet, basename="cultural-event")
urlpatterns = router.urls

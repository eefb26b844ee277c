from rest_framework.routers import DefaultRouter

from ngoaivu.ingest.api.views import DocumentViewSet, FactViewSet, RunViewSet

router = DefaultRouter()
router.register("documents", DocumentViewSet, basename="document")
router.register("facts", FactViewSet, basename="fact")
router.register("runs", RunViewSet, basename="run")
urlpatterns = router.urls

from rest_framework.routers import DefaultRouter

from ngoaivu.trade.api.views import BorderGateStatusChangeViewSet

# Gates and figures are routed from their declarations (ngoaivu.api.records).
router = DefaultRouter()
router.include_root_view = False
router.register("border-gate-status-changes", BorderGateStatusChangeViewSet, basename="border-gate-status-change")
urlpatterns = router.urls

from rest_framework.routers import DefaultRouter

from ngoaivu.trade.api.views import BorderGateStatusChangeViewSet, BorderGateViewSet, TradeFigureViewSet

router = DefaultRouter()
router.register("border-gates", BorderGateViewSet, basename="border-gate")
router.register("border-gate-status-changes", BorderGateStatusChangeViewSet, basename="border-gate-status-change")
router.register("trade-figures", TradeFigureViewSet, basename="trade-figure")
urlpatterns = router.urls

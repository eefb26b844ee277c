from rest_framework.routers import DefaultRouter

from ngoaivu.investment.api import views

router = DefaultRouter()
router.register("fdi-projects", views.FdiProjectViewSet, basename="fdi-project")
router.register("fdi-capital-adjustments", views.FdiCapitalAdjustmentViewSet, basename="fdi-capital-adjustment")
router.register("fdi-implementations", views.FdiImplementationViewSet, basename="fdi-implementation")
router.register("promotion-events", views.PromotionEventViewSet, basename="promotion-event")
urlpatterns = router.urls

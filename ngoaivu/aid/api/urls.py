from rest_framework.routers import DefaultRouter

from ngoaivu.aid.api import views

router = DefaultRouter()
router.register("oda-projects", views.OdaProjectViewSet, basename="oda-project")
router.register("oda-transactions", views.OdaTransactionViewSet, basename="oda-transaction")
router.register("ngo-aid", views.NgoAidViewSet, basename="ngo-aid")
router.register("ngo-aid-transactions", views.NgoAidTransactionViewSet, basename="ngo-aid-transaction")
urlpatterns = router.urls

from rest_framework.routers import DefaultRouter

from ngoaivu.partners.api.views import PartnerViewSet

router = DefaultRouter()
router.register("partners", PartnerViewSet, basename="partner")
urlpatterns = router.urls

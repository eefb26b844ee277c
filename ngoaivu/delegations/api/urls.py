from rest_framework.routers import DefaultRouter

from ngoaivu.delegations.api.views import DelegationMemberViewSet, DelegationViewSet

router = DefaultRouter()
router.register("delegations", DelegationViewSet, basename="delegation")
router.register("delegation-members", DelegationMemberViewSet, basename="delegation-member")
urlpatterns = router.urls

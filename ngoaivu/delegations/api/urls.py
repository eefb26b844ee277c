from rest_framework.routers import DefaultRouter

from ngoaivu.delegations.api.views import DelegationMemberViewSet

# The delegations themselves are routed from their declaration (ngoaivu.api.records).
router = DefaultRouter()
router.include_root_view = False
router.register("delegation-members", DelegationMemberViewSet, basename="delegation-member")
urlpatterns = router.urls

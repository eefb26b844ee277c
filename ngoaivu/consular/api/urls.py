from rest_framework.routers import DefaultRouter

from ngoaivu.consular.api.views import CitizenCaseViewSet, LabourDeploymentViewSet, OverseasActivityViewSet

router = DefaultRouter()
router.register("citizen-cases", CitizenCaseViewSet, basename="citizen-case")
router.register("overseas-activities", OverseasActivityViewSet, basename="overseas-activity")
router.register("labour-deployments", LabourDeploymentViewSet, basename="labour-deployment")
urlpatterns = router.urls

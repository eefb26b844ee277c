from rest_framework.routers import DefaultRouter

from ngoaivu.rounds.api.views import ReportingRoundViewSet, SubmissionViewSet

router = DefaultRouter()
router.register("rounds", ReportingRoundViewSet, basename="round")
router.register("submissions", SubmissionViewSet, basename="submission")
urlpatterns = router.urls

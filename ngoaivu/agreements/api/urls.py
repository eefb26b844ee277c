from rest_framework.routers import DefaultRouter

from ngoaivu.agreements.api.views import AgreementDocumentViewSet, AgreementReviewViewSet, AgreementViewSet

router = DefaultRouter()
router.register("agreements", AgreementViewSet, basename="agreement")
router.register("agreement-reviews", AgreementReviewViewSet, basename="agreement-review")
router.register("agreement-documents", AgreementDocumentViewSet, basename="agreement-document")
urlpatterns = router.urls

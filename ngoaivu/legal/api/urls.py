from rest_framework.routers import DefaultRouter

from ngoaivu.legal.api.views import LegalDocumentViewSet

router = DefaultRouter()
router.register("legal-documents", LegalDocumentViewSet, basename="legal-document")
urlpatterns = router.urls

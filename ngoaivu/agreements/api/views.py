from rest_framework.decorators import action

from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.core.uploads import file_response


class AgreementDocumentRoutes(RecordViewSet):
    """The agreement files' own route besides the record's (ngoaivu.api.records)."""

    @action(detail=True, methods=["get"], url_path="file")
    def file(self, request, pk=None):
        return file_response(self.get_object().file)

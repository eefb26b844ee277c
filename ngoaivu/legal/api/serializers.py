from rest_framework import serializers
from rest_framework.reverse import reverse

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.legal.models import LegalDocument


class FileLinkMixin(serializers.Serializer):
    """`file_url` tải tệp qua đường dẫn có kiểm tra tỉnh; `file` là tên tệp đã lưu."""

    # The media URL is never shown: anyone holding it could open the file, whatever their
    # province. Subclasses set `file_route` and `extra_kwargs = {"file": {"use_url": False}}`.

    file_url = serializers.SerializerMethodField()
    file_route = ""

    def get_file_url(self, obj) -> str | None:
        if not obj.file:
            return None
        return reverse(self.file_route, args=[obj.pk], request=self.context.get("request"))


class LegalDocumentSerializer(FileLinkMixin, RecordSerializer):
    file_route = "legal-document-file"

    class Meta(RecordSerializer.Meta):
        model = LegalDocument
        extra_kwargs = {"file": {"use_url": False}}

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.culture.models import CulturalEvent


class CulturalEventSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = CulturalEvent

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.partners.models import Partner


class PartnerSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = Partner

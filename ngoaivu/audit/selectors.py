from django.contrib.contenttypes.models import ContentType

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.scoping import restrict


def change_list_for_object(*, user, instance):
    """The history of one record; empty when the user may not see its province."""
    queryset = ObjectChange.objects.filter(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=True),
        object_id=instance.pk,
    ).select_related("user", "content_type")
    return restrict(queryset, user)


def change_list(*, user):
    return restrict(ObjectChange.objects.select_related("user", "content_type", "province"), user)

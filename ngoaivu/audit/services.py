"""Writes to the change log. Called by ngoaivu.core.services inside their transaction."""
from django.contrib.contenttypes.models import ContentType

from ngoaivu.audit.bulk import insert_many
from ngoaivu.audit.context import current_request_id
from ngoaivu.audit.models import ObjectChange


def change_record(*, actor, action: str, instance, before: dict | None, after: dict | None, channel: str = "") -> ObjectChange:
    change = _change(actor=actor, action=action, instance=instance, before=before, after=after, channel=channel)
    change.save()
    return change


def change_records(*, actor, action: str, changes: list[tuple], channel: str = "") -> None:
    """Many rows of the change log in one INSERT batch (a bulk write: an import):
    `changes` holds (instance, before, after), each logged as change_record would."""
    insert_many(ObjectChange, [_change(actor=actor, action=action, instance=instance, before=before, after=after,
                                       channel=channel) for instance, before, after in changes])


def _change(*, actor, action: str, instance, before, after, channel: str) -> ObjectChange:
    user = actor if getattr(actor, "is_authenticated", False) else None
    return ObjectChange(
        user=user,
        user_name=(user.get_username() if user else "hệ thống"),
        request_id=current_request_id(),
        channel=channel,
        action=action,
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=True),
        object_id=instance.pk,
        object_repr=str(instance)[:255],
        province_id=getattr(instance, "province_id", None),
        before=before,
        after=after,
    )

"""The base viewset of every record type: scoped reads, writes through services."""
from django.db import transaction
from rest_framework import viewsets

from ngoaivu.accounts.roles import Action
from ngoaivu.core import services as record_services
from ngoaivu.core.scoping import restrict

API_CHANNEL = "api"


class RecordViewSet(viewsets.ModelViewSet):
    """Subclasses set `queryset`, `serializer_class`, `filterset_class` and optionally the
    app's services (`create_service(actor=, data=, channel=)`, `update_service(obj, …)`,
    `delete_service(obj, …)`)."""

    create_service = None
    update_service = None
    delete_service = None
    # The role-table action a route needs when it is not add/change/delete (e.g. "approve");
    # declared here so @action(required_action=...) is accepted by DRF.
    required_action = None

    def get_queryset(self):
        return restrict(super().get_queryset(), self.request.user, Action.VIEW)

    def _data(self, serializer) -> dict:
        data = dict(serializer.validated_data)
        if "province" not in data and serializer.instance is None:
            data["province"] = self.request.user.province
        return data

    @transaction.atomic
    def perform_create(self, serializer):
        data = self._data(serializer)
        if self.create_service is not None:
            instance = type(self).create_service(actor=self.request.user, data=data, channel=API_CHANNEL)
        else:
            instance = record_services.record_create(self.queryset.model, actor=self.request.user, data=data,
                                                     channel=API_CHANNEL)
        serializer.instance = instance

    @transaction.atomic
    def perform_update(self, serializer):
        data = self._data(serializer)
        if self.update_service is not None:
            instance = type(self).update_service(serializer.instance, actor=self.request.user, data=data,
                                                 channel=API_CHANNEL)
        else:
            instance = record_services.record_update(serializer.instance, actor=self.request.user, data=data,
                                                     channel=API_CHANNEL)
        serializer.instance = instance

    def perform_destroy(self, instance):
        if self.delete_service is not None:
            type(self).delete_service(instance, actor=self.request.user, channel=API_CHANNEL)
        else:
            record_services.record_delete(instance, actor=self.request.user, channel=API_CHANNEL)

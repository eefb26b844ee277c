from ngoaivu.core.admin import RecordAdmin


class ReadOnlyWorkflowAdmin(RecordAdmin):
    """Read-only: a workflow record's rules and steps live in its app's services, which the
    generic admin save would bypass."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

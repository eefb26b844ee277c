"""The keys of DRF's former token table become expiring API keys (hashed), valid for
NGOAIVU_API_TOKEN_DAYS from the upgrade, so scripts keep working until they renew them.
The old table (authtoken_token) is read if present and left in place (not ours to drop)."""
import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import migrations
from django.utils import timezone

OLD_TABLE = "authtoken_token"


def copy_old_tokens(apps, schema_editor):
    connection = schema_editor.connection
    if OLD_TABLE not in connection.introspection.table_names():
        return
    ApiToken = apps.get_model("accounts", "ApiToken")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key, user_id, created FROM {OLD_TABLE}")  # noqa: S608 - constant name
        rows = cursor.fetchall()
    expires = timezone.now() + timedelta(days=settings.NGOAIVU_API_TOKEN_DAYS)
    ApiToken.objects.bulk_create([
        ApiToken(user_id=user_id, name="Khóa cũ (trước khi khóa có hạn)", key_hash=hashlib.sha256(key.encode()).hexdigest(),
                 prefix=key[:8], expires_at=expires)
        for key, user_id, _created in rows], ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_api_token")]
    operations = [migrations.RunPython(copy_old_tokens, migrations.RunPython.noop)]

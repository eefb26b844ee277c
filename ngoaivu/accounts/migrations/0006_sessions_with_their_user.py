"""Sessions whose row names their user (ngoaivu.accounts.sessions); the sessions signed in
before are carried over with the user they name, so nobody is signed out by the change."""
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def carry_over(apps, schema_editor):
    from django.contrib.auth import SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    def user_id_of(data):
        try:
            return int(data[SESSION_KEY])
        except (KeyError, TypeError, ValueError):
            return None

    decoder = SessionStore()   # the same class name, so the same salt as ngoaivu's store
    old, new = apps.get_model("sessions", "Session"), apps.get_model("accounts", "Session")
    rows = [new(session_key=row.session_key, session_data=row.session_data, expire_date=row.expire_date,
                user_id=user_id_of(decoder.decode(row.session_data)))
            for row in old.objects.filter(expire_date__gt=timezone.now()).iterator()]
    new.objects.bulk_create(rows, batch_size=1000)


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0005_api_tokens_from_drf'),
        ('sessions', '0001_initial'),
    ]

    operations = [
        migrations.CreateModel(
            name='Session',
            fields=[
                ('session_key', models.CharField(max_length=40, primary_key=True, serialize=False, verbose_name='session key')),
                ('session_data', models.TextField(verbose_name='session data')),
                ('expire_date', models.DateTimeField(db_index=True, verbose_name='expire date')),
                ('user', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='người dùng')),
            ],
            options={
                'verbose_name': 'session',
                'verbose_name_plural': 'sessions',
                'abstract': False,
            },
        ),
        migrations.RunPython(carry_over, migrations.RunPython.noop),
    ]

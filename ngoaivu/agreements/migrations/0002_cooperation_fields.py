from django.db import migrations

# The fields of cooperation agreements name (code, label); administrators may add more.
FIELDS = [
    ("economy", "Kinh tế"),
    ("trade", "Thương mại"),
    ("investment", "Đầu tư"),
    ("culture", "Văn hóa"),
    ("education", "Giáo dục"),
    ("health", "Y tế"),
    ("labour", "Lao động"),
    ("tourism", "Du lịch"),
    ("agriculture", "Nông nghiệp"),
    ("defence_security", "Quốc phòng - an ninh"),
    ("other", "Khác"),
]


def load(apps, schema_editor):
    CooperationField = apps.get_model("agreements", "CooperationField")
    for position, (code, name) in enumerate(FIELDS, start=1):
        CooperationField.objects.update_or_create(code=code, defaults={"name": name, "position": position})


def unload(apps, schema_editor):
    apps.get_model("agreements", "CooperationField").objects.filter(code__in=[code for code, _ in FIELDS]).delete()


class Migration(migrations.Migration):
    dependencies = [("agreements", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]

"""What a list does for each row is cheap but says the same: choice labels translated once per
request (ChoiceLabelField), prefetched relations handed over as lists of the same rows."""
import pytest
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from ngoaivu.core.registry import record_type_for
from ngoaivu.core.roles import Role
from ngoaivu.delegations.models import Delegation, DelegationMember
from ngoaivu.delegations.tests.helpers import make_in_status

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["vi", "en"])
def test_status_labels_are_those_of_the_model_in_the_users_language(language, users, own_province, client_for):
    specialist = users[Role.SPECIALIST]
    specialist.language = language
    specialist.save(update_fields=["language"])
    for status in ("draft", "approved", "completed"):
        make_in_status(own_province, status)
    rows = client_for(specialist).get(reverse("delegation-list")).json()["results"]   # the session's language
    from django.utils import translation

    with translation.override(language):
        expected = {row.pk: row.get_status_display() for row in Delegation.objects.all()}
    assert {row["id"]: row["status_display"] for row in rows} == expected
    assert len(set(expected.values())) == 3


def test_prefetched_children_are_the_managers_rows(users, own_province, api_client_for):
    delegation = make_in_status(own_province, "approved")
    kept, gone = (DelegationMember.objects.create(delegation=delegation, province=own_province, full_name=name,
                                                  title="Chuyên viên") for name in ("Nguyễn Văn A", "Trần Thị B"))
    DelegationMember.objects.filter(pk=gone.pk).update(deleted_at=timezone.now())
    # "countries" is declared for every read of the type too: named twice, read once.
    queryset = record_type_for(Delegation).queryset(users[Role.SPECIALIST], prefetch=("members", "countries"))
    lookups = queryset._prefetch_related_lookups
    assert all(isinstance(lookup, Prefetch) and lookup.queryset is not None for lookup in lookups)
    assert sorted(lookup.prefetch_to for lookup in lookups) == ["countries", "members"]
    row = queryset.get(pk=delegation.pk)
    assert [member.pk for member in row.members.all()] == [kept.pk]
    assert [country.pk for country in row.countries.all()] == ["LA"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_an_api_key_answers_in_its_owners_language(language, users, own_province, client):
    from ngoaivu.accounts.tokens import token_issue

    specialist = users[Role.SPECIALIST]
    specialist.language = language
    specialist.save(update_fields=["language"])
    make_in_status(own_province, "approved")
    key = token_issue(user=specialist, name="thử").key
    response = client.get(reverse("delegation-list"), HTTP_AUTHORIZATION=f"Token {key}")
    from django.utils import translation

    with translation.override(language):
        expected = Delegation.objects.get().get_status_display()
    assert response.json()["results"][0]["status_display"] == expected
    assert response["Content-Language"] == language
    # A refusal speaks the same language as the pages would.
    refused = client.post(reverse("delegation-list"), {}, HTTP_AUTHORIZATION=f"Token {key}",
                          content_type="application/json")
    assert refused.status_code == 400 and refused["Content-Language"] == language
    required = {"vi": "Trường này là bắt buộc.", "en": "This field is required."}[language]
    assert refused.json()["name"] == [required]


def test_rows_leave_out_the_derived_search_columns(users, own_province, api_client_for):
    from ngoaivu.core.search import refresh_search_columns

    delegation = make_in_status(own_province, "approved")
    refresh_search_columns(delegation)   # as the record services do on every save
    assert Delegation.objects.get(pk=delegation.pk).search_title    # kept in the table…
    row = api_client_for(users[Role.SPECIALIST]).get(reverse("delegation-list")).json()["results"][0]
    assert row["name"] and not {"search_title", "search_text", "deleted_at"} & set(row)   # …not served


def test_a_list_joins_what_the_api_reads(users, own_province, api_client_for):
    """The delegations' pages join the partner and its country for their names; the API's
    list gives the partner's id and joins only the province it names."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ngoaivu.partners.models import Partner

    delegation = make_in_status(own_province, "approved")
    partner = Partner.objects.create(province=own_province, name="Đối tác", country_id="LA")
    Delegation.objects.filter(pk=delegation.pk).update(partner=partner)
    assert "partner__country" in record_type_for(Delegation).select_related
    with CaptureQueriesContext(connection) as queries:
        rows = api_client_for(users[Role.SPECIALIST]).get(reverse("delegation-list")).json()["results"]
    assert [(row["partner"], row["province_name"]) for row in rows] == [(partner.pk, own_province.name)]
    page = next(query["sql"] for query in queries if 'FROM "delegations_delegation"' in query["sql"]
                and "LIMIT" in query["sql"] and "COUNT" not in query["sql"])
    assert '"geo_province"' in page and '"partners_partner"' not in page


def test_a_field_reading_through_a_relation_or_a_property_gives_drf_s_answer(users, own_province):
    """ngoaivu.api.rows._path: `province.name`, `nationality.name_vi` and a property read in one
    call, and whatever DRF does when the way is cut (a missing nationality: the key left out; a
    property raising AttributeError: left out too; a method: called) is still done."""
    from rest_framework import serializers

    from ngoaivu.api import rows
    from ngoaivu.api.serializers import RecordSerializer

    class MemberSerializer(RecordSerializer):
        nationality_name = serializers.CharField(source="nationality.name_vi", read_only=True)
        delegation_start = serializers.DateField(source="delegation.start_date", read_only=True)
        delegation_due = serializers.DateField(source="delegation.report_due_on", read_only=True)
        delegation_overdue = serializers.BooleanField(source="delegation.report_overdue", read_only=True)
        refused = serializers.CharField(source="delegation.missing_property", read_only=True)
        called = serializers.CharField(source="delegation.get_status_display", read_only=True)

        class Meta(RecordSerializer.Meta):
            model = DelegationMember

    delegation = make_in_status(own_province, "approved")
    with_nationality, without = (DelegationMember.objects.create(
        delegation=delegation, province=own_province, full_name=name, nationality_id=nationality)
        for name, nationality in (("A", "LA"), ("B", None)))
    type(delegation).missing_property = property(lambda self: self.no_such_attribute)
    try:
        members = list(DelegationMember.objects.select_related("province", "nationality", "delegation")
                       .filter(pk__in=[with_nationality.pk, without.pk]).order_by("full_name"))
        serializer = MemberSerializer(members, many=True)
        steps = {field.field_name: rows._path(serializer.child, field) for field in serializer.child._readable_fields}
        assert all(steps[name] is not None for name in (
            "province_name", "nationality_name", "delegation_start", "delegation_due", "delegation_overdue", "refused"))
        assert steps["called"] is None   # a method: DRF's walk, which calls it
        planned = serializer.data
        drf = [MemberSerializer(member).to_representation(member) for member in members]
        assert [dict(row) for row in planned] == [dict(row) for row in drf]
        assert planned[0]["nationality_name"] and "nationality_name" not in planned[1]
        assert "refused" not in planned[0] and planned[0]["called"]
    finally:
        del type(delegation).missing_property


def test_the_written_row_function_answers_as_the_steps_do_for_any_row(users, own_province):
    """ngoaivu.api.rows._row_maker: a plan's columns read from the instance's dict in code written
    for the plan, the same rows as DRF's: for rows from the database, an instance of another
    class, a deferred column (not in the dict), values of unusual types (a number in a text
    column, a text subclass, an integer where a choice's text is kept, a boolean's stand-in, a
    text in a date column) and a value DRF leaves out."""
    from enum import Enum

    from rest_framework import serializers

    from ngoaivu.api import rows
    from ngoaivu.api.serializers import RecordSerializer

    class Code(str, Enum):
        X = "x"

    class DelegationSerializer(RecordSerializer):
        left_out = serializers.CharField(source="no_such_column", read_only=True)   # AttributeError: left out
        numbers = serializers.ChoiceField(source="version", choices=[(1, "một"), (2, "hai")], read_only=True)

        class Meta(RecordSerializer.Meta):
            model = Delegation

    for status in ("draft", "approved"):
        make_in_status(own_province, status)
    plan = rows._compile(DelegationSerializer(context={}))
    assert plan._make is not rows._row_function   # the plan's columns are read from the dict
    fresh = list(Delegation.objects.order_by("pk"))
    deferred = list(Delegation.objects.defer("name", "start_date").order_by("pk"))
    odd = list(Delegation.objects.order_by("pk"))
    odd[0].name, odd[0].head_title, odd[0].version = 12, Code.X, 2
    odd[0].in_annual_plan, odd[0].start_date = 1, "06/05/2024"
    odd[1].direction, odd[1].level, odd[1].status = Code.X, 7, ""

    class Other(Delegation):
        class Meta:
            proxy = True
            app_label = "delegations"

    other = list(Other.objects.order_by("pk"))
    drf = DelegationSerializer(context={})
    for instances in (fresh, deferred, odd, other):
        planned = DelegationSerializer(instances, many=True, context={}).data
        expected = [drf.to_representation(instance) for instance in instances]
        assert [list(row.items()) for row in planned] == [list(row.items()) for row in expected]
        assert all("left_out" not in row for row in planned)
    assert planned[0]["numbers"] == 1 and isinstance(planned[0]["numbers"], int)

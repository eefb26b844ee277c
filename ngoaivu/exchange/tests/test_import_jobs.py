"""Imports run as background jobs (ngoaivu.jobs): the page and the API hand the work to the
worker, show its progress, and a job that fails leaves the import where the user can act."""
import io

from ngoaivu.exchange import importer
from ngoaivu.exchange.models import ImportBatch, ImportStatus
from ngoaivu.exchange.readers import read_table
from ngoaivu.exchange.specs import spec_for
from ngoaivu.exchange.tests.test_import import preview, xlsx
from ngoaivu.jobs.choices import JobStatus
from ngoaivu.partners.models import Partner

ROW = ["Tỉnh Chiang Mai", "Địa phương nước ngoài", "Thái Lan", "31/12/2019"]


def _upload(web):
    upload = io.BytesIO(xlsx([ROW]))
    upload.name = "doi-tac.xlsx"
    return web.post("/du-lieu/partners-partner/nhap/", {"file": upload, "mode": "valid_rows"})


def test_the_page_checks_and_writes_in_background_jobs(web, specialist):
    response = _upload(web)
    batch = ImportBatch.objects.get()
    assert batch.job.kind == "exchange_import" and batch.job.status == JobStatus.DONE
    assert batch.job.result_url == response["Location"] == f"/du-lieu/nhap/{batch.pk}/"
    assert "Thêm mới 1, cập nhật 0, không đổi 0, lỗi 0 dòng." == batch.job.message
    checking_job = batch.job
    web.post(response["Location"], {"action": "confirm"})
    batch.refresh_from_db()
    assert batch.status == ImportStatus.APPLIED and batch.job != checking_job and Partner.objects.count() == 1


def test_a_running_import_sends_the_page_to_its_job(web, specialist):
    _upload(web)
    batch = ImportBatch.objects.get()
    batch.job.status = JobStatus.RUNNING
    batch.job.save()
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportStatus.WRITING)
    response = web.get(f"/du-lieu/nhap/{batch.pk}/")
    assert response.status_code == 302 and response["Location"] == f"/cong-viec/{batch.job.pk}/"


def test_the_api_answers_202_with_the_import_to_poll_while_the_job_runs(api_client_for, specialist, settings,
                                                                        monkeypatch):
    from ngoaivu.exchange import services

    monkeypatch.setattr(services, "import_check", lambda batch, progress=None: batch)  # a worker not done yet
    api = api_client_for(specialist)
    upload = io.BytesIO(xlsx([ROW]))
    upload.name = "a.xlsx"
    response = api.post("/api/imports/", {"record_type": "partners.partner", "file": upload}, format="multipart")
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "checking" and response["Location"] == body["url"]
    assert body["url"].endswith(f"/api/imports/{body['id']}/") and body["job"]["page_url"]


def test_a_failed_check_is_refused_with_the_reason_and_a_failed_write_can_be_confirmed_again(specialist,
                                                                                              monkeypatch):
    from ngoaivu.exchange import services

    def broken(batch, progress=None):
        raise RuntimeError("đĩa đầy")

    monkeypatch.setattr(services, "import_check", broken)
    batch = services.import_preview(spec_for("partners.partner"), user=specialist, file_name="a.xlsx",
                                    content=xlsx([ROW]), mode="valid_rows", background=True)
    assert batch.status == ImportStatus.REJECTED and batch.job.status == JobStatus.FAILED
    assert batch.report["file_errors"] == ["Không kiểm tra được tệp: đĩa đầy"]
    monkeypatch.undo()

    batch = preview(specialist, xlsx([ROW]))
    monkeypatch.setattr(services, "import_write", broken)
    batch = services.import_confirm(batch, user=specialist, background=True)
    assert batch.status == ImportStatus.PREVIEW and batch.job.status == JobStatus.FAILED
    assert not Partner.objects.exists()


def test_progress_is_reported_every_batch_of_rows(specialist, monkeypatch):
    monkeypatch.setattr(importer, "BATCH_ROWS", 2)
    rows = [[f"Quỹ số {n}", "Tổ chức phi chính phủ nước ngoài", "", ""] for n in range(5)]
    seen = []
    report = importer.Importer(spec_for("partners.partner"), user=specialist).run(
        read_table("a.xlsx", xlsx(rows)), dry_run=False, all_or_nothing=False,
        progress=lambda done, total: seen.append((done, total)))
    assert seen == [(2, 5), (4, 5)] and report.counts["create"] == 5 and Partner.objects.count() == 5

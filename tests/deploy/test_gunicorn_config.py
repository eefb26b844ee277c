"""config/gunicorn.conf.py, read as gunicorn reads it: values from the environment, and the
hooks that freeze the loaded application out of the garbage collector's walks."""
import gc
import runpy
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[2] / "config" / "gunicorn.conf.py"


def test_settings_follow_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    monkeypatch.setenv("GUNICORN_THREADS", "1")
    monkeypatch.setenv("GUNICORN_PRELOAD", "0")
    config = runpy.run_path(str(CONFIG))
    assert (config["workers"], config["threads"], config["preload_app"]) == (3, 1, False)
    assert config["wsgi_app"] == "config.wsgi:application" and config["max_requests"] > 0


def test_the_hooks_freeze_what_is_loaded():
    config = runpy.run_path(str(CONFIG))
    gc.unfreeze()
    try:
        for hook, argument in (("pre_fork", (None, None)), ("post_worker_init", (None,))):
            assert gc.get_freeze_count() == 0
            config[hook](*argument)
            # Everything alive now (this test's modules included) is out of the collector's walks.
            assert gc.get_freeze_count() > 10_000
            gc.unfreeze()
    finally:
        gc.unfreeze()


def test_a_worker_collects_its_first_generation_less_often(monkeypatch):
    before = gc.get_threshold()
    try:
        config = runpy.run_path(str(CONFIG))
        config["post_worker_init"](None)
        assert gc.get_threshold() == (10_000, *before[1:])
        monkeypatch.setenv("GUNICORN_GC_FIRST_GENERATION", "700")
        runpy.run_path(str(CONFIG))["post_worker_init"](None)
        assert gc.get_threshold() == (700, *before[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)

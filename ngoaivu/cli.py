"""The `ngoaivu` console script: Django's management command line, plus `extract`.

`ngoaivu extract` runs the text pipeline directly so that it needs no database and
no Django set-up (the pipeline imports nothing from Django).
"""
import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if len(argv) > 1 and argv[1] == "extract":
        from ngoaivu.ingest.pipeline.cli import main as extract_main

        return extract_main(argv[2:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.django.base")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())

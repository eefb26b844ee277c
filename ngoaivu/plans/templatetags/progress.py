"""Progress of targets on the pages: status colours and the data of a gauge."""
from django import template

from ngoaivu.plans.choices import ProgressStatus

register = template.Library()

_COLOURS = {
    ProgressStatus.REACHED: ("success", "#198754"),
    ProgressStatus.ON_TRACK: ("primary", "#0d6efd"),
    ProgressStatus.AT_RISK: ("warning", "#ffc107"),
    ProgressStatus.BEHIND: ("danger", "#dc3545"),
    ProgressStatus.NO_DATA: ("secondary", "#6c757d"),
}


@register.filter
def status_class(progress) -> str:
    return _COLOURS[progress.status][0]


@register.filter
def status_label(progress) -> str:
    return ProgressStatus(progress.status).label


@register.filter
def status_colour(progress) -> str:
    """The gauge's colour (indicators/static/indicators/charts.js draws <canvas data-gauge>)."""
    return _COLOURS[progress.status][1]

// Elements that need a size from the template (a progress bar's width, a chart's
// height) carry it in data-width / data-height: the CSP refuses inline style attributes.
document.querySelectorAll("[data-width]").forEach(function (el) { el.style.width = el.dataset.width; });
document.querySelectorAll("[data-height]").forEach(function (el) { el.style.height = el.dataset.height; });

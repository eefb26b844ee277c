// Record lists: give the filter form's fields Bootstrap's small control classes.
document.querySelectorAll("#filter-form input:not([type=checkbox]), #filter-form select").forEach(function (el) {
  el.classList.add(el.tagName === "SELECT" ? "form-select" : "form-control", "form-control-sm");
});

// Bulk actions on a record list: a checkbox per row (the row's record id is read from its
// link to the record's page, which is the list's address followed by the id), then
// "export selected", "change status" or "delete selected" posts the ids to the exchange's bulk view.
(function () {
  var form = document.getElementById('bulk-form');
  var table = document.querySelector('.card table');
  if (!form || !table) { return; }
  var prefix = form.dataset.listUrl;
  var pattern = new RegExp('^' + prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(\\d+)/$');
  var headRow = table.querySelector('thead tr');
  if (headRow) {
    var all = document.createElement('input');
    all.type = 'checkbox'; all.className = 'form-check-input'; all.setAttribute('aria-label', form.dataset.allLabel);
    var th = document.createElement('th'); th.appendChild(all); headRow.insertBefore(th, headRow.firstChild);
    all.addEventListener('change', function () {
      table.querySelectorAll('input.bulk-pick').forEach(function (box) { box.checked = all.checked; });
    });
  }
  table.querySelectorAll('tbody tr').forEach(function (row) {
    var cell = document.createElement('td');
    var link = Array.prototype.find.call(row.querySelectorAll('a[href]'), function (a) {
      return pattern.test(a.getAttribute('href'));
    });
    if (link) {
      var box = document.createElement('input');
      box.type = 'checkbox'; box.className = 'form-check-input bulk-pick';
      box.value = pattern.exec(link.getAttribute('href'))[1];
      box.setAttribute('aria-label', link.textContent.trim());
      cell.appendChild(box);
    }
    row.insertBefore(cell, row.firstChild);
  });
  form.hidden = false;
  form.addEventListener('submit', function (event) {
    var picked = table.querySelectorAll('input.bulk-pick:checked');
    if (!picked.length) { event.preventDefault(); window.alert(form.dataset.noneLabel); return; }
    if (event.submitter && event.submitter.value === 'delete' && !window.confirm(form.dataset.confirmLabel)) {
      event.preventDefault(); return;
    }
    form.querySelectorAll('input[name=ids]').forEach(function (input) { input.remove(); });
    picked.forEach(function (box) {
      var input = document.createElement('input');
      input.type = 'hidden'; input.name = 'ids'; input.value = box.value; form.appendChild(input);
    });
  });
})();

// Form helpers on every page (no inline script: the Content-Security-Policy forbids it).
// 1. Long and multiple selects (countries, partners, provinces) become searchable with
//    tom-select, served from static/vendor; its search folds diacritics ("nhat" finds "Nhật").
//    A select with data-remote (partners, projects, gates) holds only its chosen option and
//    asks that URL for the rest as the user types (ui.remote_choices: scoped, ranked).
// 2. Date boxes keep the dd/mm/yyyy text the server reads and gain a calendar button
//    (the browser's own date picker) that writes the chosen day back as dd/mm/yyyy.
(function () {
  "use strict";
  var SEARCHABLE_FROM = 12; // options; shorter lists stay plain selects

  function searchable(select) {
    if (typeof TomSelect === "undefined" || select.tomselect || select.dataset.plain !== undefined) return;
    var remote = select.dataset.remote;
    if (!remote && !select.multiple && select.options.length < SEARCHABLE_FROM) return;
    // tom-select moves the <label for> to its own box: keep the hidden select named too.
    var label = select.id && document.querySelector('label[for="' + select.id + '"]');
    if (label && !select.getAttribute("aria-label")) select.setAttribute("aria-label", label.textContent.trim());
    var settings = {
      plugins: select.multiple ? ["remove_button"] : [],
      maxOptions: null,
      allowEmptyOption: true,
      hidePlaceholder: false,
      render: {
        no_results: function () { return '<div class="no-results">Không tìm thấy</div>'; }
      }
    };
    if (remote) remoteSettings(settings, remote);
    new TomSelect(select, settings);
  }

  function remoteSettings(settings, url) {
    settings.preload = "focus";
    settings.shouldLoad = function () { return true; };
    settings.load = function (query, callback) {
      fetch(url + "?q=" + encodeURIComponent(query), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { callback(data.results); }, function () { callback(); });
    };
    // The server already matched without diacritics and ranked: keep its order.
    settings.score = function () { return function () { return 1; }; };
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function datePicker(input) {
    if (input.dataset.picker || input.disabled || input.readOnly) return;
    input.dataset.picker = "1";
    var group = document.createElement("div");
    group.className = "input-group flex-nowrap date-group";
    input.parentNode.insertBefore(group, input);
    group.appendChild(input);
    var native = document.createElement("input");
    native.type = "date";
    native.tabIndex = -1;
    native.className = "date-native";
    native.setAttribute("aria-hidden", "true");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-outline-secondary date-button";
    button.setAttribute("aria-label", "Chọn ngày trên lịch");
    button.textContent = "📅";
    group.appendChild(button);
    group.appendChild(native);
    button.addEventListener("click", function () {
      var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.value.trim());
      native.value = m ? m[3] + "-" + pad(+m[2]) + "-" + pad(+m[1]) : "";
      if (native.showPicker) { native.showPicker(); } else { native.focus(); }
    });
    native.addEventListener("change", function () {
      var p = native.value.split("-");
      if (p.length === 3) {
        input.value = p[2] + "/" + p[1] + "/" + p[0];
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }
      input.focus();
    });
  }

  document.querySelectorAll("form select").forEach(searchable);
  document.querySelectorAll('form input[placeholder="dd/mm/yyyy"]').forEach(datePicker);
})();

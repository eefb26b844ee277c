// Report pages. The editor: each paragraph form saves in place (fetch, JSON answer) and its
// badge follows the paragraph's state; without script the forms post and come back to the page.
(function () {
  "use strict";
  // A button with data-confirm asks before it acts (finalising locks the report).
  document.querySelectorAll("[data-confirm]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      if (!window.confirm(button.dataset.confirm)) { event.preventDefault(); }
    });
  });

  var editor = document.getElementById("report-editor");
  if (!editor) { return; }
  var messages = {
    saving: editor.dataset.saving || "Đang lưu…",
    saved: editor.dataset.saved || "Đã lưu",
    unsaved: editor.dataset.unsaved || "Chưa lưu",
    failed: editor.dataset.failed || "Không lưu được"
  };

  function part(form, role) { return form.querySelector('[data-role="' + role + '"]'); }

  function show(form, paragraph) {
    var badge = part(form, "state");
    form.className = form.className.replace(/\bstate-\S+/g, "").trim() + " state-" + paragraph.state;
    badge.className = badge.className.replace(/\bstate-\S+/g, "").trim() + " state-" + paragraph.state;
    badge.textContent = paragraph.label;
    form.querySelector("textarea").value = paragraph.text;
    part(form, "generated").textContent = paragraph.generated;
  }

  editor.querySelectorAll("form.paragraph-form").forEach(function (form) {
    var status = part(form, "status");
    form.querySelector("textarea").addEventListener("input", function () {
      status.textContent = messages.unsaved;
      form.dataset.dirty = "1";
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = new FormData(form, event.submitter);
      status.textContent = messages.saving;
      fetch(form.action, {method: "POST", body: body, credentials: "same-origin",
                          headers: {"Accept": "application/json"}})
        .then(function (response) {
          return response.json().then(function (data) { return {ok: response.ok, data: data}; });
        })
        .then(function (result) {
          if (!result.ok) { throw new Error(JSON.stringify(result.data.errors || {})); }
          show(form, result.data);
          delete form.dataset.dirty;
          status.textContent = messages.saved;
        })
        .catch(function () { status.textContent = messages.failed; });
    });
  });

  // Leaving with unsaved paragraphs asks first.
  window.addEventListener("beforeunload", function (event) {
    if (editor.querySelector("form.paragraph-form[data-dirty]")) { event.preventDefault(); }
  });
})();

// Run page: start a queued run, then poll its progress every second until it finishes.
(function () {
  var box = document.getElementById("run");
  if (!box || box.dataset.finished) return;
  var bar = document.getElementById("run-bar");
  var csrf = document.querySelector("#run-start [name=csrfmiddlewaretoken]");

  function show(state) {
    document.getElementById("run-status").textContent = state.status_label;
    document.getElementById("run-step").textContent = state.step;
    document.getElementById("run-error").textContent = state.error;
    bar.style.width = state.progress + "%";
    bar.textContent = state.progress + "%";
    bar.parentElement.setAttribute("aria-valuenow", state.progress);
  }

  function poll() {
    fetch(box.dataset.progressUrl, {headers: {Accept: "application/json"}, credentials: "same-origin"})
      .then(function (response) { return response.json(); })
      .then(function (state) {
        show(state);
        if (state.finished) {
          if (state.status === "done") window.location.href = state.document_url;
        } else {
          setTimeout(poll, 1000);
        }
      });
  }

  if (box.dataset.executeUrl && csrf) {
    document.getElementById("run-start").hidden = true;
    fetch(box.dataset.executeUrl, {
      method: "POST", credentials: "same-origin",
      headers: {Accept: "application/json", "X-CSRFToken": csrf.value},
    });
  }
  poll();
})();

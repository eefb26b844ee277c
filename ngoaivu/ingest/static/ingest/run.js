// Run page: poll the run's progress every second until it finishes.
(function () {
  var box = document.getElementById("run");
  if (!box || box.dataset.finished) return;
  var bar = document.getElementById("run-bar");

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

  // The background worker runs the reading; the page only watches. The "start" button
  // stays for a run left waiting while no worker was running.
  poll();
})();

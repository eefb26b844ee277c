// Job page: poll the job's state every second until it finishes, then offer its result.
(function () {
  var box = document.getElementById("job");
  if (!box) return;
  var bar = document.getElementById("job-bar");

  function setWidth(progress) {  // set from script: the CSP refuses inline style attributes
    bar.style.width = progress + "%";
    bar.textContent = progress + "%";
    bar.parentElement.setAttribute("aria-valuenow", progress);
  }

  function show(state) {
    document.getElementById("job-status").textContent = state.status_label;
    document.getElementById("job-message").textContent = state.message;
    document.getElementById("job-error").textContent = state.error;
    setWidth(state.progress);
    if (state.finished) {
      bar.classList.remove("progress-bar-striped", "progress-bar-animated");
      if (state.status === "failed") bar.classList.add("bg-danger");
    }
    var download = document.getElementById("job-download");
    var result = document.getElementById("job-result");
    if (state.download_url) { download.href = state.download_url; download.hidden = false; }
    if (state.result_url) { result.href = state.result_url; result.hidden = false; }
  }

  function poll() {
    fetch(box.dataset.statusUrl, {headers: {Accept: "application/json"}, credentials: "same-origin"})
      .then(function (response) { return response.json(); })
      .then(function (state) {
        show(state);
        if (!state.finished) { setTimeout(poll, 1000); return; }
        if (state.status === "done" && state.open_result && state.result_url && !state.download_url) {
          window.location.href = state.result_url;
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }

  setWidth(bar.dataset.progress);
  if (!box.dataset.finished) poll();
})();

// Report period forms: show only the fields the chosen period preset needs.
(function () {
  var preset = document.getElementById("id_preset");
  if (!preset) { return; }
  var needs = {half: ["year"], nine_months: ["year"], year: ["year"], term: ["first_year", "last_year"],
               custom: ["date_from", "date_to"]};
  var all = ["year", "first_year", "last_year", "date_from", "date_to"];
  function update() {
    all.forEach(function (name) {
      var input = document.getElementById("id_" + name);
      if (input) { input.closest('div[class^="col"], .mb-2').hidden = (needs[preset.value] || []).indexOf(name) < 0; }
    });
  }
  preset.addEventListener("change", update);
  update();
})();

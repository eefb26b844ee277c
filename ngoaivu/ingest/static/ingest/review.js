// Review screen: a fact card scrolls the text to its span, a highlighted span to its card.
(function () {
  function focus(element) {
    if (!element) return;
    element.scrollIntoView({behavior: "smooth", block: "center"});
    element.classList.add("fact-focus");
    setTimeout(function () { element.classList.remove("fact-focus"); }, 1500);
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest("a, button, form")) return;
    var card = event.target.closest("[data-fact-card]");
    if (card) {
      focus(document.querySelector('mark.fact[data-fact-ids~="' + card.dataset.factCard + '"]'));
      return;
    }
    var mark = event.target.closest("mark.fact[data-fact-id]");
    if (mark) focus(document.getElementById("fact-" + mark.dataset.factId));
  });
})();

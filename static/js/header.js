// The header's disclosures (menu, language) are <details>: they open and close
// without script. This adds what a menu is expected to do besides: one open at
// a time, Escape closes and gives focus back to its button, a click outside closes.
(function () {
  var header = document.querySelector(".site-header");
  if (!header) return;
  var all = header.querySelectorAll("details");
  function closeAll(except) {
    all.forEach(function (d) { if (d !== except) d.open = false; });
  }
  all.forEach(function (d) {
    d.addEventListener("toggle", function () { if (d.open) closeAll(d); });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = header.querySelector("details[open]");
    if (!open) return;
    open.open = false;
    open.querySelector("summary").focus();
  });
  document.addEventListener("click", function (event) {
    if (!header.contains(event.target)) closeAll(null);
  });
})();

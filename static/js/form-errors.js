// A form sent back with errors starts with a summary (includes/form_errors.html):
// focus moves to it, so a screen reader reads it and the keyboard starts there.
// Its links go to the fields; following one focuses the field (or the first
// choice of a group) with its label in view. Without script the summary is
// still first in the form and the links still scroll to the fields.
(function () {
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) return;
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) return;
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    var field = target.matches("input, select, textarea") ? target : target.querySelector("input, select, textarea");
    if (!field) return;
    event.preventDefault();
    var label = document.querySelector("label[for='" + field.id + "']") || target.closest("fieldset") || field;
    label.scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();

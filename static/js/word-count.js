/* Practical tasks: a live count of the words in each answer.
 *
 * The form works without this file (the server counts the words and says
 * how many are missing); with it, the number beside "Words so far" follows
 * the typing. Words are counted as the server counts them: runs of
 * characters between spaces.
 */
(function () {
  "use strict";

  function count(text) {
    var words = text.trim().split(/\s+/);
    return words[0] === "" ? 0 : words.length;
  }

  document.querySelectorAll("textarea[data-word-count]").forEach(function (area) {
    var output = document.getElementById(area.getAttribute("data-word-count"));
    if (!output) return;
    var update = function () {
      output.textContent = String(count(area.value));
    };
    area.addEventListener("input", update);
    output.parentNode.hidden = false;
    update();
  });
})();

/* Reports active study time of an open lesson in small, capped heartbeats.
   Only while the page is visible and the person has moved, typed or scrolled
   in the last two minutes. The server adds the time up and caps it. */
(function () {
  var el = document.getElementById("active-time");
  if (!el) return;
  var interval = (parseInt(el.dataset.interval, 10) || 15) * 1000;
  var needed = parseInt(el.dataset.needed, 10) || 0;
  var lastInput = Date.now();
  var csrf = (document.querySelector("input[name=csrfmiddlewaretoken]") || {}).value;
  ["mousemove", "keydown", "scroll", "touchstart", "click"].forEach(function (name) {
    window.addEventListener(name, function () { lastInput = Date.now(); }, { passive: true });
  });
  // The sentence is translated on the server; only its minutes change here,
  // wherever the language puts them.
  var minutes = el.querySelector("[data-minutes]");
  function show(seconds) {
    if (minutes) minutes.textContent = String(Math.floor(seconds / 60));
    if (seconds >= needed) el.classList.add("is-enough");
  }
  function beat() {
    if (document.visibilityState !== "visible" || Date.now() - lastInput > 120000) return;
    var body = new URLSearchParams({ token: el.dataset.token });
    fetch(el.dataset.heartbeatUrl, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf || "" }
    }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data) show(data.active_seconds); })
      .catch(function () {});
  }
  setInterval(beat, interval);
})();

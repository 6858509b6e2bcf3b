/* Reports active study time of an open lesson in small, capped heartbeats.
   Only while the page is visible and the person has moved, typed or scrolled
   in the last two minutes, or a lesson video has played in that time (its
   stretches are reported by video.js). The server adds the time up and caps it; each
   answer carries the nonce of the next beat (a stale one counts nothing),
   and may open an attention check, which pauses counting until answered. */
(function () {
  var el = document.getElementById("active-time");
  if (!el) return;
  var interval = (parseInt(el.dataset.interval, 10) || 15) * 1000;
  var needed = parseInt(el.dataset.needed, 10) || 0;
  var nonce = el.dataset.nonce || "";
  var lastInput = Date.now();
  var timer = null;
  var openCheck = null;
  var csrf = (document.querySelector("input[name=csrfmiddlewaretoken]") || {}).value;
  var paused = document.querySelector("[data-paused]");
  var stale = document.querySelector("[data-stale]");
  var dialog = document.getElementById("attention-check");
  ["mousemove", "keydown", "scroll", "touchstart", "click"].forEach(function (name) {
    window.addEventListener(name, function () { lastInput = Date.now(); }, { passive: true });
  });
  // A video's timeupdate does not bubble; listened for on the way down.
  document.addEventListener("timeupdate", function () { lastInput = Date.now(); }, true);
  // The sentence is translated on the server; only its minutes change here,
  // wherever the language puts them.
  var minutes = el.querySelector("[data-minutes]");
  var left = el.querySelector("[data-left]");
  var bar = el.querySelector("[data-time-progress]");
  // The completion button opens once every line of the checklist is ticked
  // (video.js ticks the videos and tells with a "lesson:progress" event).
  function refresh() {
    var form = document.querySelector("[data-complete]");
    if (!form) return;
    var ready = !document.querySelector("[data-requirement]:not(.is-enough)");
    var button = form.querySelector("button");
    button.disabled = !ready;
    if (ready) button.removeAttribute("aria-describedby");
    form.querySelector("[data-complete-hint]").hidden = ready;
  }
  document.addEventListener("lesson:progress", refresh);
  function show(seconds) {
    if (minutes) minutes.textContent = String(Math.floor(seconds / 60));
    if (left) {
      var rest = Math.max(0, Math.ceil((needed - seconds) / 60));
      left.textContent = String(rest);
      left.parentNode.hidden = rest === 0;
    }
    if (bar && needed) bar.value = Math.min(100, Math.floor(seconds * 100 / needed));
    if (seconds >= needed) el.classList.add("is-enough");
    refresh();
  }
  function post(url, fields) {
    return fetch(url, {
      method: "POST",
      body: new URLSearchParams(fields),
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf || "" }
    }).then(function (r) {
      return r.json().then(function (data) { data.status = r.status; return data; });
    });
  }
  function ask(check) {
    if (!dialog || (openCheck && openCheck.id === check.id)) return;
    openCheck = check;
    if (paused) paused.hidden = false;
    dialog.querySelector("[data-check-number]").textContent = String(check.number);
    var box = dialog.querySelector("[data-check-choices]");
    box.textContent = "";
    check.choices.forEach(function (choice) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button";
      button.textContent = String(choice);
      button.addEventListener("click", function () { answer(check, choice); });
      box.appendChild(button);
    });
    if (!dialog.open) dialog.showModal();
    box.querySelector("button").focus();
  }
  function answer(check, choice) {
    post(el.dataset.checkUrl, { token: el.dataset.token, check: check.id, answer: choice })
      .then(function (data) {
        if (data.nonce) nonce = data.nonce;
        if (data.right) {
          openCheck = null;
          dialog.querySelector("[data-check-wrong]").hidden = true;
          if (paused) paused.hidden = true;
          dialog.close();
        } else if (data.check) {
          dialog.querySelector("[data-check-wrong]").hidden = false;
          ask(data.check);
        }
      }).catch(function () {});
  }
  function handle(data) {
    if (typeof data.active_seconds === "number") show(data.active_seconds);
    if (data.status === 409 && data.error === "stale") {
      if (stale) stale.hidden = false;
      clearInterval(timer);
      return;
    }
    if (data.nonce) nonce = data.nonce;
    if (data.check) ask(data.check);
  }
  function beat() {
    if (openCheck || document.visibilityState !== "visible" || Date.now() - lastInput > 120000) return;
    post(el.dataset.heartbeatUrl, { token: el.dataset.token, nonce: nonce })
      .then(handle).catch(function () {});
  }
  var already = document.getElementById("attention-check-open");
  if (already) ask(JSON.parse(already.textContent));
  timer = setInterval(beat, interval);
})();

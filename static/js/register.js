/* The register at the door: a tap on a mark saves at once.
 *
 * Without this file each mark is a button of an ordinary form: the tap posts
 * it and the page comes back with the mark, the count and "Undo". With it,
 * the same post goes in the background (the server answers JSON), and the
 * row, the "checked in" count and the last change with its undo update in
 * place; the last change is read out by screen readers (role="status").
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-door-marks]");
  var undoForm = document.querySelector("form[data-door-undo]");
  var status = document.querySelector("[data-door-status]");
  var count = document.querySelector("[data-door-count]");
  if (!form || !undoForm || !status || !count || !window.fetch || !window.FormData) return;
  var csrf = form.elements.csrfmiddlewaretoken.value;
  var failure = form.getAttribute("data-door-failed");

  function send(url, body) {
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": csrf },
    }).then(function (response) {
      return response
        .json()
        .catch(function () {
          return {};
        })
        .then(function (data) {
          // A refusal says why; anything else (no connection, signed out) is not saved.
          if (!response.ok || !data.message) throw new Error(data.error || failure);
          return data;
        });
    });
  }

  function press(registration, mark) {
    var row = document.getElementById("person-" + registration);
    if (!row) return;
    row.querySelectorAll("button[name=choice]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.value === registration + ":" + mark));
    });
  }

  function saved(data) {
    press(data.registration, data.mark);
    count.textContent = data.count_text;
    status.textContent = data.warning ? data.message + " " + data.warning : data.message;
    undoForm.elements.undo.value = data.undo;
    undoForm.hidden = !data.undo;
  }

  function refused(error) {
    status.textContent = error.message;
  }

  form.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (!button || button.name !== "choice") return;
    event.preventDefault();
    var parts = button.value.split(":");
    var body = new FormData();
    body.append("registration", parts[0]);
    body.append("mark", parts[1]);
    button.setAttribute("aria-busy", "true");
    send(form.action, body)
      .then(saved, refused)
      .then(function () {
        button.removeAttribute("aria-busy");
      });
  });

  undoForm.addEventListener("submit", function (event) {
    event.preventDefault();
    send(undoForm.action, new FormData(undoForm)).then(saved, refused);
  });
})();

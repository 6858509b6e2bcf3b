/* School picker: region -> district -> school without a round trip.
 *
 * The sign-up form works without this file (the server refills the lists
 * when the form is sent back); with it, choosing a region or district fills
 * the next list from the JSON views in directory/views.py. Only options are
 * changed, so the selects stay plain and accessible. The URL base comes from
 * the form's data-directory-url, else /<page language>/directory/.
 */
(function () {
  "use strict";

  // Empty the list but keep its first, empty option ("Choose a district");
  // the new ticket makes any answer still on its way be ignored.
  function reset(select) {
    var first = select.options[0];
    select.length = 0;
    if (first && first.value === "") select.add(first);
    select.value = "";
    select.ticket = (select.ticket || 0) + 1;
    select.removeAttribute("aria-busy");
  }

  function fill(select, url) {
    reset(select);
    var ticket = select.ticket;
    select.setAttribute("aria-busy", "true");
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : { results: [] };
      })
      .catch(function () {
        return { results: [] };
      })
      .then(function (data) {
        if (select.ticket !== ticket) return;
        (data.results || []).forEach(function (item) {
          select.add(new Option(item.name, item.id));
        });
        select.removeAttribute("aria-busy");
      });
  }

  function enhance() {
    var region = document.getElementById("id_region");
    var form = region && region.form;
    if (!form || !window.fetch) return;
    var district = form.querySelector("#id_district");
    var school = form.querySelector("#id_school");
    if (!district || !school) return;
    var lang = (document.documentElement.lang || "kk").slice(0, 2);
    var base = form.getAttribute("data-directory-url") || "/" + lang + "/directory/";
    if (base.slice(-1) !== "/") base += "/";

    region.addEventListener("change", function () {
      reset(school);
      if (!region.value) return reset(district);
      fill(district, base + "districts/?region=" + encodeURIComponent(region.value));
    });
    district.addEventListener("change", function () {
      if (!district.value) return reset(school);
      fill(school, base + "schools/?district=" + encodeURIComponent(district.value));
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();

/* Reports what the lesson's videos have played, as the <video> elements
   themselves tell it (HTMLMediaElement.played: the stretches of the video
   played since the page was opened). The server keeps the union per video,
   credits a report no more than the time since the previous one, and answers
   how much of each video it has counted; the page shows that, not its own
   guess. Reports go while a video plays, when it pauses or ends, and again
   until the server has caught up with what was played (at double speed, the
   video runs ahead of the clock). */
(function () {
  var box = document.getElementById("videos-watched");
  if (!box) return;
  var videos = Array.prototype.slice.call(document.querySelectorAll("video[data-video]"));
  if (!videos.length) return;
  var interval = (parseInt(box.dataset.interval, 10) || 15) * 1000;
  var csrf = (document.querySelector("input[name=csrfmiddlewaretoken]") || {}).value;
  var sending = false;
  var again = false;
  var behind = false;

  function clock(seconds) {
    var whole = Math.max(0, Math.floor(seconds));
    var rest = whole % 60;
    return Math.floor(whole / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }
  function played(video) {
    var stretches = [];
    for (var i = 0; i < video.played.length; i++) {
      stretches.push([video.played.start(i), video.played.end(i)]);
    }
    return stretches;
  }
  function show(answer) {
    Object.keys(answer.videos || {}).forEach(function (id) {
      var line = box.querySelector('[data-video-status="' + id + '"]');
      if (!line) return;
      var state = answer.videos[id];
      var watched = line.querySelector("[data-watched]");
      if (watched) watched.textContent = clock(state.watched);
      line.classList.toggle("is-enough", !!state.enough);
    });
    document.dispatchEvent(new CustomEvent("lesson:progress"));
  }
  function report() {
    if (sending) { again = true; return; }
    var reported = {};
    videos.forEach(function (video) {
      if (video.played.length) reported[video.dataset.video] = played(video);
    });
    if (!Object.keys(reported).length) return;
    sending = true;
    fetch(box.dataset.url, {
      method: "POST",
      body: new URLSearchParams({ token: box.dataset.token, played: JSON.stringify(reported) }),
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf || "" }
    }).then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (answer) { behind = !!answer.behind; show(answer); })
      .catch(function () {})
      .then(function () {
        sending = false;
        if (again) { again = false; report(); }
      });
  }
  function playing() {
    return videos.some(function (video) { return !video.paused && !video.ended; });
  }
  videos.forEach(function (video) {
    video.addEventListener("pause", report);
    video.addEventListener("ended", report);
  });
  setInterval(function () { if (playing() || behind) report(); }, interval);
})();

// Live blogs: new entries appear without a reload. The page is current without this script;
// it only asks the server, as often as the server says, for the entries changed since.
(function () {
  "use strict";

  function start(section) {
    var url = section.dataset.entriesUrl;
    var cursor = section.dataset.cursor;
    var delay = Number(section.dataset.pollSeconds) * 1000;
    var list = section.querySelector("[data-entries]");
    var announce = section.querySelector("[data-announce]");
    var failures = 0;
    var timer = null;

    function apply(data) {
      var added = 0;
      var edited = 0;
      data.entries.slice().reverse().forEach(function (entry) {
        var holder = document.createElement("div");
        holder.innerHTML = entry.html;
        var element = holder.firstElementChild;
        var existing = document.getElementById(entry.id);
        if (existing) {
          existing.replaceWith(element);
          if (entry.edited) { edited += 1; }
        } else {
          var empty = list.querySelector("[data-empty]");
          if (empty) { empty.remove(); }
          element.classList.add("live-entry--new");
          list.prepend(element);
          added += 1;
        }
      });
      data.removed.forEach(function (id) {
        var gone = document.getElementById(id);
        if (gone) { gone.remove(); }
      });
      if (added) {
        announce.textContent = added === 1 ? "1 new update" : added + " new updates";
      } else if (edited) {
        announce.textContent = edited === 1 ? "1 update edited" : edited + " updates edited";
      }
      cursor = data.cursor;
      delay = data.poll * 1000;
    }

    function poll() {
      timer = null;
      if (document.hidden) { return; }
      fetch(url + "?since=" + encodeURIComponent(cursor), { headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) { throw new Error("status " + response.status); }
          return response.json();
        })
        .then(function (data) { failures = 0; apply(data); })
        .catch(function () { failures += 1; })
        .then(schedule);
    }

    function schedule() {
      if (!delay || timer) { return; }
      // After a failure wait longer each time, up to a minute.
      var wait = failures ? Math.min(60000, delay * Math.pow(2, failures)) : delay;
      timer = window.setTimeout(poll, wait);
    }

    document.addEventListener("visibilitychange", function () {
      if (!document.hidden && !timer) { poll(); }
    });
    schedule();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-entries-url]").forEach(start);
  });
})();

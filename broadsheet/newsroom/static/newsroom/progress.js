// Live progress for long admin jobs (sending an issue, building an edition), without a reload.
//
// A container with data-progress-url is polled for JSON while it is not finished. Each
// descendant with data-progress-field="name" gets the JSON's value of that name as its text;
// elements marked data-progress-when-finished are shown once the JSON says finished: true,
// and data-progress-when-running ones are hidden then. data-progress-value sets a <progress>'s
// value, data-progress-href a link's address; data-progress-reveal shows a field only when it has
// a value, and data-progress-when-state="x y" shows an element only while the status is x or y.
(function () {
  "use strict";

  function update(root, data) {
    root.querySelectorAll("[data-progress-field]").forEach(function (element) {
      var value = data[element.dataset.progressField];
      if (value !== undefined && value !== null) {
        element.textContent = String(value);
      }
      if (element.hasAttribute("data-progress-reveal")) {
        element.hidden = !value;
      }
    });
    root.querySelectorAll("[data-progress-when-state]").forEach(function (element) {
      element.hidden = element.dataset.progressWhenState.split(" ").indexOf(data.status) === -1;
    });
    root.querySelectorAll("[data-progress-value]").forEach(function (element) {
      var value = data[element.dataset.progressValue];
      if (value !== undefined && value !== null) {
        element.value = value;
      }
    });
    root.querySelectorAll("[data-progress-href]").forEach(function (element) {
      var value = data[element.dataset.progressHref];
      if (value) {
        element.setAttribute("href", value);
      }
    });
    root.dataset.progressState = data.status || "";
    if (data.finished) {
      root.dataset.progressFinished = "true";
      root.querySelectorAll("[data-progress-when-finished]").forEach(function (element) {
        element.hidden = false;
      });
      root.querySelectorAll("[data-progress-when-running]").forEach(function (element) {
        element.hidden = true;
      });
    }
  }

  function watch(root) {
    var interval = parseInt(root.dataset.progressInterval || "1000", 10);
    var failures = 0;
    var problem = root.querySelector("[data-progress-problem]");

    function poll() {
      if (root.dataset.progressFinished === "true") {
        return;
      }
      fetch(root.dataset.progressUrl, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        cache: "no-store",
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("The server answered " + response.status + ".");
          }
          return response.json();
        })
        .then(function (data) {
          failures = 0;
          if (problem) {
            problem.hidden = true;
          }
          update(root, data);
          schedule();
        })
        .catch(function (error) {
          failures += 1;
          if (problem) {
            problem.textContent =
              "Progress could not be checked (" + error.message + "); trying again.";
            problem.hidden = false;
          }
          schedule();
        });
    }

    function schedule() {
      if (root.dataset.progressFinished !== "true") {
        window.setTimeout(poll, interval * Math.min(1 + failures, 10));
      }
    }

    poll();
  }

  function start() {
    document.querySelectorAll("[data-progress-url]").forEach(watch);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

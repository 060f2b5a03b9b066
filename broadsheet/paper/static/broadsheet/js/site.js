// Broadsheet's page script: small enhancements only; every page works without it.
(function () {
  "use strict";

  function announce(bar, message) {
    var status = bar.querySelector(".share-bar__status");
    if (status) { status.textContent = message; }
  }

  function setUpShareBar(bar) {
    var copy = bar.querySelector("[data-copy-url]");
    if (copy && navigator.clipboard) {
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(copy.dataset.copyUrl).then(
          function () { announce(bar, "Link copied."); },
          function () { announce(bar, "The link could not be copied."); }
        );
      });
    } else if (copy) {
      copy.parentElement.hidden = true;
    }
    var native = bar.querySelector("[data-web-share]");
    if (native && navigator.share) {
      native.hidden = false;
      native.querySelector("button").addEventListener("click", function (event) {
        var button = event.currentTarget;
        navigator.share({ title: button.dataset.shareTitle, url: button.dataset.shareUrl }).catch(function () {});
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".share-bar").forEach(setUpShareBar);
  });
})();

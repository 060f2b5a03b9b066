// Tell the paper an article was read: one small POST with the article id, no cookies.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !navigator.sendBeacon) { return; }
  var id = script.getAttribute("data-article");
  var endpoint = script.getAttribute("data-endpoint");
  if (!id || !endpoint || document.visibilityState === "prerender") { return; }
  navigator.sendBeacon(endpoint, new Blob([id], { type: "text/plain" }));
})();

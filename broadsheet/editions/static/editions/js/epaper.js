// Today's Paper: arrow keys and swipes turn the page; the zoom button enlarges it.
(function () {
  "use strict";
  var viewer = document.querySelector("[data-epaper]");
  if (!viewer) return;
  var prev = viewer.querySelector("[data-prev]");
  var next = viewer.querySelector("[data-next]");
  var stage = viewer.querySelector("[data-stage]");
  var zoom = viewer.querySelector("[data-zoom]");
  var image = viewer.querySelector(".epaper__image");
  var fitted = image && image.getAttribute("sizes");

  function go(link) {
    if (link) window.location.assign(link.href);
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (event.key === "ArrowLeft") { event.preventDefault(); go(prev); }
    if (event.key === "ArrowRight") { event.preventDefault(); go(next); }
  });

  if (zoom && stage) {
    zoom.hidden = false;
    zoom.addEventListener("click", function () {
      var zoomed = stage.classList.toggle("is-zoomed");
      zoom.setAttribute("aria-pressed", zoomed ? "true" : "false");
      zoom.textContent = zoomed ? "Zoom out" : "Zoom in";
      // Enlarged, the page needs the full image; the browser picks it from srcset.
      if (image && fitted) image.setAttribute("sizes", zoomed ? "220vw" : fitted);
    });
  }

  if (stage) {
    var startX = null;
    var startY = null;
    stage.addEventListener("touchstart", function (event) {
      if (event.touches.length !== 1) { startX = null; return; }
      startX = event.touches[0].clientX;
      startY = event.touches[0].clientY;
    }, { passive: true });
    stage.addEventListener("touchend", function (event) {
      if (startX === null || stage.classList.contains("is-zoomed")) return;
      var dx = event.changedTouches[0].clientX - startX;
      var dy = event.changedTouches[0].clientY - startY;
      startX = null;
      if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) go(dx < 0 ? next : prev);
    });
  }
})();

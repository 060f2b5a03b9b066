// The breaking-news banner: hides a banner the reader dismissed (before the page is drawn, which is
// why this script runs where it stands), takes it down at its expiry, and polls for a new one.
// Dismissals live in localStorage only: no cookie, nothing sent. Without JavaScript the banner
// the page was rendered with simply stays.
(function () {
  "use strict";

  var STORE = "broadsheet:dismissed-banners";
  var KEEP = 20; // dismissals remembered
  var slot = document.querySelector("[data-banner-slot]");
  if (!slot) { return; }
  var status = slot.querySelector("[data-banner-status]");
  var pollSeconds = Math.max(parseInt(slot.dataset.bannerPoll, 10) || 30, 5);
  var lastPoll = (parseInt(slot.dataset.bannerRendered, 10) || 0) * 1000;
  var expiryTimer = null;

  function dismissed() {
    try { return JSON.parse(window.localStorage.getItem(STORE)) || []; } catch (error) { return []; }
  }

  function remember(key) {
    var keys = dismissed().filter(function (k) { return k !== key; });
    keys.push(key);
    try { window.localStorage.setItem(STORE, JSON.stringify(keys.slice(-KEEP))); } catch (error) { /* private mode: dismissed for this page only */ }
  }

  function current() { return slot.querySelector("[data-banner-key]"); }

  function remove(banner) {
    if (banner && banner.parentNode) { banner.parentNode.removeChild(banner); }
    window.clearTimeout(expiryTimer);
  }

  function expireAt(banner) {
    var left = Date.parse(banner.dataset.bannerExpires) - Date.now();
    if (isNaN(left)) { return; }
    if (left <= 0) { remove(banner); return; }
    window.clearTimeout(expiryTimer);
    expiryTimer = window.setTimeout(function () { remove(banner); }, Math.min(left, 2147483000));
  }

  function wire(banner) {
    var button = banner.querySelector("[data-banner-dismiss]");
    button.hidden = false;
    button.addEventListener("click", function () {
      remember(banner.dataset.bannerKey);
      remove(banner);
      var main = document.getElementById("main");
      if (main) { main.focus(); }
    });
    expireAt(banner);
  }

  function build(data) {
    var banner = document.createElement("section");
    banner.className = "banner banner--" + data.level;
    banner.setAttribute("aria-label", data.label);
    banner.dataset.bannerKey = data.key;
    banner.dataset.bannerExpires = data.expires_at;
    var inner = document.createElement("div");
    inner.className = "wrap banner__inner";
    var level = document.createElement("span");
    level.className = "banner__level";
    level.textContent = data.label;
    var text = document.createElement("p");
    text.className = "banner__text";
    if (data.link) {
      var link = document.createElement("a");
      link.href = data.link;
      link.textContent = data.text;
      text.appendChild(link);
    } else {
      text.textContent = data.text;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "banner__dismiss";
    button.dataset.bannerDismiss = "";
    button.textContent = "Dismiss";
    var hint = document.createElement("span");
    hint.className = "visually-hidden";
    hint.textContent = " the " + data.label.toLowerCase() + " banner";
    button.appendChild(hint);
    inner.appendChild(level);
    inner.appendChild(text);
    inner.appendChild(button);
    banner.appendChild(inner);
    return banner;
  }

  function show(data) {
    var shown = current();
    if (!data) { remove(shown); return; }
    if (shown && shown.dataset.bannerKey === data.key) { return; }
    remove(shown);
    if (dismissed().indexOf(data.key) !== -1) { return; }
    var banner = build(data);
    slot.insertBefore(banner, status);
    wire(banner);
    // Announced once, when it appears: the same banner on the next poll changes nothing.
    status.textContent = data.label + ": " + data.text;
  }

  function poll() {
    lastPoll = Date.now();
    if (!window.fetch) { return; }
    window.fetch(slot.dataset.bannerUrl, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (!answer) { return; }
        if (answer.poll_seconds) { pollSeconds = Math.max(answer.poll_seconds, 5); }
        show(answer.banner);
      })
      .catch(function () { /* offline or the server is away: keep what is shown */ });
  }

  function tick() {
    if (document.visibilityState !== "hidden" && Date.now() - lastPoll >= pollSeconds * 1000) {
      poll();
    }
    window.setTimeout(tick, 1000);
  }

  var first = current();
  if (first && dismissed().indexOf(first.dataset.bannerKey) !== -1) {
    remove(first);
  } else if (first) {
    wire(first);
  }
  // A page older than the poll interval (from a cache) asks at once; a fresh one waits.
  tick();
})();

// Newsletter sign-up: check the address, post it, show the answer for five seconds.
// Without this script the form posts normally and the answer comes back as a page.
(function () {
  "use strict";

  var SHOW_FOR_MS = 5000;

  function looksValid(address) {
    if (address.length === 0 || address.length > 255) { return false; }
    if (address.indexOf("..") !== -1 || address.charAt(0) === "." || address.slice(-1) === ".") { return false; }
    // A plain local part, then a domain whose labels may be in any script (IDN).
    return /^[A-Za-z0-9._%+-]+@[^\s@.]+(\.[^\s@.]+)+$/.test(address);
  }

  function setUp(form) {
    var input = form.querySelector("input[name=email]");
    var status = form.querySelector("[role=status]");
    var timer = null;
    form.noValidate = true;

    function show(message, ok) {
      window.clearTimeout(timer);
      status.textContent = message;
      status.dataset.state = ok ? "ok" : "error";
      timer = window.setTimeout(function () { status.textContent = ""; }, SHOW_FOR_MS);
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var address = input.value.trim();
      if (!looksValid(address)) {
        show("Please enter a valid email address, such as name@example.com.", false);
        input.focus();
        return;
      }
      var body = new FormData(form);
      body.set("email", address);
      fetch(form.action, {
        method: "POST",
        body: body,
        headers: { "Accept": "application/json", "X-Requested-With": "XMLHttpRequest" },
        credentials: "same-origin"
      }).then(function (response) {
        return response.json().then(function (data) {
          show(data.message, response.ok);
          if (response.ok) { form.reset(); }
        });
      }).catch(function () {
        show("Your sign-up could not be sent. Please try again.", false);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-newsletter-signup]").forEach(setUp);
  });
})();

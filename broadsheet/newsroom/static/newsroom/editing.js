// A plain warning above the story's form when someone else has it open.
//
// Wagtail's editor pings the server every few seconds (WAGTAIL_EDITING_SESSION_PING_INTERVAL)
// and gets back who else is on the same story; it shows them as small avatars. This turns the
// same answer (the w-swap:json event) into a sentence a reporter cannot miss.
(function () {
  "use strict";

  function names(sessions) {
    var list = sessions.map(function (session) {
      return session.user || "Someone";
    });
    if (list.length < 2) {
      return list.join("");
    }
    return list.slice(0, -1).join(", ") + " and " + list[list.length - 1];
  }

  function message(others) {
    var saved = others.filter(function (session) {
      return session.revision_id;
    });
    var editing = others.filter(function (session) {
      return !session.revision_id && session.is_editing;
    });
    var viewing = others.filter(function (session) {
      return !session.revision_id && !session.is_editing;
    });
    var parts = [];
    if (saved.length) {
      parts.push(
        names(saved) +
          " saved a newer version of this story while you had it open. Saving now would " +
          "replace it: open the latest version first.",
      );
    }
    if (editing.length) {
      parts.push(
        names(editing) +
          (editing.length > 1 ? " are" : " is") +
          " editing this story now and " +
          (editing.length > 1 ? "have" : "has") +
          " unsaved changes. Agree who goes first before you save.",
      );
    }
    if (viewing.length) {
      parts.push(names(viewing) + " also " + (viewing.length > 1 ? "have" : "has") + " this story open.");
    }
    return { text: parts.join(" "), urgent: saved.length > 0 || editing.length > 0 };
  }

  function banner() {
    var existing = document.getElementById("newsroom-editing-warning");
    if (existing) {
      return existing;
    }
    var form = document.querySelector("[data-edit-form]");
    if (!form) {
      return null;
    }
    var element = document.createElement("div");
    element.id = "newsroom-editing-warning";
    element.className = "newsroom-editing-warning help-block help-warning";
    element.setAttribute("role", "status");
    element.setAttribute("aria-live", "polite");
    element.hidden = true;
    form.parentNode.insertBefore(element, form);
    return element;
  }

  document.addEventListener("w-swap:json", function (event) {
    var data = event.detail && event.detail.data;
    if (!data || !Array.isArray(data.other_sessions)) {
      return;
    }
    var element = banner();
    if (!element) {
      return;
    }
    var others = data.other_sessions.filter(function (session) {
      return session.revision_id || session.is_editing || !session.is_idle;
    });
    var shown = message(others);
    element.textContent = shown.text;
    element.hidden = !shown.text;
    element.classList.toggle("newsroom-editing-warning--urgent", shown.urgent);
  });
})();

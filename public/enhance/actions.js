// Small enhancements of public pages (lib/runtime/light-pages.ts: readers get no framework
// JavaScript). Buttons that need JavaScript are in the HTML, hidden, and shown here:
// - [data-copy="text"]: copies the text, and says so in the [role=status] of its [data-actions];
// - [data-share-url]: opens the system share sheet, where the browser has one;
// - [data-print]: opens the print dialog; [data-print-fallback] says how without JavaScript.
(function () {
  "use strict";
  if (window.__campaignActions) return;
  window.__campaignActions = true;

  var say = function (button, key) {
    var box = button.closest("[data-actions]");
    var status = box && box.querySelector("[role=status]");
    if (status) status.textContent = (box && box.getAttribute(key)) || "";
  };

  var start = function () {
    document.querySelectorAll("[data-actions][hidden]").forEach(function (box) {
      box.hidden = false;
    });
    document.querySelectorAll("[data-share-url]").forEach(function (button) {
      button.hidden = typeof navigator.share !== "function";
    });
    document.querySelectorAll("[data-print][hidden]").forEach(function (button) {
      button.hidden = false;
    });
    document.querySelectorAll("[data-print-fallback]").forEach(function (note) {
      note.hidden = true;
    });
  };

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var copy = target && target.closest("[data-copy]");
    if (copy) {
      var done = function () {
        say(copy, "data-copied");
      };
      var failed = function () {
        say(copy, "data-copy-failed");
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(copy.getAttribute("data-copy") || "").then(done, failed);
      } else {
        failed();
      }
      return;
    }
    var share = target && target.closest("[data-share-url]");
    if (share && typeof navigator.share === "function") {
      navigator
        .share({
          title: share.getAttribute("data-share-title") || "",
          url: share.getAttribute("data-share-url") || "",
        })
        .catch(function () {
          // The reader closed the share sheet.
        });
      return;
    }
    if (target && target.closest("[data-print]")) window.print();
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

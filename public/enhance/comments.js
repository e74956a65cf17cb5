// Posting a comment in place on a light article page (lib/runtime/light-pages.ts), where React
// does not run. Without this script, "Leave a comment" and "Reply" open the page with the form,
// and the form posts and comes back with the result. With it, the same form is fetched into
// the page and posts in place: the answer is the same page the form would have come back to,
// and its form (with the result, or what was typed and what is wrong) takes the old one's place.
// Any failure falls back to the page itself. Where React runs (signed-in readers), it does this.
(function () {
  "use strict";
  if (window.__campaignComments) return;
  window.__campaignComments = true;
  if (!document.documentElement.hasAttribute("data-light")) return;

  var parse = function (html) {
    return new DOMParser().parseFromString(html, "text/html");
  };

  // The form posts to the page it came from, in place.
  var bind = function (root, url) {
    var form = root.querySelector("#comment-form");
    if (!form) return;
    form.setAttribute("action", url);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send(form);
    });
  };

  // Keyboard focus goes to what the reader must read or do next.
  var focusIn = function (root) {
    var target =
      root.querySelector("[role=alert]") ||
      root.querySelector("#comment-form [aria-invalid=true]") ||
      root.querySelector("#comment-form input:not([type=hidden]), #comment-form textarea");
    if (!target) return;
    if (!target.matches("input, textarea")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
  };

  var fetchPage = function (url, init) {
    return fetch(url, Object.assign({ credentials: "same-origin" }, init)).then(
      function (response) {
        if (!response.ok && response.status !== 400 && response.status !== 422) {
          throw new Error("status " + response.status);
        }
        return response.text().then(function (html) {
          return {
            doc: new DOMParser().parseFromString(html, "text/html"),
            url: response.url || url,
          };
        });
      },
    );
  };

  // "Leave a comment" or "Reply": the page's form, fetched into the place of the link.
  var open = function (slot, url) {
    slot.setAttribute("aria-busy", "true");
    fetchPage(url)
      .then(function (page) {
        var form = page.doc.getElementById("comment-form");
        if (!form || !form.parentElement) throw new Error("no comment form");
        slot.replaceChildren(document.importNode(form.parentElement, true));
        bind(slot, url);
        focusIn(slot);
      })
      .catch(function () {
        window.location.href = url;
      })
      .then(function () {
        slot.removeAttribute("aria-busy");
      });
  };

  // Posting, as React's form does it: the answer is the page with the form's result (the posted
  // comment, awaiting moderation or shown; or what was typed and what is wrong), and that form
  // takes the place of this one.
  var send = function (form) {
    var box = form.parentElement;
    var button = form.querySelector("[type=submit]");
    if (button) button.disabled = true;
    box.setAttribute("aria-busy", "true");
    var body = new FormData(form);
    body.set("js", "1");
    fetchPage(form.getAttribute("action"), { method: "POST", body: body })
      .then(function (page) {
        var fresh = page.doc.getElementById("comment-form");
        if (!fresh || !fresh.parentElement) throw new Error("no comment form");
        var node = document.importNode(fresh.parentElement, true);
        box.replaceWith(node);
        bind(node, form.getAttribute("action"));
        var status = node.querySelector("[role=status]");
        if (status) {
          status.setAttribute("tabindex", "-1");
          status.focus({ preventScroll: true });
          status.scrollIntoView({ block: "center" });
        } else {
          focusIn(node);
        }
      })
      .catch(function () {
        // The page's own way: post the form, and come back with the result.
        box.removeAttribute("aria-busy");
        HTMLFormElement.prototype.submit.call(form);
      });
  };

  // The page with the form (?respond, ?replyto): it posts in place too.
  var start = function () {
    var form = document.getElementById("comment-form");
    if (form && form.parentElement) bind(form.parentElement, window.location.href.split("#")[0]);
  };

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var link = target && target.closest("a[data-reply-to], a[data-leave-comment]");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var section = link.closest("section") || document;
    var slot = section.querySelector("[data-comments-enhancer]");
    if (!slot) return;
    event.preventDefault();
    open(slot, link.href.split("#")[0]);
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

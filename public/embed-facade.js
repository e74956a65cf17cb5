// Embed facades (lib/articles/body-render.ts): each embed is a link to the post until a reader
// presses its button; only then does the provider's player load, in a frame the CSP allows.
// One listener on the document serves every facade, whenever it arrived (the script may run
// before the body is parsed, or once for several pages a reader moves between).
(function () {
  "use strict";
  if (window.__embedFacades) return;
  window.__embedFacades = true;
  var FRAME_ORIGINS = [
    "https://www.youtube-nocookie.com/",
    "https://player.vimeo.com/",
    "https://platform.twitter.com/",
    "https://t.me/",
  ];
  var allowed = function (src) {
    return FRAME_ORIGINS.some(function (origin) {
      return src.indexOf(origin) === 0;
    });
  };
  var frameOf = function (figure) {
    var src = (figure && figure.getAttribute("data-frame")) || "";
    return allowed(src) ? src : "";
  };

  // The link becomes a button that says where the player comes from.
  var upgrade = function () {
    document.querySelectorAll("figure.embed[data-frame] a.embed-facade").forEach(function (link) {
      var figure = link.closest("figure.embed");
      if (!frameOf(figure)) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "embed-facade";
      while (link.firstChild) button.appendChild(link.firstChild);
      var action = button.querySelector(".embed-action");
      if (action) action.textContent = figure.getAttribute("data-play") || action.textContent;
      link.replaceWith(button);
    });
  };

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var facade = target && target.closest("figure.embed[data-frame] .embed-facade");
    if (!facade) return;
    var figure = facade.closest("figure.embed");
    var src = frameOf(figure);
    if (!src) return;
    event.preventDefault();
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = figure.getAttribute("data-title") || "";
    frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    frame.className = "embed-frame";
    facade.replaceWith(frame);
    frame.focus();
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", upgrade);
  else upgrade();
  // Pages a reader reaches without a full load bring their facades in later.
  new MutationObserver(function () {
    if (document.querySelector("figure.embed[data-frame] a.embed-facade")) upgrade();
  }).observe(document.documentElement, { childList: true, subtree: true });
})();

// Embed facades (lib/articles/body-render.ts): each embed is a link to the post until a reader
// presses its button; only then does the provider's player load, in a frame the CSP allows.
(function () {
  "use strict";
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
  document.querySelectorAll("figure.embed[data-frame]").forEach(function (figure) {
    var link = figure.querySelector("a.embed-facade");
    var src = figure.getAttribute("data-frame") || "";
    if (!link || !allowed(src)) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "embed-facade";
    while (link.firstChild) button.appendChild(link.firstChild);
    var action = button.querySelector(".embed-action");
    if (action) action.textContent = figure.getAttribute("data-play") || action.textContent;
    link.replaceWith(button);
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = src;
      frame.title = figure.getAttribute("data-title") || "";
      frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.className = "embed-frame";
      button.replaceWith(frame);
      frame.focus();
    });
  });
})();

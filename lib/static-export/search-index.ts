/** One page the mirror's search finds. `url` is relative to the language's search page. */
export type SearchEntry = { title: string; excerpt: string; url: string };

/** The global the index's script form sets, for a mirror opened from file:// (no fetch there). */
const INDEX_GLOBAL = "mirrorSearchIndex";

/** The language's index as JSON: one entry a line, so a changed article changes one line. */
export function searchIndexJson(entries: SearchEntry[]): string {
  return `[\n${entries.map((entry) => JSON.stringify(entry)).join(",\n")}\n]\n`;
}

/** The same index as a script that sets a global. */
export function searchIndexScript(entries: SearchEntry[]): string {
  const json = searchIndexJson(entries).replace(/</g, "\\u003c");
  return `window.${INDEX_GLOBAL} = ${json}`;
}

/**
 * The mirror's one program: reads ?q= on the search page, loads the language's index (fetch,
 * or the index's script form where fetch is refused, as from file://), and lists the pages whose
 * title and excerpt hold every word typed, titles first. ES5 syntax, no dependencies.
 */
export const SEARCH_SCRIPT = `(function () {
  "use strict";
  var script = document.currentScript;
  var box = document.getElementById("mirror-search-results");
  if (!script || !box) return;
  var hint = document.querySelector("[data-mirror-search-noscript]");
  if (hint) hint.hidden = true;
  var query = (new URLSearchParams(location.search).get("q") || "").trim().slice(0, 200);
  var inputs = document.querySelectorAll("input[name=q]");
  for (var i = 0; i < inputs.length; i += 1) inputs[i].value = query;
  if (!query) return;
  var fold = function (text) {
    return String(text).toLowerCase().normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "");
  };
  var words = fold(query).split(/\\s+/).filter(Boolean);
  function count(n) {
    var rule = "other";
    try { rule = new Intl.PluralRules(script.getAttribute("data-lang") || "en").select(n); } catch (e) {}
    var form = box.getAttribute("data-count-" + rule) || box.getAttribute("data-count-other") || "#";
    return form.replace("#", n.toLocaleString());
  }
  function show(entries) {
    var found = [];
    for (var i = 0; i < entries.length; i += 1) {
      var entry = entries[i];
      var title = fold(entry.title);
      var all = title + " " + fold(entry.excerpt);
      var hit = true, inTitle = 0;
      for (var w = 0; w < words.length; w += 1) {
        if (all.indexOf(words[w]) < 0) { hit = false; break; }
        if (title.indexOf(words[w]) >= 0) inTitle += 1;
      }
      if (hit) found.push({ entry: entry, score: inTitle, order: i });
    }
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    box.textContent = "";
    var heading = document.createElement("p");
    heading.setAttribute("role", "status");
    heading.className = "font-semibold";
    heading.textContent = found.length
      ? count(found.length)
      : (box.getAttribute("data-none") || "").replace("%s", query);
    box.appendChild(heading);
    if (!found.length) return;
    var list = document.createElement("ol");
    list.className = "mt-4 space-y-4";
    var base = script.getAttribute("data-index") || "";
    for (var r = 0; r < found.length && r < 100; r += 1) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = new URL(found[r].entry.url, new URL(base, location.href)).href;
      link.className = "text-accent text-lg font-semibold underline";
      link.textContent = found[r].entry.title;
      item.appendChild(link);
      if (found[r].entry.excerpt) {
        var excerpt = document.createElement("p");
        excerpt.textContent = found[r].entry.excerpt;
        item.appendChild(excerpt);
      }
      list.appendChild(item);
    }
    box.appendChild(list);
  }
  function fromScript() {
    var tag = document.createElement("script");
    tag.src = script.getAttribute("data-index-script");
    tag.onload = function () { show(window.${INDEX_GLOBAL} || []); };
    document.head.appendChild(tag);
  }
  if (location.protocol === "file:" || !window.fetch) return fromScript();
  fetch(script.getAttribute("data-index"))
    .then(function (response) { if (!response.ok) throw new Error(); return response.json(); })
    .then(show, fromScript);
})();
`;

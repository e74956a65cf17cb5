/**
 * WordPress's own query parameters that name content on its "plain" links (`/?p=12`,
 * `/index.php?cat=3`), kept in a normalized old address. Everything else is dropped: tracking
 * tags (utm_*, fbclid), page numbers (`paged`, `page`: the item's first page is the right
 * answer), previews, reply links and the search (`s`: a search names no content that moved; the
 * proxy sends `/?s=` to this site's search instead).
 */
const WORDPRESS_QUERY_KEYS = new Set([
  "p",
  "page_id",
  "attachment_id",
  "cat",
  "tag",
  "author",
  "m",
  "feed",
  "name",
  "pagename",
  "category_name",
  "year",
  "monthnum",
  "day",
]);

const MAX_LENGTH = 2_000;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:\/\//i;
/** Characters that change how a path is read when decoded; they stay percent-encoded. */
const KEEP_ENCODED_IN_PATH = /[%/?#\s]/g;
const KEEP_ENCODED_IN_VALUE = /[%&=#+\s]/g;

const hexByte = (byte: number) => `%${byte.toString(16).padStart(2, "0")}`;
const escapeChar = (char: string) => [...new TextEncoder().encode(char)].map(hexByte).join("");

/** How many bytes a UTF-8 sequence starting with `lead` has (1 for a byte that starts none). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

/**
 * Decodes each valid percent-encoded UTF-8 character of a path; a byte that is not part of one
 * (`%ff`, a cut sequence) stays as it was typed. Characters that would change the path's
 * structure (`/`, `?`, `#`, `%`, spaces) come back encoded, so normalizing twice changes nothing.
 * Null when a control character was encoded.
 */
function decodePath(path: string): string | null {
  let hasControl = false;
  const decoded = path.replace(/(?:%[\da-f]{2})+/gi, (run) => {
    const bytes = run
      .slice(1)
      .split("%")
      .map((hex) => Number.parseInt(hex, 16));
    let out = "";
    for (let index = 0; index < bytes.length;) {
      const length = sequenceLength(bytes[index]!);
      const slice = bytes.slice(index, index + length);
      let char: string | null = null;
      if (slice.length === length) {
        try {
          char = decodeURIComponent(slice.map(hexByte).join(""));
        } catch {
          char = null;
        }
      }
      if (char === null) {
        out += hexByte(bytes[index]!);
        index += 1;
      } else {
        hasControl ||= CONTROL.test(char);
        out += char.replace(KEEP_ENCODED_IN_PATH, escapeChar);
        index += length;
      }
    }
    return out;
  });
  return hasControl ? null : decoded;
}

function normalizeQuery(query: string): string | null {
  const params = new URLSearchParams(query);
  const kept: [string, string][] = [];
  for (const key of new Set(params.keys())) {
    const name = key.toLowerCase();
    if (!WORDPRESS_QUERY_KEYS.has(name) || kept.some(([k]) => k === name)) continue;
    const raw = params.get(key) ?? "";
    if (CONTROL.test(raw) || !raw.isWellFormed()) return null;
    const value = raw.trim().toLowerCase().normalize("NFC");
    if (!value) continue;
    kept.push([name, value.replace(KEEP_ENCODED_IN_VALUE, escapeChar)]);
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return kept.map(([key, value]) => `${key}=${value}`).join("&");
}

/**
 * The key an old address is stored and looked up under: the same for every way a reader, a
 * search engine or the importer writes it. `input` is a path with an optional query
 * (`/2020/05/Some-Post/?utm_source=x`) or a full URL (only its path and query are used).
 *
 * - percent-encoding is decoded where it is valid UTF-8 (`/%d0%bd%d0%be%d0%b2%d1%8b/` is
 *   `/новы`), kept as it is where it is not; then lowercased (NFC);
 * - `//` collapses, a trailing slash and an `/index.php` prefix are dropped;
 * - only the root (`/`, `/index.php`) keeps a query, and of it only WordPress's own parameters,
 *   sorted (`/?cat=3&feed=rss2`); any other path names its content by itself.
 *
 * Null for the home page without such a query, for anything over 2,000 characters and for
 * control characters (typed or percent-encoded).
 */
export function normalizeRedirectPath(input: string): string | null {
  if (typeof input !== "string" || input.length > MAX_LENGTH) return null;
  let text = input.trim();
  if (CONTROL.test(text)) return null;
  if (ABSOLUTE_URL.test(text)) {
    try {
      const url = new URL(text);
      text = `${url.pathname}${url.search}`;
    } catch {
      return null;
    }
  }
  text = text.split("#", 1)[0] ?? "";
  const queryAt = text.indexOf("?");
  const rawPath = queryAt === -1 ? text : text.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? "" : text.slice(queryAt + 1);

  const decoded = decodePath(rawPath.startsWith("/") ? rawPath : `/${rawPath}`);
  // A lone surrogate is no text (and PostgreSQL refuses it).
  if (decoded === null || !decoded.isWellFormed()) return null;
  // A space typed as it is reads as the %20 a browser sends.
  let path = decoded.replace(/\s/g, escapeChar).toLowerCase().normalize("NFC");
  path = path.replace(/\/{2,}/g, "/");
  if (path === "/index.php" || path.startsWith("/index.php/")) path = path.slice(10) || "/";
  path = path.replace(/(?<=.)\/+$/, "");

  if (path !== "/") return path.length > MAX_LENGTH ? null : path;
  const query = normalizeQuery(rawQuery);
  if (!query) return null;
  const normalized = `/?${query}`;
  return normalized.length > MAX_LENGTH ? null : normalized;
}

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

// React's streaming renderer moves a Suspense boundary's content into place, once it is ready,
// with small inline scripts: its runtime functions ($RC, $RS, $RR, $RX, $RV …) defined once per
// page, then one call per boundary with string arguments. The functions' text is taken from the
// React that Next.js renders with, so a script passes only if it is exactly React's code.

const RUNTIME_LITERAL =
  /(["'])((?:\$R[A-Z]{1,2}=|requestAnimationFrame\(function\(\)\{\$RT)(?:(?!\1)[^\\]|\\.)*)\1/g;
/** A runtime chunk that ends by opening its first call: `…};$RC("`. */
const OPENS_CALL = /\$R[A-Z]\("$/;
const CALL = /^\$R[A-Z]\(([\s\S]*)\);?$/;

let definitions: string[] | undefined;

/** The runtime functions' text in Next.js's compiled React (stable and experimental builds). */
function reactRuntimeDefinitions(): string[] {
  if (definitions) return definitions;
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const compiled = path.join(path.dirname(require.resolve("next/package.json")), "dist/compiled");
  const found = new Set<string>();
  for (const build of ["react-dom", "react-dom-experimental"]) {
    for (const runtime of ["node", "edge"]) {
      let source: string;
      try {
        source = readFileSync(
          path.join(compiled, build, `cjs/react-dom-server.${runtime}.production.js`),
          "utf8",
        );
      } catch {
        continue;
      }
      for (const match of source.matchAll(RUNTIME_LITERAL)) {
        // The match is one string literal of React's own source: evaluate it to get its text.
        const text = vm.runInNewContext(match[0]) as string;
        found.add(text.replace(OPENS_CALL, ""));
      }
    }
  }
  found.delete("");
  // Longest first, so a definition that extends another is matched whole.
  definitions = [...found].sort((a, b) => b.length - a.length);
  return definitions;
}

/** Arguments of one call: JSON strings, and arrays of them (style dependencies). */
function plainArguments(list: string): boolean {
  try {
    const values: unknown = JSON.parse(`[${list}]`);
    const plain = (value: unknown): boolean =>
      typeof value === "string" || (Array.isArray(value) && value.every(plain));
    return Array.isArray(values) && values.length > 0 && values.every(plain);
  } catch {
    return false;
  }
}

/**
 * Whether an inline script is one React writes while streaming: some of its runtime definitions,
 * exactly as React has them, then at most one call of them with plain string arguments.
 */
export function isReactInstructionScript(text: string): boolean {
  let rest = text;
  let matched = false;
  const known = reactRuntimeDefinitions();
  for (let progress = true; progress && rest;) {
    progress = false;
    for (const definition of known) {
      if (rest.startsWith(definition)) {
        rest = rest.slice(definition.length);
        matched = progress = true;
        break;
      }
    }
  }
  if (!rest) return matched;
  const call = CALL.exec(rest);
  return !!call && plainArguments(call[1]!);
}

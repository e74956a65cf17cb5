import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const project = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  engines: { node: string };
};

type Installed = { name: string; version: string; engines: string | undefined; where: string };

/** Every package under node_modules (nested ones too), as npm installed it on this machine. */
function installedPackages(folder: string, found: Installed[] = []): Installed[] {
  if (!existsSync(folder)) return found;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const dirs = entry.name.startsWith("@")
      ? readdirSync(path.join(folder, entry.name), { withFileTypes: true })
          .filter((scoped) => scoped.isDirectory())
          .map((scoped) => path.join(folder, entry.name, scoped.name))
      : [path.join(folder, entry.name)];
    for (const dir of dirs) {
      const manifest = path.join(dir, "package.json");
      if (existsSync(manifest)) {
        const pkg = JSON.parse(readFileSync(manifest, "utf8")) as {
          name?: string;
          version?: string;
          engines?: { node?: unknown };
        };
        found.push({
          name: pkg.name ?? path.basename(dir),
          version: pkg.version ?? "?",
          engines: typeof pkg.engines?.node === "string" ? pkg.engines.node : undefined,
          where: path.relative(root, dir),
        });
      }
      installedPackages(path.join(dir, "node_modules"), found);
    }
  }
  return found;
}

describe("declared Node.js versions", () => {
  it("names the versions the README promises: 20.19+, 22 and 24", () => {
    const range = project.engines.node;
    for (const version of ["20.19.0", "20.20.2", "22.13.0", "22.21.0", "24.0.0", "24.11.0"]) {
      expect(semver.satisfies(version, range), `${version} in ${range}`).toBe(true);
    }
    expect(semver.satisfies("18.20.0", range)).toBe(false);
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain("Node.js 20.19 or newer in the 20 line, 22.13 or newer, or 24");
  });

  it("every installed package supports every Node.js version this project declares", () => {
    const packages = installedPackages(path.join(root, "node_modules"));
    expect(packages.length).toBeGreaterThan(300);
    const narrower = packages
      .filter((pkg) => pkg.engines !== undefined && pkg.engines.trim() !== "")
      .filter((pkg) => {
        const range = semver.validRange(pkg.engines);
        return range === null || !semver.subset(project.engines.node, range);
      })
      .map((pkg) => `${pkg.name}@${pkg.version} wants node ${pkg.engines} (${pkg.where})`);
    expect(narrower).toEqual([]);
  });
});

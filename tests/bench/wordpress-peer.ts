/**
 * A WordPress peer for the Lighthouse benchmark: Debian's WordPress 6.1 with Twenty Twenty-Three
 * (package wordpress-theme-twentytwentythree), the demo's English posts and the article
 * /news/ales-bialiatski-released with the same title, body, cover and approved comments, served by
 * nginx through php-fpm from a throwaway MariaDB, everything in one temp folder.
 *
 * WordPress runs from a copy of /usr/share/wordpress (59 MB, a second to copy) with a
 * wp-config.php of its own: Debian's wp-config.php only reads /etc/wordpress/config-<host>.php,
 * and nothing here writes outside the temp folder.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chmod, copyFile, cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { articles, categories, tags } from "@/prisma/seed-data/articles";
import { defaultSiteSettings } from "@/lib/settings/schemas";
import { sleep, waitForExit } from "@/tests/bench/harness";
import { NGINX_TEST_PATHS, startNginx } from "@/tests/setup/nginx";

const run = promisify(execFile);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WORDPRESS_DIR = process.env.WORDPRESS_DIR ?? "/usr/share/wordpress";
const THEME = "twentytwentythree";
const ARTICLE = "ales-bialiatski-released";
/** The demo's staff names (lib/seed/staff.ts), as the posts' authors. */
const AUTHORS = { editor: "Campaign newsroom", author: "Minsk correspondent" };

/** A program on PATH or in the sbin folders a non-root PATH lacks (nginx, mariadbd, php-fpm). */
function program(name: RegExp): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(":"), "/usr/sbin", "/sbin"].filter(Boolean);
  for (const dir of dirs) {
    const found = existsSync(dir) ? readdirSync(dir).find((file) => name.test(file)) : undefined;
    if (found) return path.join(dir, found);
  }
  return undefined;
}

function programs() {
  return {
    php: program(/^php$/),
    phpFpm: process.env.PHP_FPM_PATH ?? program(/^php-fpm[\d.]*$/),
    mariadbd: program(/^mariadbd$/),
    mariadb: program(/^mariadb$/),
    installDb: program(/^mariadb-install-db$/),
    nginx: process.env.NGINX_PATH ?? program(/^nginx$/),
  };
}

/** True when Debian's wordpress, Twenty Twenty-Three, php-fpm, MariaDB and nginx are installed. */
export function wordpressPeerInstalled(): boolean {
  return (
    Object.values(programs()).every(Boolean) &&
    existsSync(path.join(WORDPRESS_DIR, "wp-settings.php")) &&
    existsSync(path.join(WORDPRESS_DIR, "wp-content/themes", THEME, "theme.json"))
  );
}

/** A UTC time as WordPress stores it: 2014-06-21 18:00:00. */
const sqlDate = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");

/** What the PHP CLI writes: the demo's English posts, oldest first, the covers read from public/. */
function seedData(host: string, wordpress: string) {
  const name = (list: typeof categories) => new Map(list.map((term) => [term.slug, term]));
  const [categoryBySlug, tagBySlug] = [name(categories), name(tags)];
  const posts = articles
    .filter((a) => a.kind === "POST" && a.status === "PUBLISHED" && a.language === "en")
    .sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? ""));
  const used = (key: "categories" | "tags") => [...new Set(posts.flatMap((post) => post[key]))];
  const terms = [
    ...used("categories").map((slug) => ({ taxonomy: "category", term: categoryBySlug.get(slug) })),
    ...used("tags").map((slug) => ({ taxonomy: "post_tag", term: tagBySlug.get(slug) })),
  ].map(({ taxonomy, term }) => ({ taxonomy, ...term }));
  const { title, tagline, timeZone } = defaultSiteSettings;
  const site = { host, wordpress, title, tagline, timeZone, theme: THEME, authors: AUTHORS };
  return {
    ...site,
    article: ARTICLE,
    terms,
    posts: posts.map((post) => {
      const file = post.cover && path.join(REPO, "public", post.cover.file);
      const box = file && /viewBox="0 0 (\d+) (\d+)"/.exec(readFileSync(file, "utf8"));
      const [, width = "1200", height = "630"] = box || [];
      return {
        ...post,
        date: sqlDate(Date.parse(post.publishedAt ?? "")),
        cover: post.cover && { ...post.cover, path: file, width: +width, height: +height },
        comments: (post.comments ?? [])
          .filter((comment) => comment.status === "APPROVED")
          .map((comment) => ({
            ...comment,
            date: sqlDate(Date.parse(post.publishedAt ?? "") + comment.daysAfterPublish * 864e5),
          })),
      };
    }),
  };
}

/**
 * Installs WordPress (one PHP process: wp_install() needs WP_INSTALLING) and writes the site (a
 * second one). Outgoing HTTP and mail are refused; SVG covers go into the media library with
 * their size, as an SVG plugin would put them (WordPress alone refuses SVG uploads).
 */
// The PHP beside this file; it is read, not imported.
const SEED_PHP_FILE = path.join(import.meta.dirname, "wordpress-peer-seed.php");

/** The peer's own wp-config.php: Debian's reads /etc/wordpress/config-<host>.php instead. */
const wpConfig = (dir: string, url: string) => `<?php
$constants = ['DB_NAME' => 'wordpress', 'DB_USER' => 'wp', 'DB_PASSWORD' => 'bench-peer',
    'DB_HOST' => 'localhost:${dir}/mysqld.sock', 'DB_CHARSET' => 'utf8mb4', 'DB_COLLATE' => '',
    'WP_HOME' => '${url}', 'WP_SITEURL' => '${url}', 'WP_DEBUG' => false, 'DISABLE_WP_CRON' => true,
    'AUTOMATIC_UPDATER_DISABLED' => true, 'WP_AUTO_UPDATE_CORE' => false, 'WP_HTTP_BLOCK_EXTERNAL' => true];
foreach ($constants as $name => $value) define($name, $value);
foreach (['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'] as $key) {
    define("{$key}_KEY", "bench-peer-$key-key");
    define("{$key}_SALT", "bench-peer-$key-salt");
}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;

/** gzip for text, as a WordPress host's nginx would; PHP through the peer's own php-fpm pool. */
const nginxConfig = (dir: string) => `
worker_processes 1;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  ${NGINX_TEST_PATHS}
  sendfile on;
  gzip on;
  gzip_vary on;
  gzip_types text/css application/javascript application/json image/svg+xml application/rss+xml;
  server {
    listen 127.0.0.1:{{PORT}};
    root ${dir}/wordpress;
    index index.php;
    location / { try_files $uri $uri/ /index.php?$args; }
    location ~ \\.php$ {
      try_files $uri =404;
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      # Debian's fastcgi_params drops the port: WordPress on a non-80 port would redirect forever.
      fastcgi_param HTTP_HOST $host:$server_port;
      fastcgi_pass unix:${dir}/php-fpm.sock;
    }
  }
}`;

const phpFpmConfig = (dir: string) => `[global]
pid = ${dir}/php-fpm.pid
error_log = ${dir}/php-fpm.log
daemonize = no
[bench-peer]
${process.getuid?.() === 0 ? "user = www-data\ngroup = www-data\n" : ""}listen = ${dir}/php-fpm.sock
listen.mode = 0666
pm = static
pm.max_children = 4
catch_workers_output = yes
`;

async function until(what: string, ready: () => boolean | Promise<boolean>, child: ChildProcess) {
  for (let tries = 0; tries < 300; tries += 1) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (await ready()) return;
    await sleep(100);
  }
  throw new Error(`${what} did not start within 30 s`);
}

async function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await waitForExit(child);
  clearTimeout(timer);
}

/** Starts the peer: MariaDB, php-fpm and nginx on a free port, WordPress installed and seeded. */
export async function startWordPressPeer() {
  const bin = programs();
  if (!wordpressPeerInstalled())
    throw new Error(
      "The WordPress peer needs: apt-get install -y --no-install-recommends nginx php-fpm php-mysql php-gd php-mbstring php-xml mariadb-server wordpress wordpress-theme-twentytwentythree",
    );
  const dir = await mkdtemp(path.join(os.tmpdir(), "wordpress-peer-"));
  // php-fpm's workers (www-data when root) and nginx's (nobody) read the site and the sockets.
  await chmod(dir, 0o755);
  const user = os.userInfo().username;
  const children: ChildProcess[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  const stop = async () => {
    await nginx?.stop();
    const [mariadb, phpFpm] = children;
    await stopChild(phpFpm, "SIGQUIT");
    await stopChild(mariadb, "SIGTERM");
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const socket = `${dir}/mysqld.sock`;
    const db = [`--datadir=${dir}/db`, `--user=${user}`];
    await run(bin.installDb!, [
      ...db,
      "--auth-root-authentication-method=socket",
      "--skip-test-db",
    ]);
    const mariadb = spawn(
      bin.mariadbd!,
      [
        "--no-defaults", // only as the first option
        ...db,
        `--socket=${socket}`,
        "--skip-networking",
        `--pid-file=${dir}/mysqld.pid`,
        `--log-error=${dir}/mysqld.err`,
      ],
      { stdio: "ignore" },
    );
    children.push(mariadb);
    const sql = (query: string) =>
      run(bin.mariadb!, [`--socket=${socket}`, `-u${user}`, "-e", query]);
    const alive = () => sql("SELECT 1").then(Boolean, () => false);
    await until("MariaDB", alive, mariadb);
    await sql(`CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
      CREATE USER 'wp'@'localhost' IDENTIFIED BY 'bench-peer';
      GRANT ALL ON wordpress.* TO 'wp'@'localhost';`);

    await cp(WORDPRESS_DIR, `${dir}/wordpress`, { recursive: true, dereference: true });
    nginx = await startNginx({ config: nginxConfig(dir) });
    const url = `http://127.0.0.1:${nginx.port}`;
    await writeFile(`${dir}/wordpress/wp-config.php`, wpConfig(dir, url));
    await writeFile(`${dir}/php-fpm.conf`, phpFpmConfig(dir));
    const phpFpm = spawn(bin.phpFpm!, ["--nodaemonize", "--fpm-config", `${dir}/php-fpm.conf`], {
      stdio: "ignore",
    });
    children.push(phpFpm);
    await until("php-fpm", () => existsSync(`${dir}/php-fpm.sock`), phpFpm);

    const data = seedData(`127.0.0.1:${nginx.port}`, `${dir}/wordpress`);
    await writeFile(`${dir}/seed.json`, JSON.stringify(data));
    await copyFile(SEED_PHP_FILE, `${dir}/seed.php`);
    await run(bin.php!, [`${dir}/seed.php`, "install", `${dir}/seed.json`]);
    const { stdout } = await run(bin.php!, [`${dir}/seed.php`, "seed", `${dir}/seed.json`]);
    const site = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, string>;
    const article = await fetch(`${url}${site.articlePath}`);
    if (!article.ok) throw new Error(`the peer's article answered ${article.status}`);
    return {
      url,
      articlePath: site.articlePath ?? "/",
      label: `WordPress ${site.wordpress}, ${site.theme}`,
      stop,
    };
  } catch (error) {
    const tail = (file: string) => readFile(path.join(dir, file), "utf8").catch(() => "");
    const logs = await Promise.all([tail("mysqld.err"), tail("php-fpm.log")]);
    await stop();
    const log = logs.map((text) => text.slice(-2000)).join("\n");
    throw new Error(`The WordPress peer did not start: ${String(error)}\n${log}`);
  }
}

import { benchmarkPublicPages } from "@/tests/bench/public-pages";
import { benchmarkWordPressImport } from "@/tests/bench/wordpress-import";

// BENCH_ONLY=import measures the WordPress importer alone (it needs no build and no server).
const only = process.env.BENCH_ONLY ?? "";
if (!only || !"import".startsWith(only)) await benchmarkPublicPages();
if ("import".startsWith(only)) await benchmarkWordPressImport();

import { benchmarkCluster } from "@/tests/bench/cluster";
import { benchmarkPublicPages } from "@/tests/bench/public-pages";
import { benchmarkWordPressImport } from "@/tests/bench/wordpress-import";

// BENCH_ONLY=import measures the WordPress importer alone (it needs no build and no server);
// BENCH_ONLY=cluster Varnish in front of two instances, the front alone and nginx with a file.
const only = process.env.BENCH_ONLY ?? "";
const named = (name: string) => only !== "" && name.startsWith(only);
if (!only || (!named("import") && !named("cluster"))) await benchmarkPublicPages();
if (!only || named("cluster")) await benchmarkCluster();
if (!only || named("import")) await benchmarkWordPressImport();

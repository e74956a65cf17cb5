import { benchmarkCacheBound } from "@/tests/bench/cache-bound";

await benchmarkCacheBound();

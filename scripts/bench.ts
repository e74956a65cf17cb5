import { benchmarkPublicPages } from "@/tests/bench/public-pages";

await benchmarkPublicPages();

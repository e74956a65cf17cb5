import { soak } from "@/tests/bench/soak";

await soak();

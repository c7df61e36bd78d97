// Plain JavaScript so node:worker_threads can start it without a TypeScript loader (as the
// scheduler's worker-entry.js): from the sources it registers tsx first; in the compiled CLI the
// build bundles bench.ts into it and the registration is a no-op.
const { register } = await import("tsx/esm/api");
register();
const { serveBenchJobs } = await import("./bench.ts");
serveBenchJobs();

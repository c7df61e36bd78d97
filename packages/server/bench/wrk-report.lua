-- Prints wrk's summary of a run as one JSON line (bench/run.ts, BENCH_GENERATOR=wrk): requests,
-- bytes, errors, latency percentiles and the slowest response in microseconds, and wrk's own CPU
-- seconds (os.clock: the process, all its threads).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"bytes":%d,"durationUs":%d,"errors":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d,"cpuS":%.3f}\n',
    summary.requests, summary.bytes, summary.duration,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, os.clock()))
end

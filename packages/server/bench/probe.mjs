// A second, independent client for bench/run.ts: one request at a time (every 20 ms) to the URL in
// argv[2], with the headers in argv[3] (JSON), while autocannon loads the server; on "stop" it
// reports its request count and its slowest response. Being light and warm, it measures how long a
// user waits under that load without the load generator's own start-up in the figure.
const [url, headers] = [process.argv[2], JSON.parse(process.argv[3] ?? "{}")];
let stop = false;
let n = 0;
let max = 0;
process.on("message", (m) => {
  if (m === "stop") stop = true;
});
process.send?.("ready");
while (!stop) {
  const t = performance.now();
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  max = Math.max(max, performance.now() - t);
  n++;
  await new Promise((r) => setTimeout(r, 20));
}
process.send?.({ n, max });
process.exit(0);

-- wrk script of bench/run-serving-http.sh: one request shape from the environment, one JSON line of results.
--   BENCH_METHOD        GET (default) or POST
--   BENCH_BODY          file holding the request body (POST)
--   BENCH_CONTENT_TYPE  its Content-Type (default application/json)
-- At the end prints "WRK_JSON {...}": requests, seconds, requests/s, errors by kind (status = non-2xx/3xx
-- answers) and latency percentiles in milliseconds, for the script to pick up.
wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body_file = os.getenv("BENCH_BODY")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE") or "application/json"
end

function done(summary, latency, requests)
  local e = summary.errors
  local s = summary.duration / 1e6
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_s":%.3f,"rate":%.1f,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_ms":{"p50":%.3f,"p90":%.3f,"p99":%.3f,"max":%.3f}}\n',
    summary.requests, s, summary.requests / s, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

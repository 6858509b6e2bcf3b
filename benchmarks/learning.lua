-- wrk script for benchmarks/learning.py.
--
--   wrk -t2 -c16 -d20s --latency -s benchmarks/learning.lua URL -- MODE [SESSIONS_FILE]
--
-- MODE "anon": plain GETs, no cookies. "get": a GET as a random signed-in
-- teacher per request. "heartbeat": a heartbeat POST as a random teacher,
-- with the session and CSRF cookies, the X-CSRFToken header and the lesson's
-- signed token and nonce as a form body. SESSIONS_FILE has one teacher per line:
-- session key, CSRF cookie, masked CSRF token, heartbeat token, nonce (tab-separated).
--
-- The nonce rotates with every credited beat (courses/attention.py), and wrk
-- cannot tie a response to its session, so every beat after a session's first
-- is answered 409 "stale": the same UPDATE (matching no row) plus one SELECT,
-- a little more work than a credited beat. In "heartbeat" mode 409 counts as
-- answered; every other response that is not a 2xx is counted (wrk itself
-- counts only >= 400), and done() prints one line "RESULT {json}" that
-- learning.py parses.

local mode = "anon"
local sessions = {}
local threads = {}
id = 0
non2xx = 0

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

function init(args)
   mode = args[1] or "anon"
   local path = args[2]
   if path then
      for line in io.lines(path) do
         local sid, csrf, masked, token, nonce =
            line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$")
         if sid then
            sessions[#sessions + 1] = {
               cookie = "sessionid=" .. sid .. "; csrftoken=" .. csrf,
               masked = masked,
               body = "token=" .. token .. "&nonce=" .. nonce,
            }
         end
      end
   end
   if mode ~= "anon" and #sessions == 0 then
      error("no sessions in " .. tostring(path))
   end
   -- A different sequence in every thread.
   math.randomseed(os.time() * 1000 + (id or 0))
end

function request()
   if mode == "anon" then
      return wrk.format("GET")
   end
   local s = sessions[math.random(#sessions)]
   if mode == "heartbeat" then
      return wrk.format("POST", nil, {
         ["Cookie"] = s.cookie,
         ["X-CSRFToken"] = s.masked,
         ["Content-Type"] = "application/x-www-form-urlencoded",
      }, s.body)
   end
   return wrk.format("GET", nil, { ["Cookie"] = s.cookie })
end

function response(status, headers, body)
   if (status < 200 or status > 299) and not (mode == "heartbeat" and status == 409) then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local bad = 0
   for _, thread in ipairs(threads) do
      bad = bad + (thread:get("non2xx") or 0)
   end
   local e = summary.errors
   io.write(string.format(
      'RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "non2xx": %d, '
         .. '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, '
         .. '"latency_us": {"mean": %.1f, "p50": %d, "p75": %d, "p90": %d, "p95": %d, '
         .. '"p99": %d, "max": %d}}\n',
      summary.requests, summary.duration, summary.bytes, bad,
      e.connect, e.read, e.write, e.status, e.timeout,
      latency.mean, latency:percentile(50), latency:percentile(75), latency:percentile(90),
      latency:percentile(95), latency:percentile(99), latency.max
   ))
end

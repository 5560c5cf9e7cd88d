-- wrk script: POST /api/ask with a different question on each request (round robin over 72 questions).
-- Usage: wrk -t2 -c16 -d30s -s bench/ask.lua http://127.0.0.1:8080
local questions = dofile("bench/questions.lua")
local counter = 0
request = function()
  counter = counter + 1
  local q = questions[(counter % #questions) + 1]
  return wrk.format("POST", "/api/ask", {["Content-Type"] = "application/json"}, '{"question": ' .. q .. '}')
end
done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("errors: %d non-2xx/3xx, %d socket\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

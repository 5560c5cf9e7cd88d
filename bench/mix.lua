-- wrk script: a realistic mix for the answer cache. Half the requests ask one of the 20 most asked questions (the
-- first 20 of bench/questions.lua, round robin), half ask a question never asked before (one of the 72 with a
-- unique reference appended, so it is neither an answer- nor an embedding-cache hit).
-- Usage: wrk -t1 -c16 -d30s -s bench/mix.lua http://127.0.0.1:8080
local questions = dofile("bench/questions.lua")
-- start where no earlier run (e.g. the warm-up) started, so "unique" questions really are new to the server
local counter = os.time() * 100000
local function letters(n)
  local s = ""
  repeat
    s = string.char(97 + n % 26) .. s
    n = math.floor(n / 26)
  until n == 0
  return s
end
request = function()
  counter = counter + 1
  local q
  if counter % 2 == 0 then
    q = questions[(counter / 2) % 20 + 1]
  else
    q = questions[(counter % #questions) + 1]:sub(1, -2) .. " (ref " .. letters(counter) .. ")\""
  end
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

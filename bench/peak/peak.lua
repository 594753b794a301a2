-- SPDX-License-Identifier: MIT
-- wrk script of bench/peak/peak-load.sh: every request takes the token of a random generated venue
-- (peak-token-1 .. peak-token-VENUES), and cycles GET /changes?since=0, GET /plan and PUT /plan (If-Match: 1,
-- no rows: accepted, nothing changes). Answers are counted by status; done() prints them.
-- wrk -s peak.lua URL -- VENUES [floor]   ("floor": GET /navi/static/favicon.svg, 178 bytes and no SQL:
-- the server's cheapest answer through the same nginx that keeps its connection)
local threads = {}

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    venues = tonumber(args[1]) or 70000
    floor = args[2] == "floor"
    statuses = {}
    n = 0
    math.randomseed(os.time() * 100 + id)
end

function request()
    if floor then
        return wrk.format("GET", "/navi/static/favicon.svg")
    end
    n = n + 1
    local headers = { ["Authorization"] = "Bearer peak-token-" .. math.random(1, venues) }
    local kind = n % 3
    if kind == 0 then
        return wrk.format("GET", "/api/v1/changes?since=0", headers)
    elseif kind == 1 then
        return wrk.format("GET", "/api/v1/plan", headers)
    end
    headers["Content-Type"] = "application/json"
    headers["If-Match"] = "1"
    return wrk.format("PUT", "/api/v1/plan", headers, '{"rows":[]}')
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            total[status] = (total[status] or 0) + count
        end
    end
    local line = "statuses:"
    for status, count in pairs(total) do
        line = line .. " " .. status .. "=" .. count
    end
    print(line)
    print(string.format("p99_us: %d", latency:percentile(99)))
    print(string.format("requests: %d seconds: %.3f", summary.requests, summary.duration / 1e6))
end

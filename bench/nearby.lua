-- Nearby parking searches for wrk: random points within about 6 km of People's Square, random radius, sort and
-- filters, as drivers' phones would ask. Counts non-200 answers.
local counter, threads_list = 0, {}
failed = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads_list, thread)
end

function init(args)
    math.randomseed(os.time() + id * 104729)
end

local sorts = { "distance", "distance", "price" }

function request()
    local lat = 31.2304 + (math.random() - 0.5) * 0.11
    local lon = 121.4737 + (math.random() - 0.5) * 0.13
    local radius = math.random(5, 20) * 100
    local ev = math.random() < 0.1 and "&ev=true" or ""
    local stay = math.random(1, 4) * 60
    return wrk.format("GET", string.format(
        "/api/v1/parking/lots/nearby?lat=%.5f&lon=%.5f&radius=%d&sort=%s&stay=%d&available=true%s",
        lat, lon, radius, sorts[math.random(#sorts)], stay, ev))
end

function response(status, headers, body)
    if status ~= 200 then failed = failed + 1 end
end

function done(summary, latency, requests)
    local f = 0
    for _, t in ipairs(threads_list) do f = f + t:get("failed") end
    io.write(string.format("RESULT failed=%d\n", f))
end

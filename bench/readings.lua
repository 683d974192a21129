-- Traffic detector readings for wrk: batches of lane readings of random lanes, posted to the ingestion endpoint with
-- a device token. Each thread reports its own slice of the lanes, and its clock moves one microsecond per reading
-- from the time the run starts, so every reading is newer than the one before it for its lane (applied, not ignored)
-- and never in the future. One reading in every request shows a stalled vehicle (a covered detector, nothing
-- passing) on a random lane: the alerts whose latency the app measures.
-- Arguments: <device token> <lanes file: road id, space, lane> <readings per request> <threads>
local counter, threads_list = 0, {}
local token, lanes, batch, base, tick = nil, {}, 1000, 0, 0
accepted, refused, failed = 0, 0, 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads_list, thread)
end

function init(args)
    token = args[1]
    local n, i = tonumber(args[4] or "1"), 0
    for line in io.lines(args[2]) do
        if i % n == id then
            local road, lane = line:match("(%S+) (%d+)")
            lanes[#lanes + 1] = { road, lane }
        end
        i = i + 1
    end
    batch = tonumber(args[3] or "1000")
    base = os.time() - 2
    math.randomseed(os.time() + id * 7919)
end

local function stamp(t)
    local secs = base + math.floor(t / 1000000)
    return string.format("%s.%06dZ", os.date("!%Y-%m-%dT%H:%M:%S", secs), t % 1000000)
end

function request()
    local items = {}
    for i = 1, batch do
        tick = tick + 1
        local l = lanes[math.random(#lanes)]
        if i == 1 then
            items[i] = string.format('{"refRoadSegment":"%s","laneId":%s,"dateObservedFrom":"%s",'
                .. '"dateObservedTo":"%s","intensity":0,"occupancy":0.97,"averageVehicleSpeed":0,"queueLength":12}',
                l[1], l[2], stamp(tick - 60000000), stamp(tick))
        else
            local v = math.random(0, 30)
            items[i] = string.format('{"refRoadSegment":"%s","laneId":%s,"dateObservedFrom":"%s",'
                .. '"dateObservedTo":"%s","intensity":%d,"occupancy":%.2f,"averageVehicleSpeed":%.1f,"queueLength":%d}',
                l[1], l[2], stamp(tick - 60000000), stamp(tick), v, v / 60, 20 + math.random() * 30, math.random(0, 15))
        end
    end
    return wrk.format("POST", "/api/v1/ingest/traffic",
        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
        "[" .. table.concat(items, ",") .. "]")
end

function response(status, headers, body)
    if status == 202 then
        accepted = accepted + batch
    elseif status == 503 then
        refused = refused + batch
    else
        failed = failed + batch
    end
end

function done(summary, latency, requests)
    local a, r, f = 0, 0, 0
    for _, t in ipairs(threads_list) do
        a = a + t:get("accepted"); r = r + t:get("refused"); f = f + t:get("failed")
    end
    io.write(string.format("RESULT accepted=%d refused=%d failed=%d\n", a, r, f))
end

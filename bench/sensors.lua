-- Parking sensor messages for wrk: batches of status changes of random sensors, posted to the ingestion endpoint
-- with a device token. Each thread reports its own slice of the sensors, and its clock moves one microsecond per
-- message from the time the run starts, so every message is newer than the one before it for its sensor (applied,
-- not ignored as late) and never in the future. Arguments: <device token> <sensor ids file> <messages per request>
-- <threads>
local counter, threads_list = 0, {}
local token, sensors, batch, base, tick = nil, {}, 500, 0, 0
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
        if i % n == id then sensors[#sensors + 1] = line end
        i = i + 1
    end
    batch = tonumber(args[3] or "500")
    base = os.time() - 1
    math.randomseed(os.time() + id * 7919)
end

local function stamp()
    tick = tick + 1
    local secs = base + math.floor(tick / 1000000)
    return string.format("%s.%06dZ", os.date("!%Y-%m-%dT%H:%M:%S", secs), tick % 1000000)
end

function request()
    local items = {}
    for i = 1, batch do
        items[i] = string.format('{"sensorId":"%s","type":"status","occupied":%s,"observedAt":"%s"}',
            sensors[math.random(#sensors)], math.random() < 0.5 and "true" or "false", stamp())
    end
    return wrk.format("POST", "/api/v1/ingest/parking",
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

-- Gantry taps for wrk: each thread rides its own slice of the preloaded cards, tapping in at a random station and
-- out at another. Arguments: <device token> <cards file> <stations file> <threads>
local token, cards, stations, inside, next_card = nil, {}, {}, {}, 0
local counter, threads_list = 0, {}
ok, deny, failed = 0, 0, 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads_list, thread)
end

function init(args)
    token = args[1]
    local all = {}
    for line in io.lines(args[2]) do all[#all + 1] = line end
    for line in io.lines(args[3]) do stations[#stations + 1] = line end
    local n = tonumber(args[4])
    for i = 1, #all do
        if (i - 1) % n == id then cards[#cards + 1] = all[i] end
    end
    math.randomseed(os.time() + id * 7919)
end

local function uuid()
    return string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0xffffffff), math.random(0, 0xffff),
        math.random(0, 0xfff), math.random(0x8000, 0xbfff), math.random(0, 0xffffffffffff))
end

function request()
    next_card = next_card % #cards + 1
    local card = cards[next_card]
    local direction = inside[card] and "OUT" or "IN"
    inside[card] = not inside[card]
    local station = stations[math.random(#stations)]
    local body = string.format(
        '{"tapId":"%s","gantryId":"G-%s-1","station":"%s","direction":"%s","card":"%s","tappedAt":"%s"}',
        uuid(), station, station, direction, card, os.date("!%Y-%m-%dT%H:%M:%SZ"))
    return wrk.format("POST", "/api/v1/payments/metro/taps",
        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function response(status, headers, body)
    if status ~= 200 then
        failed = failed + 1
    elseif body:find('"DENY"', 1, true) then
        deny = deny + 1
    else
        ok = ok + 1
    end
end

function done(summary, latency, requests)
    local o, d, f = 0, 0, 0
    for _, t in ipairs(threads_list) do
        o = o + t:get("ok"); d = d + t:get("deny"); f = f + t:get("failed")
    end
    io.write(string.format("RESULT opened=%d denied=%d failed=%d\n", o, d, f))
end

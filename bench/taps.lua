-- Gantry taps for wrk: each thread rides its own slice of the preloaded cards, tapping in at a random station and
-- out at another. Arguments: <device token> <cards file> <stations file> <threads> [taps per request]
-- With more than one tap per request it posts to /batch, as a station computer does for its gates.
local token, cards, stations, inside, next_card = nil, {}, {}, {}, 0
local counter, threads_list, batch = 0, {}, 1
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
    batch = tonumber(args[5] or "1")
    math.randomseed(os.time() + id * 7919)
end

local function uuid()
    return string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0xffffffff), math.random(0, 0xffff),
        math.random(0, 0xfff), math.random(0x8000, 0xbfff), math.random(0, 0xffffffffffff))
end

local function one_tap()
    next_card = next_card % #cards + 1
    local card = cards[next_card]
    local direction = inside[card] and "OUT" or "IN"
    inside[card] = not inside[card]
    local station = stations[math.random(#stations)]
    return string.format(
        '{"tapId":"%s","gantryId":"G-%s-1","station":"%s","direction":"%s","card":"%s","tappedAt":"%s"}',
        uuid(), station, station, direction, card, os.date("!%Y-%m-%dT%H:%M:%SZ"))
end

function request()
    local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
    if batch == 1 then
        return wrk.format("POST", "/api/v1/payments/metro/taps", headers, one_tap())
    end
    local taps = {}
    for i = 1, batch do taps[i] = one_tap() end
    return wrk.format("POST", "/api/v1/payments/metro/taps/batch", headers, "[" .. table.concat(taps, ",") .. "]")
end

local function count(body, word)
    local n, from = 0, 1
    while true do
        local at = body:find(word, from, true)
        if not at then return n end
        n, from = n + 1, at + 1
    end
end

function response(status, headers, body)
    if status ~= 200 then
        failed = failed + batch
    else
        local d = count(body, '"DENY"')
        deny = deny + d
        ok = ok + count(body, '"outcome":"OPEN"')
    end
end

function done(summary, latency, requests)
    local o, d, f = 0, 0, 0
    for _, t in ipairs(threads_list) do
        o = o + t:get("ok"); d = d + t:get("deny"); f = f + t:get("failed")
    end
    io.write(string.format("RESULT opened=%d denied=%d failed=%d\n", o, d, f))
end

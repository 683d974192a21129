-- Wallet payments for wrk: citizens pay merchants' printed codes with idempotency keys.
-- Arguments: <tokens file> <merchants file> <retries per key: 1 = no retries, 5 = a retry storm> <run id>
tokens, merchants, retries, run = {}, {}, 1, "run"
n, counter, threads_list = 0, 0, {}
replayed_or_ok, refused, failed = 0, 0, 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads_list, thread)
end

function init(args)
    for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
    for line in io.lines(args[2]) do merchants[#merchants + 1] = line end
    retries = tonumber(args[3])
    run = args[4]
end

function request()
    local k = math.floor(n / retries)
    n = n + 1
    local who = tokens[(k % #tokens) + 1]
    local shop = merchants[(k % #merchants) + 1]
    local body = string.format('{"merchant":"%s","amountFen":100,"note":"bench"}', shop)
    return wrk.format("POST", "/api/v1/payments/payments", {
        ["Content-Type"] = "application/json",
        ["Authorization"] = "Bearer " .. who,
        ["Idempotency-Key"] = string.format("%s-%d-%d", run, id, k)
    }, body)
end

function response(status, headers, body)
    if status == 201 then
        replayed_or_ok = replayed_or_ok + 1
    elseif status == 402 then
        refused = refused + 1
    else
        failed = failed + 1
    end
end

function done(summary, latency, requests)
    local ok, r, f, keys = 0, 0, 0, 0
    for _, t in ipairs(threads_list) do
        ok = ok + t:get("replayed_or_ok"); r = r + t:get("refused"); f = f + t:get("failed")
        keys = keys + math.ceil(t:get("n") / t:get("retries"))
    end
    io.write(string.format("RESULT answered201=%d refused402=%d failed=%d keys=%d\n", ok, r, f, keys))
end

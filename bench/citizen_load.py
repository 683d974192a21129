#!/usr/bin/env python3
"""Load for the citizen portal benchmark (bench/citizen.sh): N citizens at once, each with their own token.

  submit: each citizen files applications one after another for DURATION seconds: start a draft, save the answers,
          upload a 200 kB document, submit; the time of each call and of the whole application is kept.
  mycity: each citizen reads "my city" (GET /api/v1/citizen/my/city) one after another for DURATION seconds.

Prints one JSON object with the percentiles (ms), counts and errors. Standard library only.
"""
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse


def percentile(values, p):
    if not values:
        return None
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100.0 * len(s) + 0.5)) - 1))
    return round(s[k] * 1000, 1)


def summary(values):
    return {"n": len(values), "p50": percentile(values, 50), "p95": percentile(values, 95),
            "p99": percentile(values, 99), "max": round(max(values) * 1000, 1) if values else None}


class Client:
    def __init__(self, base, token):
        u = urllib.parse.urlparse(base)
        self.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
        self.token = token

    def call(self, method, path, body=None, content_type="application/json"):
        headers = {"Authorization": "Bearer " + self.token, "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = content_type
            if isinstance(body, (dict, list)):
                body = json.dumps(body).encode()
        elif method in ("POST", "PUT"):
            headers["Content-Type"] = "application/json"
            body = b""
        started = time.perf_counter()
        self.conn.request(method, path, body=body, headers=headers)
        r = self.conn.getresponse()
        data = r.read()
        return r.status, data, time.perf_counter() - started


def main():
    mode, base, tokens_file, duration = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    tokens = [t.strip() for t in open(tokens_file) if t.strip()]
    document = os.urandom(200 * 1024)
    # a PDF the content sniffing accepts: a header, 200 kB of content, the end marker
    document = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + document + b"\n%%EOF\n"
    lock = threading.Lock()
    timings = {k: [] for k in ("draft", "answers", "upload", "submit", "application", "mycity")}
    errors = {}
    deadline = time.time() + duration

    def error(what, status, data):
        with lock:
            key = "%s %s" % (what, status)
            errors[key] = errors.get(key, 0) + 1
            if errors[key] == 1:
                sys.stderr.write("%s: %s\n" % (key, data[:300]))

    def submit_loop(token):
        c = Client(base, token)
        mine = {k: [] for k in timings}
        while time.time() < deadline:
            s, d, t_draft = c.call("POST", "/api/v1/citizen/my/applications", {"serviceCode": "PSB-016"})
            if s != 201:
                error("draft", s, d)
                continue
            case = json.loads(d)["id"]
            answers = {"data": {"full_name": "测试居民", "id_number": "310101198503121236", "phone": "13800138001",
                                "purpose": "job", "receiver": "上海某某有限公司"}}
            s, d, t_answers = c.call("PUT", "/api/v1/citizen/my/applications/" + case, answers)
            if s != 200:
                error("answers", s, d)
                continue
            s, d, t_upload = c.call("PUT", "/api/v1/citizen/my/applications/%s/documents/id_card?fileName=id.pdf"
                                    % case, document, "application/octet-stream")
            if s != 200:
                error("upload", s, d)
                continue
            s, d, t_submit = c.call("POST", "/api/v1/citizen/my/applications/%s/submit" % case)
            if s != 200:
                error("submit", s, d)
                continue
            for k, v in (("draft", t_draft), ("answers", t_answers), ("upload", t_upload), ("submit", t_submit),
                         ("application", t_draft + t_answers + t_upload + t_submit)):
                mine[k].append(v)
        with lock:
            for k, v in mine.items():
                timings[k].extend(v)

    def mycity_loop(token):
        c = Client(base, token)
        mine = []
        while time.time() < deadline:
            s, d, t = c.call("GET", "/api/v1/citizen/my/city")
            if s != 200:
                error("mycity", s, d)
                continue
            body = json.loads(d)
            if any(not sec.get("available", True) for sec in body.get("sections", [])):
                error("mycity section unavailable", s, b"")
            mine.append(t)
        with lock:
            timings["mycity"].extend(mine)

    loop = submit_loop if mode == "submit" else mycity_loop
    started = time.time()
    threads = [threading.Thread(target=loop, args=(t,)) for t in tokens]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.time() - started
    keys = ("draft", "answers", "upload", "submit", "application") if mode == "submit" else ("mycity",)
    out = {k: summary(timings[k]) for k in keys}
    out["seconds"] = round(elapsed, 1)
    out["per_second"] = round(len(timings[keys[-1]]) / elapsed, 1)
    out["errors"] = errors
    print(json.dumps(out))


if __name__ == "__main__":
    main()

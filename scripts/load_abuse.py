#!/usr/bin/env python3
"""Abuse scenarios against a running `serve`, on loopback only, each bounded in time.

Usage: load_abuse.py PORT SCENARIO [SECONDS]

While a scenario runs, a probe opens a new connection every 100 ms and asks GET /health with a
1 s timeout. Prints one line of JSON: what the abusive clients saw, and what the probe saw
(requests, failures, the slowest answer in ms).

Scenarios:
  slow-headers N    N clients send a request's headers at one byte per second
  half-bodies N     N clients send headers and half a body, then wait
  idle N            N clients connect and send nothing
  oversized N       N requests with a 100 KB header line, N with 200 header fields
  disconnects N     N clients send half a request and reset the connection
  non-readers N     N clients pipeline 200 GET /v1/rule-sets each and never read
  tls N             N clients speak TLS (a ClientHello) to the port
Standard library only. Python 3.8 or newer.
"""
import asyncio
import json
import socket
import struct
import sys
import time

HOST = "127.0.0.1"


class Probe:
    """GET /health on a new connection every 100 ms, 1 s timeout."""

    def __init__(self, port):
        self.port = port
        self.latencies = []
        self.failures = []
        self.running = True

    async def once(self):
        start = time.monotonic()
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(HOST, self.port), 1.0)
            writer.write(b"GET /health HTTP/1.1\r\nHost: probe\r\nConnection: close\r\n\r\n")
            data = await asyncio.wait_for(reader.read(), 1.0 - (time.monotonic() - start))
            writer.close()
            if not data.startswith(b"HTTP/1.1 200"):
                self.failures.append(data.split(b"\r\n", 1)[0].decode(errors="replace") or "closed")
            else:
                self.latencies.append((time.monotonic() - start) * 1000)
        except Exception as e:  # timeout, refused, reset
            self.failures.append(type(e).__name__)

    async def run(self):
        while self.running:
            await self.once()
            await asyncio.sleep(0.1)

    def summary(self):
        lat = sorted(self.latencies)
        return {
            "probes": len(lat) + len(self.failures),
            "failures": len(self.failures),
            "failureKinds": sorted(set(self.failures)),
            "maxMs": round(lat[-1], 1) if lat else None,
            "p99Ms": round(lat[int(len(lat) * 0.99) - 1], 1) if lat else None,
        }


async def connect(port):
    return await asyncio.open_connection(HOST, port)


async def status_of(reader, timeout):
    """The status code of the next answer, or a word for what happened instead."""
    try:
        line = await asyncio.wait_for(reader.readline(), timeout)
    except asyncio.TimeoutError:
        return "no answer"
    except ConnectionError:
        return "reset"
    if not line:
        return "closed"
    parts = line.split()
    return parts[1].decode() if len(parts) > 1 else "garbage"


async def closed_within(reader, timeout):
    """How the server ended a connection: seconds until closed, or None if still open."""
    start = time.monotonic()
    try:
        while True:
            data = await asyncio.wait_for(reader.read(65536), timeout - (time.monotonic() - start))
            if not data:
                return time.monotonic() - start
    except asyncio.TimeoutError:
        return None
    except ConnectionError:
        return time.monotonic() - start


async def slow_headers(port, n, seconds):
    conns = []
    for _ in range(n):
        try:
            conns.append(await connect(port))
        except OSError:
            pass
    request = b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 1000
    start = time.monotonic()
    closed_at = {}
    for i in range(len(request)):
        if time.monotonic() - start > seconds:
            break
        for k, (reader, writer) in enumerate(conns):
            if k in closed_at:
                continue
            if writer.is_closing() or reader.at_eof():
                closed_at[k] = time.monotonic() - start
                continue
            try:
                writer.write(request[i:i + 1])
                await writer.drain()
            except ConnectionError:
                closed_at[k] = time.monotonic() - start
        await asyncio.sleep(1.0)
    for _, writer in conns:
        writer.close()
    cut = sorted(closed_at.values())
    return {"clients": len(conns), "cutOff": len(cut),
            "firstCutS": round(cut[0], 1) if cut else None,
            "lastCutS": round(cut[-1], 1) if cut else None}


async def half_bodies(port, n, seconds):
    body = b'{"formatVersion":1,"kind":"MEMBERSHIP","cityName":"Sample City","country":"BR"}'
    conns = []
    for _ in range(n):
        reader, writer = await connect(port)
        writer.write(b"POST /v1/membership/decisions HTTP/1.1\r\nHost: x\r\n"
                     b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
                     + body[:len(body) // 2])
        conns.append((reader, writer))
    start = time.monotonic()
    statuses = await asyncio.gather(*(status_of(r, seconds) for r, _ in conns))
    elapsed = time.monotonic() - start
    for _, writer in conns:
        writer.close()
    return {"clients": n, "answers": count(statuses), "withinS": round(elapsed, 1)}


async def idle(port, n, seconds):
    conns = []
    refused = []
    for _ in range(n):
        try:
            conns.append(await asyncio.wait_for(connect(port), 2.0))
        except Exception as e:
            refused.append(type(e).__name__)
    await asyncio.sleep(0.5)
    # what each connection got: nothing yet (open), a 503 refusal, or a close
    outcomes = await asyncio.gather(*(peek(r, seconds) for r, _ in conns))
    for _, writer in conns:
        writer.close()
    return {"clients": n, "connected": len(conns), "connectFailures": count(refused),
            "outcomes": count(outcomes)}


async def peek(reader, seconds):
    try:
        data = await asyncio.wait_for(reader.read(200), seconds)
    except asyncio.TimeoutError:
        return "still open"
    except ConnectionError:
        return "reset"
    if not data:
        return "closed by server"
    return "answered " + data.split(b" ", 2)[1].decode()


async def oversized(port, n, seconds):
    big = b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n"
    many = (b"GET /health HTTP/1.1\r\nHost: x\r\n"
            + b"".join(b"X-F%d: %d\r\n" % (i, i) for i in range(200)) + b"\r\n")
    statuses = []
    for request in (big, many):
        for _ in range(n):
            reader, writer = await connect(port)
            writer.write(request)
            try:
                await writer.drain()
            except ConnectionError:
                pass
            statuses.append(await status_of(reader, seconds))
            writer.close()
    return {"requests": 2 * n, "answers": count(statuses)}


async def disconnects(port, n, seconds):
    done = 0
    for _ in range(n):
        s = socket.create_connection((HOST, port))
        s.sendall(b"POST /v1/membership/decisions HTTP/1.1\r\nHost: x\r\n"
                  b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"formatV")
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()  # a reset, not a polite close
        done += 1
        if done % 50 == 0:
            await asyncio.sleep(0)
    await asyncio.sleep(1)
    return {"resets": done}


async def non_readers(port, n, seconds):
    conns = []
    for _ in range(n):
        s = socket.create_connection((HOST, port))
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.setblocking(False)
        request = b"GET /v1/rule-sets HTTP/1.1\r\nHost: x\r\n\r\n" * 200
        try:
            s.send(request)
        except BlockingIOError:
            pass
        conns.append(s)
    await asyncio.sleep(seconds)
    still_open = 0
    for s in conns:
        try:
            data = s.recv(1)
            still_open += 1 if data else 0
        except BlockingIOError:
            still_open += 1
        except ConnectionError:
            pass
        s.close()
    return {"clients": n, "answersPipelined": 200 * n, "connectionsStillOpen": still_open}


async def tls(port, n, seconds):
    hello = bytes([0x16, 0x03, 0x01, 0x00, 0x2e, 0x01, 0x00, 0x00, 0x2a, 0x03, 0x03]) + b"\x00" * 40
    statuses = []
    for _ in range(n):
        reader, writer = await connect(port)
        writer.write(hello)
        statuses.append(await status_of(reader, seconds))
        writer.close()
    return {"clients": n, "answers": count(statuses)}


def count(items):
    out = {}
    for item in items:
        out[str(item)] = out.get(str(item), 0) + 1
    return out


SCENARIOS = {
    "slow-headers": slow_headers, "half-bodies": half_bodies, "idle": idle,
    "oversized": oversized, "disconnects": disconnects, "non-readers": non_readers, "tls": tls,
}


async def main():
    port, scenario, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 15.0
    probe = Probe(port)
    probing = asyncio.ensure_future(probe.run())
    start = time.monotonic()
    result = await asyncio.wait_for(SCENARIOS[scenario](port, n, seconds), seconds + 60)
    await asyncio.sleep(0.5)
    probe.running = False
    await probing
    print(json.dumps({"scenario": scenario, "n": n, "seconds": round(time.monotonic() - start, 1),
                      "result": result, "health": probe.summary()}))


if __name__ == "__main__":
    asyncio.run(main())

#!/usr/bin/env python3
"""bench/lib/report.py — turns one run of bench/run.sh into RESULTS.md.

    report.py META DATA GOBENCH > RESULTS.md

META is "key<TAB>value" lines (machine, command, …), DATA the measurements
(format in bench/lib/common.sh), GOBENCH the go test -bench output. Every
figure is the median over the rounds; ratios are ratios of medians. The
targets of issue 6 are checked at the end of the summary (PASS/MISS/SKIP).
"""

import statistics
import sys
from collections import defaultdict

ENDPOINTS = {
    "hello": "JSON `GET` (`/api/hello.json`)",
    "products": "dynamic `[id].json.ts` reading `params` (`/api/products/42.json`)",
    "echo": "`POST` reading `await request.json()` (`/api/echo.json`)",
    "wait": "`async`, awaits a 1 ms timer (`/api/wait.json`)",
}
VARIANTS = ["comet", "ceiling", "floor", "astro"]


def med(xs):
    return statistics.median(xs) if xs else None


def fmt(x, digits=0, unit=""):
    if x is None:
        return "—"
    if digits == 0:
        return f"{x:,.0f}{unit}"
    return f"{x:,.{digits}f}{unit}"


def mib(kib):
    return None if kib is None else kib / 1024


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def rfmt(r, digits=2):
    return "—" if r is None else f"{r:.{digits}f}x"


def load(meta_path, data_path):
    meta = {}
    for line in open(meta_path, encoding="utf-8"):
        k, _, v = line.rstrip("\n").partition("\t")
        meta[k] = v
    ssr = defaultdict(list)  # (endpoint, conns, variant) → [(rps, p50, p99, rss, err)]
    static = defaultdict(list)  # (project, variant) → [(wall, user, sys, rss)]
    cold = defaultdict(list)  # (what, variant) → [(ms, rss)]
    notes = defaultdict(list)
    for line in open(data_path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "ssr" and len(f) == 10:
            ssr[(f[1], int(f[2]), f[3])].append(
                (float(f[5]), float(f[6]), float(f[7]), int(f[8]), int(f[9])))
        elif f[0] == "static" and len(f) == 8:
            static[(f[1], f[2])].append((float(f[4]), float(f[5]), float(f[6]), int(f[7])))
        elif f[0] == "cold" and len(f) == 6:
            cold[(f[1], f[2])].append((float(f[4]), int(f[5])))
        elif f[0] == "note":
            notes[f[1]].append(" ".join(f[2:]))
    return meta, ssr, static, cold, notes


def main():
    meta, ssr, static, cold, notes = load(sys.argv[1], sys.argv[2])
    gobench = open(sys.argv[3], encoding="utf-8").read().strip()
    out = []
    w = out.append
    checks = []  # (result, text)

    def check(name, value, shown, target, ok, skip_why=None):
        """One target line: SKIP when not measured, else PASS or MISS."""
        if value is None:
            checks.append(("SKIP", f"{name}: {skip_why or 'not measured'} (target {target})"))
        else:
            checks.append(("PASS" if ok(value) else "MISS", f"{name}: {shown(value)} (target {target})"))

    # ---------- SSR ----------
    def s(ep, conns, variant, i):
        rows = ssr.get((ep, conns, variant), [])
        return med([r[i] for r in rows]) if rows else None

    ssr_conns = sorted({k[1] for k in ssr})
    ssr_eps = [e for e in ENDPOINTS if any(k[0] == e for k in ssr)]
    has_astro_ssr = any(k[2] == "astro" for k in ssr)
    for c in ssr_conns:
        rc, rx, ra = s("hello", c, "comet", 0), s("hello", c, "ceiling", 0), s("hello", c, "astro", 0)
        pc, pa = s("hello", c, "comet", 2), s("hello", c, "astro", 2)
        mc, ma = s("hello", c, "comet", 3), s("hello", c, "astro", 3)
        skip = None if has_astro_ssr else "peer skipped"
        x1 = lambda r: rfmt(r, 1)
        check(f"SSR JSON c={c}: comet req/s ÷ Astro's", ratio(rc, ra), x1, ">= 10x", lambda r: r >= 10, skip)
        check(f"SSR JSON c={c}: comet req/s ÷ raw net/http ceiling", ratio(rc, rx), rfmt, ">= 0.50x", lambda r: r >= 0.5)
        check(f"SSR JSON c={c}: Astro's p99 ÷ comet's p99", ratio(pa, pc), x1, ">= 5x, i.e. p99 <= 1/5 of Astro's",
              lambda r: r >= 5, skip)
        check(f"SSR JSON c={c}: Astro's peak RSS ÷ comet's", ratio(ma, mc), x1, ">= 5x, i.e. RSS <= 1/5 of Astro's",
              lambda r: r >= 5, skip)

    # ---------- static ----------
    def st(project, variant, i):
        rows = static.get((project, variant), [])
        if not rows:
            return None
        if i == "cpu":
            return med([r[1] + r[2] for r in rows])
        return med([r[i] for r in rows])

    st_projects = []
    for k in static:
        if k[0] not in st_projects:
            st_projects.append(k[0])
    if "static" in meta.get("scenarios", ""):
        p = "paths-10000"
        wc, wf, wa = st(p, "comet", 0), st(p, "floor", 0), st(p, "astro", 0)
        mc, ma = st(p, "comet", 3), st(p, "astro", 3)
        skip = None if wc is None or wa is not None else "peer skipped"
        x1 = lambda r: rfmt(r, 1)
        check("Static 10,000 paths: comet wall ÷ no-JS floor", ratio(wc, wf), rfmt, "<= 1.2x", lambda r: r <= 1.2)
        check("Static 10,000 paths: astro build wall ÷ comet's (tmpfs)", ratio(wa, wc), x1, ">= 20x",
              lambda r: r >= 20, skip)
        check("Static 10,000 paths: Astro's peak RSS ÷ comet's", ratio(ma, mc), x1, ">= 10x, i.e. RSS <= 1/10 of Astro's",
              lambda r: r >= 10, skip)

    # ---------- cold ----------
    def cd(what, variant):
        rows = cold.get((what, variant), [])
        return med([r[0] for r in rows]) if rows else None

    if "cold" in meta.get("scenarios", ""):
        ms = lambda x: fmt(x, 1, " ms")
        check("Cold: comet build examples/seed-static (median)", cd("build-seed", "comet"), ms, "<= 100 ms",
              lambda x: x <= 100)
        check("Cold: comet preview, exec to first 200 (median)", cd("preview-first-response", "comet"), ms,
              "<= 200 ms", lambda x: x <= 200)

    # ---------- header ----------
    w("# Comet benchmark results")
    w("")
    w("Written by `bench/run.sh` (see `bench/README.md`); every figure is the median")
    w(f"of {meta.get('rounds', '?')} rounds whose variant order alternates, and the **ratios are the result**:")
    w("absolute numbers depend on the machine and on what else runs on it.")
    w("")
    w(f"- **Date:** {meta.get('start', '?')} (took {meta.get('minutes', '?')} min)")
    w(f"- **Command:** `{meta.get('command', '?')}`")
    w(f"- **Machine:** {meta.get('nproc', '?')} cores ({meta.get('cpu', '?')}), "
      f"{meta.get('memory', '?')} memory, {meta.get('kernel', '?')}")
    w(f"- **Load average** (1/5/15 min) at start → end: {meta.get('load', '?')}")
    w(f"- **Build:** comet at {meta.get('commit', '?')}, {meta.get('go', '?')}")
    w(f"- **Peer:** {meta.get('peer', '?')}")
    w(f"- **Load generator:** {meta.get('wrk', 'wrk')}, `-t{meta.get('wrk_threads', '1')}`, "
      f"{meta.get('warm', '1')} s warm-up + {meta.get('secs', '?')} s per run, on 127.0.0.1")
    w(f"- **Static output:** on tmpfs, {meta.get('shm', '?')}; sources on disk")
    if meta.get("note"):
        w(f"- **Note:** {meta['note']}")
    w("")

    w("## Targets")
    w("")
    w("```")
    for res, text in checks:
        w(f"{res:<4}  {text}")
    w("```")
    w("")

    # ---------- SSR section ----------
    if ssr or notes.get("ssr"):
        w("## 1. SSR throughput")
        w("")
        w("`comet preview` (default flags: one JS runtime) of a `comet build` with `output: 'server'`;")
        w("the ceiling is `bench/rawjson` (plain `net/http`, same bytes and headers); the peer is")
        w("`astro build` + `node dist/server/entry.mjs` (`@astrojs/node` standalone). All three run")
        w("at once; each wrk run hits one of them. Peak RSS is the server's VmHWM during the run;")
        w("errors are wrk's non-2xx answers and socket errors (timeouts at 2 s included), summed over the rounds.")
        w("")
        if ssr:
            w("Headline, comet against the others:")
            w("")
            w("| endpoint | conns | comet req/s | ÷ ceiling | ÷ astro | astro p99 ÷ comet p99 | astro RSS ÷ comet RSS |")
            w("|---|---|---|---|---|---|---|")
            for ep in ssr_eps:
                for c in ssr_conns:
                    rc = s(ep, c, "comet", 0)
                    w(f"| {ep} | {c} | {fmt(rc)} | {rfmt(ratio(rc, s(ep, c, 'ceiling', 0)))} | "
                      f"{rfmt(ratio(rc, s(ep, c, 'astro', 0)), 1)} | "
                      f"{rfmt(ratio(s(ep, c, 'astro', 2), s(ep, c, 'comet', 2)), 1)} | "
                      f"{rfmt(ratio(s(ep, c, 'astro', 3), s(ep, c, 'comet', 3)), 1)} |")
            w("")
        for ep in ssr_eps:
            w(f"### {ep}: {ENDPOINTS[ep]}")
            w("")
            w("| conns | variant | req/s | each round | p50 ms | p99 ms | peak RSS MiB | errors | req/s ÷ ceiling |")
            w("|---|---|---|---|---|---|---|---|---|")
            for c in ssr_conns:
                for v in VARIANTS:
                    rows = ssr.get((ep, c, v))
                    if not rows:
                        continue
                    rps = s(ep, c, v, 0)
                    each = " / ".join(f"{r[0]:,.0f}" for r in rows)
                    errs = sum(r[4] for r in rows)
                    w(f"| {c} | {v} | {fmt(rps)} | {each} | {fmt(s(ep, c, v, 1), 2)} | {fmt(s(ep, c, v, 2), 2)} | "
                      f"{fmt(mib(s(ep, c, v, 3)), 1)} | {errs} | {rfmt(ratio(rps, s(ep, c, 'ceiling', 0)))} |")
            w("")
        for n in notes.get("ssr", []):
            w(f"- {n}")
        w("")

    # ---------- static section ----------
    if static or notes.get("static"):
        w("## 2. Static build")
        w("")
        w("`comet build`, the no-JS floor (`bench/floor`: the same files and bytes, parallel writers),")
        w("and `astro build` (static output), on generated projects: `paths-N` is one `[id].json.ts`")
        w("whose `getStaticPaths` returns N ids, `files-N` is N endpoint files. Output on tmpfs;")
        w("`/usr/bin/time`: CPU = user + sys and peak RSS; wall to the millisecond around it.")
        w("")
        w("| project | variant | wall s | each round | CPU s | peak RSS MiB | wall ÷ floor | astro wall ÷ this |")
        w("|---|---|---|---|---|---|---|---|")
        for p in st_projects:
            for v in VARIANTS:
                rows = static.get((p, v))
                if not rows:
                    continue
                wall = st(p, v, 0)
                each = " / ".join(f"{r[0]:.3f}" for r in rows)
                w(f"| {p} | {v} | {fmt(wall, 3)} | {each} | {fmt(st(p, v, 'cpu'), 2)} | {fmt(mib(st(p, v, 3)), 0)} | "
                  f"{rfmt(ratio(wall, st(p, 'floor', 0)))} | {rfmt(ratio(st(p, 'astro', 0), wall), 1)} |")
        w("")
        for n in notes.get("static", []):
            w(f"- {n}")
        w("")

    # ---------- cold section ----------
    if cold or notes.get("cold"):
        w("## 3. Cold start")
        w("")
        w("`build-seed`: `comet build examples/seed-static` (to a temporary `--outDir`), exec to exit.")
        w("`preview-first-response`: exec of the server to its first 200 on `/api/hello.json` of the")
        w("SSR project, polled every 2 ms (`bench/coldstart`). Page cache warm: a new process, not a cold disk.")
        w("")
        w("| measure | variant | median ms | min ms | max ms | runs | peak RSS MiB |")
        w("|---|---|---|---|---|---|---|")
        for (what, v), rows in sorted(cold.items(), key=lambda kv: (kv[0][0], VARIANTS.index(kv[0][1]) if kv[0][1] in VARIANTS else 9)):
            ms = [r[0] for r in rows]
            w(f"| {what} | {v} | {fmt(med(ms), 1)} | {fmt(min(ms), 1)} | {fmt(max(ms), 1)} | {len(ms)} | "
              f"{fmt(mib(med([r[1] for r in rows])), 0)} |")
        w("")
        for n in notes.get("cold", []):
            w(f"- {n}")
        w("")

    # ---------- go section ----------
    if gobench or notes.get("go"):
        w("## 4. Per-call cost (Go benchmarks)")
        w("")
        w("In-process, no network: the route lookup among 1,000 routes, building a `Response` in goja,")
        w("and a trivial endpoint through the whole handler beside a plain `net/http` handler.")
        w("")
        w("```")
        w(gobench)
        w("```")
        w("")
        for n in notes.get("go", []):
            w(f"- {n}")
        w("")

    sys.stdout.write("\n".join(out).rstrip() + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""kyiln against dialog(1), whiptail and Textual on the same work, in one run.

Run through `scripts/bench` (it installs what is missing and builds the release
binary). TESTING.md's "Benchmarks" section says what is measured and how.
"""

import argparse
import curses
import datetime
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ptyapp import PtyApp, now, proc_status_kb  # noqa: E402
import storegen  # noqa: E402

COLUMNS, ROWS = 80, 24

# 200 characters of a plain reflection sentence, typed one key at a time.
TYPED = ("We will open the spring showcase to families and partners, and every grade will present one "
         "project with a student-led defense, so the network can see how mastery is shown in practice. ")
TYPED = (TYPED * 2)[:200]
assert len(TYPED) == 200


def terminfo_keys():
    curses.setupterm("xterm-256color", sys.stdout.fileno() if sys.stdout.isatty() else os.open(os.devnull, os.O_WRONLY))

    def key(name, fallback):
        value = curses.tigetstr(name)
        return value if value else fallback

    return {"down": key("kcud1", b"\x1b[B"), "pgdn": key("knp", b"\x1b[6~"), "end": key("kend", b"\x1b[F"),
            "tab": b"\t", "enter": b"\r"}


KEYS = None


def percentile(values, p):
    values = sorted(values)
    if not values:
        return None
    k = (len(values) - 1) * p / 100
    f, c = int(k), min(int(k) + 1, len(values) - 1)
    return values[f] + (values[c] - values[f]) * (k - f)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


# ---------------------------------------------------------------------------
# The terminal programs


class Subject:
    """One program under test: how to start it, when its first screen is complete, how to type and quit."""

    name = ""
    startup_only = False
    move_key = b"\t"
    move_label = "Tab"
    quit_keys = b""

    def argv(self):
        raise NotImplementedError

    def env(self, base):
        return base

    def first_paint(self, screen):
        raise NotImplementedError

    def prepare(self, app):
        """Gets to the place where typing starts; returns a note or raises."""
        return None


def screen_has(screen, *needles):
    text = "\n".join(screen.display)
    return all(n in text for n in needles)


class Kyiln(Subject):
    name = "kyiln"
    move_label = "Tab (Reflections page)"
    quit_keys = b"\x11d"  # Ctrl-Q, then Discard

    def __init__(self, binary, store, districts, name=None):
        self.binary, self.store = binary, store
        self.districts = districts
        if name:
            self.name = name

    def argv(self):
        return [self.binary, "--store", self.store]

    def first_paint(self, screen):
        lines = screen.display
        if "Letters of Commitment" not in lines[0]:
            return False
        rows = sum(1 for line in lines[1:-1] if any(d in line for d in self.districts))
        return rows >= 15

    def prepare(self, app):
        app.send(KEYS["enter"], quiet=0.15)  # open the first letter
        if "Purpose" not in app.text():
            raise RuntimeError("Enter on Home did not open the wizard:\n" + app.text())
        for _ in range(3):
            app.send(KEYS["pgdn"], quiet=0.1)
        lines = app.lines()
        if "New line" not in lines[-1]:
            raise RuntimeError("PgDn x3 did not reach a text area on Reflections:\n" + app.text())
        # Type at the end of the existing answer, as when adding to it: page to the end, then End.
        for _ in range(25):
            app.send(KEYS["pgdn"], quiet=0.03)
        app.send(KEYS["end"], quiet=0.05)
        return "appending to the first reflection answer (several paragraphs) on the Reflections step"


class KyilnEmpty(Kyiln):
    """kyiln on an empty store: the start-up cost without any letters (first screen only)."""

    name = "kyiln, empty store (start-up only)"
    startup_only = True
    quit_keys = b"q"

    def first_paint(self, screen):
        return screen_has(screen, "Welcome to kyiln", "Press F1")


class Dialog(Subject):
    name = "dialog --form"
    move_label = "Down (next field; Tab goes to the buttons)"
    quit_keys = b"\r"

    def argv(self):
        args = [shutil.which("dialog") or "dialog", "--title", "Letter of Commitment", "--form",
                "Fill in the letter", "16", "76", "6"]
        for i, label in enumerate(["District", "Superintendent", "Email", "Contact", "Title", "Reflection"]):
            args += [label + ":", str(i + 1), "1", "", str(i + 1), "18", "50", "250"]
        return args

    def first_paint(self, screen):
        return screen_has(screen, "Reflection:", "OK", "Cancel")


class Whiptail(Subject):
    name = "whiptail --inputbox"
    move_label = "Tab (input, Ok, Cancel)"
    quit_keys = b"\r"

    def argv(self):
        return [shutil.which("whiptail") or "whiptail", "--title", "Letter of Commitment", "--inputbox",
                "Reflection:", "10", "78", ""]

    def first_paint(self, screen):
        return screen_has(screen, "Reflection:", "<Ok>", "<Cancel>")


class Textual(Subject):
    name = "Textual (6 Inputs)"
    move_label = "Tab"
    quit_keys = b"\x11"

    def argv(self):
        return [sys.executable, os.path.join(HERE, "textual_form.py")]

    def env(self, base):
        env = dict(base)
        env.pop("TEXTUAL", None)
        return env

    def first_paint(self, screen):
        return screen_has(screen, "Reflection:", "field 6 of 6")


class Floor(Subject):
    """cat(1) in a raw pty: echoes each byte. The round trip through the harness and the pty."""

    name = "harness floor (cat, raw pty)"
    move_label = "Tab (echoed)"

    def argv(self):
        return [shutil.which("cat") or "/bin/cat"]

    def first_paint(self, screen):
        return True


def run_subject(subject, base_env, keys_typed, moves, quiet):
    env = subject.env(base_env)
    raw = isinstance(subject, Floor)
    app = PtyApp(subject.argv(), env, COLUMNS, ROWS, raw=raw)
    result = {"name": subject.name}
    if raw:
        result["first_paint_ms"] = None
    else:
        painted = app.wait_for(subject.first_paint, timeout=20)
        if painted is None:
            app.finish(subject.quit_keys, timeout=1)
            raise RuntimeError(f"{subject.name}: no complete first screen within 20 s; the screen was:\n{app.text()}")
        result["first_paint_ms"] = (painted - app.spawned_at) * 1000
        result["first_paint_bytes"] = app.total_bytes
        app.settle(0.15)
    result["startup_rss_kb"] = app.peak_rss_kb()
    if subject.startup_only:
        typed, moved = [], []
    else:
        result["note"] = subject.prepare(app)
        typed = [app.key(ch, quiet) for ch in keys_typed]
        moved = [app.key(subject.move_key, quiet) for _ in range(moves)]
    result["type_latency_ms"] = [t * 1000 if t is not None else None for t, _, _ in typed]
    result["type_bytes"] = [b for _, b, _ in typed]
    result["type_cpu_us"] = [c / 1000 for _, _, c in typed]
    result["move_latency_ms"] = [t * 1000 if t is not None else None for t, _, _ in moved]
    result["move_bytes"] = [b for _, b, _ in moved]
    result["move_cpu_us"] = [c / 1000 for _, _, c in moved]
    result["peak_rss_kb"] = app.peak_rss_kb()
    result["rss_anon_kb"] = proc_status_kb(app.pid, "RssAnon")
    result["rss_file_kb"] = proc_status_kb(app.pid, "RssFile")
    result["cpu_ms_before_quit"] = app.cpu_ns() / 1e6
    result["screen_after_typing"] = app.lines()
    usage = app.finish(subject.quit_keys, timeout=0 if raw else 5.0)
    if usage is not None:
        result["rusage_cpu_ms"] = (usage.ru_utime + usage.ru_stime) * 1000
        result["rusage_maxrss_kb"] = usage.ru_maxrss
    return result


def first_paint_only(subject, base_env):
    """Spawn, wait for the first complete screen, quit: one more start-up sample."""
    app = PtyApp(subject.argv(), subject.env(base_env), COLUMNS, ROWS)
    painted = app.wait_for(subject.first_paint, timeout=20)
    app.settle(0.05)
    app.finish(subject.quit_keys if not isinstance(subject, Kyiln) or subject.startup_only else b"q")
    return (painted - app.spawned_at) * 1000 if painted is not None else None


def summarize_runs(runs, paints=()):
    def pool(key):
        return [v for r in runs for v in r[key] if v is not None]

    lat = pool("type_latency_ms")
    mlat = pool("move_latency_ms")
    cpu = pool("type_cpu_us")
    typed = sum(len(r["type_bytes"]) for r in runs)
    moved = sum(len(r["move_bytes"]) for r in runs)
    return {
        "runs": len(runs),
        "first_paint_ms": median([r["first_paint_ms"] for r in runs] + list(paints)),
        "first_paint_samples": len([v for v in [r["first_paint_ms"] for r in runs] + list(paints) if v is not None]),
        "key_p50_ms": median(lat),
        "key_p95_ms": percentile(lat, 95),
        "key_cpu_p50_us": median(cpu),
        "key_cpu_p95_us": percentile(cpu, 95),
        "keys_without_output": sum(1 for r in runs for v in r["type_latency_ms"] if v is None),
        "move_p50_ms": median(mlat),
        "move_p95_ms": percentile(mlat, 95),
        "bytes_per_char": sum(sum(r["type_bytes"]) for r in runs) / typed if typed else None,
        "bytes_per_move": sum(sum(r["move_bytes"]) for r in runs) / moved if moved else None,
        "peak_rss_kb": median([r["peak_rss_kb"] for r in runs]),
        "rss_anon_kb": median([r["rss_anon_kb"] for r in runs]),
        "rss_file_kb": median([r["rss_file_kb"] for r in runs]),
        "cpu_ms": median([r.get("rusage_cpu_ms", r["cpu_ms_before_quit"]) for r in runs]),
    }


# ---------------------------------------------------------------------------
# The store on its own


GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def timed(argv, stdin_bytes=None):
    """Runs a command; returns wall ms, CPU ms, peak RSS kB, exit status, stdout lines.

    Peak RSS comes from GNU time(1) (`%M`): a child forked (or vforked) from this Python
    process would carry the harness's own resident size into ru_maxrss, which survives exec.
    Wall and CPU times come from this process (wait4), so they include time(1)'s fork (~0.3 ms).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as inp, \
            tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        if stdin_bytes is not None:
            inp.write(stdin_bytes)
            inp.seek(0)
        command = ([GNU_TIME, "-f", "%M", "-o", report.name] if GNU_TIME else []) + argv
        start = now()
        proc = subprocess.Popen(command, stdin=inp, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = (now() - start) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        data = out.read()
        maxrss = usage.ru_maxrss
        if GNU_TIME:
            lines = [line for line in report.read().split() if line.isdigit()]
            maxrss = int(lines[-1]) if lines else None
    return {"wall_ms": wall, "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000, "maxrss_kb": maxrss,
            "status": proc.returncode, "stdout_lines": data.count(b"\n")}


def evict(store):
    """Drops the store's files from the page cache (posix_fadvise DONTNEED; no root needed)."""
    count = 0
    for base, _, names in os.walk(store):
        for n in names:
            try:
                fd = os.open(os.path.join(base, n), os.O_RDONLY)
            except OSError:
                continue
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                count += 1
            finally:
                os.close(fd)
    return count


def drop_index(store):
    for year in os.listdir(os.path.join(store, "letters")):
        for name in (".index", ".index.json"):  # the line index, and the JSON one before it
            path = os.path.join(store, "letters", year, name)
            if os.path.exists(path):
                os.unlink(path)


def summarize_cmd(samples):
    return {"n": len(samples), "wall_ms": median([s["wall_ms"] for s in samples]),
            "wall_ms_max": max(s["wall_ms"] for s in samples), "cpu_ms": median([s["cpu_ms"] for s in samples]),
            "maxrss_kb": median([s["maxrss_kb"] for s in samples]),
            "status": sorted({s["status"] for s in samples}), "stdout_lines": samples[-1]["stdout_lines"]}


def bench_store(kyiln, folder, templates, rng, quick, log):
    out = {}
    count = 1000 if not quick else 200
    years = storegen.YEARS
    districts = storegen.district_names(count)
    store = os.path.join(folder, "store-10k")
    started = now()
    total = storegen.write_store(kyiln, store, templates, districts, years, rng)
    size, files = storegen.store_size(store)
    out["letters"] = total
    out["store_bytes"] = size
    out["generate_s"] = now() - started
    log(f"  store of {total} letters, {size / 1e6:.1f} MB, made in {out['generate_s']:.1f} s")
    n = 3 if quick else 5
    k = [kyiln, "--store", store]
    timed(k + ["list"])  # index current, caches warm
    out["list_index_warm"] = summarize_cmd([timed(k + ["list"]) for _ in range(n)])
    samples = []
    for _ in range(n):
        evict(store)
        samples.append(timed(k + ["list"]))
    out["list_index_cold"] = summarize_cmd(samples)
    samples = []
    for _ in range(max(2, n - 2)):
        drop_index(store)
        samples.append(timed(k + ["list"]))
    out["list_no_index_warm"] = summarize_cmd(samples)
    samples = []
    for _ in range(max(2, n - 2)):
        drop_index(store)
        evict(store)
        samples.append(timed(k + ["list"]))
    out["list_no_index_cold"] = summarize_cmd(samples)
    year = years[-1]
    some = storegen.slug(districts[len(districts) // 2])
    out["show_one"] = summarize_cmd([timed(k + ["show", some, "--year", year]) for _ in range(10)])
    samples = []
    for i in range(10):
        text = storegen.paragraphs(rng) + f"\n\nEdit {i}."
        samples.append(timed(k + ["set", some, "--year", year, "reflections.previous-year", "-"], text.encode()))
    out["save_one"] = summarize_cmd(samples)
    out["process_start"] = summarize_cmd([timed([kyiln, "editions"]) for _ in range(10)])
    out["import"] = bench_import(kyiln, folder, store, districts, years, log)
    shutil.rmtree(store, ignore_errors=True)
    return out


def bench_import(kyiln, folder, store, districts, years, log, count=1000):
    """`kyiln import FOLDER` of `count` letters saved as plain text, when the command exists.

    The text files are the letters of the newest year rendered by `kyiln show --format text`
    (the form's own layout), so the importer reads what a person would save from the form.
    """
    help_text = subprocess.run([kyiln, "--help"], capture_output=True, text=True).stdout
    if not any(line.strip().startswith("import ") for line in help_text.splitlines()):
        return {"available": False, "measured": False, "note": "not available: this kyiln has no `import` command"}
    year = years[-1]
    texts = os.path.join(folder, "import-texts")
    os.makedirs(texts, exist_ok=True)
    chosen = districts[:count]
    started = now()
    for name in chosen:
        slug = storegen.slug(name)
        shown = subprocess.run([kyiln, "--store", store, "show", slug, "--year", year, "--format", "text"],
                               capture_output=True)
        if shown.returncode != 0:
            return {"available": True, "measured": False,
                    "note": f"could not render {slug} as text: {shown.stderr.decode()[:200]}"}
        with open(os.path.join(texts, slug + ".txt"), "wb") as f:
            f.write(shown.stdout)
    log(f"  {len(chosen)} letters rendered as text in {now() - started:.1f} s; importing them")
    target = os.path.join(folder, "import-store")
    result = timed([kyiln, "--store", target, "import", texts, "--year", year])
    listed = subprocess.run([kyiln, "--store", target, "list", "--year", year], capture_output=True, text=True)
    stored = max(0, len(listed.stdout.splitlines()) - 1)  # less the header
    shutil.rmtree(texts, ignore_errors=True)
    shutil.rmtree(target, ignore_errors=True)
    out = {"available": True, "measured": True, "files": len(chosen), "stored": stored, **result}
    out["note"] = (f"{stored} of {len(chosen)} stored" + ("" if result["status"] == 0 else f", exit {result['status']}"))
    return out


# ---------------------------------------------------------------------------
# Report


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count() if not shutil.which("nproc") else int(subprocess.run(["nproc"], capture_output=True, text=True).stdout),
            "cpu": model, "kernel": platform.release(), "python": platform.python_version()}


def fmt(value, unit="", digits=1):
    if value is None:
        return "–"
    return f"{value:.{digits}f}{unit}"


def ratio(value, base):
    if value is None or not base:
        return ""
    return f" ({value / base:.2f}x)"


def versions():
    out = {}
    for name, argv in [("dialog", ["dialog", "--version"]), ("whiptail", ["whiptail", "--version"])]:
        try:
            r = subprocess.run(argv, capture_output=True, text=True, timeout=5)
            out[name] = (r.stdout + r.stderr).strip().splitlines()[0]
        except Exception:  # noqa: BLE001
            out[name] = "?"
    try:
        import textual
        out["textual"] = textual.__version__
    except Exception:  # noqa: BLE001
        out["textual"] = "?"
    import pyte
    out["pyte"] = getattr(pyte, "__version__", "0.8")
    return out


def evaluate_targets(summary, store, floor):
    k = summary.get("kyiln", {})
    d = summary.get("dialog --form", {})
    targets = []

    def add(name, target, value, met, detail=""):
        targets.append({"target": name, "goal": target, "value": value, "met": met, "detail": detail})

    fp, dfp = k.get("first_paint_ms"), d.get("first_paint_ms")
    if fp is not None and dfp:
        add("first Home screen, 1,710 letters", "<= 1.5x dialog's first paint",
            f"{fp:.1f} ms = {fp / dfp:.2f}x dialog ({dfp:.1f} ms)", fp <= 1.5 * dfp)
    b = k.get("bytes_per_char")
    if b is not None:
        add("bytes per typed character", "<= 2", f"{b:.2f}", b <= 2)
    p95 = k.get("key_p95_ms")
    if p95 is not None:
        own = p95 - (floor or 0)
        add("key latency p95, app's own handling", "< 1 ms",
            f"{own:.2f} ms (p95 {p95:.2f} ms less the harness floor {floor or 0:.2f} ms; CPU p95 {k['key_cpu_p95_us']:.0f} µs)",
            own < 1.0)
    rss = k.get("peak_rss_kb")
    if rss is not None:
        add("peak memory, 1,710 letters", "<= 12 MB", f"{rss / 1024:.1f} MB (VmHWM)", rss / 1024 <= 12)
    if store:
        lw = store["list_index_warm"]["wall_ms"]
        add(f"list {store['letters']:,} letters", "< 300 ms",
            f"{lw:.0f} ms with the index (no index: {store['list_no_index_warm']['wall_ms']:.0f} ms warm, "
            f"{store['list_no_index_cold']['wall_ms']:.0f} ms cold)", lw < 300)
        sv = store["save_one"]["wall_ms"]
        add("save one letter incl. fsync", "< 20 ms", f"{sv:.1f} ms (whole `kyiln set` process)", sv < 20)
    return targets


def markdown(report):
    s = report["summary"]
    base = s.get("dialog --form", {})
    m = report["machine"]
    lines = [f"Run {report['date']} on {m['nproc']} x {m['cpu'] or 'unknown CPU'}, Linux {m['kernel']}; "
             f"kyiln {report['kyiln']['commit']}; {report['config']['rounds']} interleaved round(s), "
             f"{report['config']['typed']} typed keys and {report['config']['moves']} field moves per run; "
             f"80x24, TERM=xterm-256color. First screen: median of every start of that program (one per round plus {report['config']['paint_repeats']} start-up-only "
             f"starts per round). Other figures are medians over rounds (key latency: median and p95 over all keys); "
             f"(n.nnx) is the ratio to dialog.", ""]
    lines.append("| program | first screen | key p50 | key p95 | CPU/key p95 | bytes/char | bytes/field move | peak RSS | RSS anon + file at end | CPU total |")
    lines.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name in report["order"]:
        r = s[name]
        lines.append("| " + " | ".join([
            name,
            fmt(r["first_paint_ms"], " ms") + ratio(r["first_paint_ms"], base.get("first_paint_ms")),
            fmt(r["key_p50_ms"], " ms", 2) + ratio(r["key_p50_ms"], base.get("key_p50_ms")),
            fmt(r["key_p95_ms"], " ms", 2) + ratio(r["key_p95_ms"], base.get("key_p95_ms")),
            fmt(r["key_cpu_p95_us"], " µs", 0) + ratio(r["key_cpu_p95_us"], base.get("key_cpu_p95_us")),
            fmt(r["bytes_per_char"], "", 1) + ratio(r["bytes_per_char"], base.get("bytes_per_char")),
            fmt(r["bytes_per_move"], "", 1) + ratio(r["bytes_per_move"], base.get("bytes_per_move")),
            fmt(r["peak_rss_kb"] / 1024 if r["peak_rss_kb"] else None, " MB") + ratio(r["peak_rss_kb"], base.get("peak_rss_kb")),
            (f"{r['rss_anon_kb'] / 1024:.1f} + {r['rss_file_kb'] / 1024:.1f} MB" if r.get("rss_anon_kb") is not None and r.get("rss_file_kb") is not None else "–"),
            fmt(r["cpu_ms"], " ms", 0) + ratio(r["cpu_ms"], base.get("cpu_ms")),
        ]) + " |")
    st = report.get("store")
    if st:
        lines += ["", f"Store on its own ({st['letters']:,} letters, {st['store_bytes'] / 1e6:.0f} MB; "
                  "each a whole `kyiln` process; median wall time, CPU, peak RSS):", "",
                  "| operation | wall | CPU | peak RSS |", "| --- | --- | --- | --- |"]
        rows = [("`kyiln list`, index current", "list_index_warm"),
                ("`kyiln list`, index current, files evicted from the page cache", "list_index_cold"),
                ("`kyiln list`, no index (scan + decode all, rebuild index)", "list_no_index_warm"),
                ("`kyiln list`, no index, files evicted from the page cache", "list_no_index_cold"),
                ("`kyiln show` one letter", "show_one"),
                ("`kyiln set` one field (save with fsync)", "save_one"),
                ("`kyiln editions` (process start, no store)", "process_start")]
        for label, key in rows:
            r = st[key]
            lines.append(f"| {label} | {r['wall_ms']:.1f} ms | {r['cpu_ms']:.0f} ms | {r['maxrss_kb'] / 1024:.1f} MB |")
        imp = st["import"]
        if imp.get("measured"):
            lines.append(f"| `kyiln import` of {imp['files']:,} letters saved as text ({imp['note']}) | {imp['wall_ms']:.0f} ms | "
                         f"{imp['cpu_ms']:.0f} ms | {imp['maxrss_kb'] / 1024:.1f} MB |")
        else:
            lines.append(f"| `kyiln import` 1,000 letters | {imp['note']} | | |")
    lines += ["", "| target | goal | measured | |", "| --- | --- | --- | --- |"]
    for t in report["targets"]:
        lines.append(f"| {t['target']} | {t['goal']} | {t['value']} | {'met' if t['met'] else '**missed**'} |")
    return "\n".join(lines) + "\n"


def main():
    global KEYS
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kyiln", required=True, help="the release kyiln binary")
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--rounds", type=int, help="interleaved rounds (default 3; 1 with --quick)")
    parser.add_argument("--paint-repeats", type=int, help="extra start-up-only samples per subject and round (default 4; 1 with --quick)")
    parser.add_argument("--quiet-ms", type=float, default=30, help="silence that ends a key's output (default 30)")
    parser.add_argument("--out", default=os.path.join(HERE, "results"), help="where latest.json/latest.md go")
    parser.add_argument("--no-store", action="store_true", help="skip the 10,000-letter store measurements")
    parser.add_argument("--extra-kyiln", action="append", default=[], metavar="LABEL=PATH",
                        help="another kyiln binary to run beside the main one (e.g. a static build)")
    parser.add_argument("--commit", help="what to record as the kyiln version (default: git describe of this tree)")
    parser.add_argument("--only", help="comma-separated subjects: kyiln,dialog,whiptail,textual,floor; "
                        "or long-answer alone: 20,000 characters typed into one answer (results/long-answer.json)")
    args = parser.parse_args()
    if args.only == "long-answer":
        import long_answer
        commit = args.commit or "?"
        long_answer.run(os.path.abspath(args.kyiln), terminfo_keys(), lambda text: print(text, file=sys.stderr, flush=True),
                        args.out, commit)
        return
    rounds = args.rounds or (1 if args.quick else 3)
    typed = TYPED if not args.quick else TYPED[:60]
    moves = 20 if not args.quick else 8
    quiet = args.quiet_ms / 1000
    KEYS = terminfo_keys()

    def log(text):
        print(text, file=sys.stderr, flush=True)

    kyiln = os.path.abspath(args.kyiln)
    folder = tempfile.mkdtemp(prefix="kyiln-bench-")
    rng = random.Random(2025)
    try:
        log("bench: making the 1,710-letter store with kyiln itself")
        started = now()
        templates = storegen.make_templates(kyiln, folder, rng)
        store = os.path.join(folder, "store")
        districts = storegen.district_names(171)
        total = storegen.write_store(kyiln, store, templates, districts, storegen.YEARS, rng)
        size, _ = storegen.store_size(store)
        log(f"  {total} letters, {size / 1e6:.1f} MB, in {now() - started:.1f} s")

        home = os.path.join(folder, "home")
        os.makedirs(home, exist_ok=True)
        base_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TERM": "xterm-256color",
                    "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "KYILN_STORE": store, "XDG_DATA_HOME": home}
        extra = [Kyiln(os.path.abspath(path), store, districts, name=label)
                 for label, path in (item.split("=", 1) for item in args.extra_kyiln)]
        empty = os.path.join(folder, "empty-store")
        subjects = ([Kyiln(kyiln, store, districts)] + extra + [KyilnEmpty(kyiln, empty, districts)]
                    + [Dialog(), Whiptail(), Textual(), Floor()])
        if args.only:
            wanted = args.only.split(",")
            subjects = [s for s in subjects if any(w.lower() in s.name.lower() for w in wanted)]
        runs = {s.name: [] for s in subjects}
        paints = {s.name: [] for s in subjects}
        repeats = args.paint_repeats if args.paint_repeats is not None else (1 if args.quick else 4)
        for round_ in range(rounds):
            order = subjects[round_ % len(subjects):] + subjects[:round_ % len(subjects)]
            for subject in order:
                started = now()
                result = run_subject(subject, base_env, typed, moves, quiet)
                runs[subject.name].append(result)
                log(f"  round {round_ + 1}/{rounds} {subject.name}: first screen {fmt(result['first_paint_ms'], ' ms')}, "
                    f"key p50 {fmt(median(result['type_latency_ms']), ' ms', 2)}, "
                    f"{sum(result['type_bytes']) / len(typed):.1f} B/char, "
                    f"{(result['peak_rss_kb'] or 0) / 1024:.1f} MB ({now() - started:.1f} s)")
            for _ in range(repeats):
                for subject in order:
                    if not isinstance(subject, Floor):
                        paints[subject.name].append(first_paint_only(subject, base_env))
        summary = {name: summarize_runs(r, [p for p in paints[name] if p is not None]) for name, r in runs.items()}
        floor = summary.get(Floor.name, {}).get("key_p50_ms")

        store_results = None
        if not args.no_store:
            log("bench: the store on its own")
            store_results = bench_store(kyiln, folder, templates, rng, args.quick, log)

        commit = args.commit or subprocess.run(["git", "-C", os.path.dirname(HERE), "describe", "--always", "--dirty"],
                                capture_output=True, text=True).stdout.strip() or "?"
        report = {
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": machine(),
            "kyiln": {"binary": kyiln, "commit": commit},
            "versions": versions(),
            "config": {"rounds": rounds, "typed": len(typed), "moves": moves, "quiet_ms": args.quiet_ms, "paint_repeats": repeats,
                       "columns": COLUMNS, "rows": ROWS, "term": "xterm-256color", "quick": args.quick,
                       "letters_in_tui_store": total},
            "order": [s.name for s in subjects],
            "summary": summary,
            "store": store_results,
            "runs": runs,
            "first_paint_extra_ms": paints,
        }
        report["targets"] = evaluate_targets(summary, store_results, floor)
        table = markdown(report)
        os.makedirs(args.out, exist_ok=True)
        name = "latest" if not args.quick else "quick"
        with open(os.path.join(args.out, name + ".json"), "w") as f:
            json.dump(report, f, indent=1, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(args.out, name + ".md"), "w") as f:
            f.write("# kyiln benchmark\n\n" + table)
        print(table)
        log(f"bench: wrote {os.path.join(args.out, name + '.json')} and .md")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

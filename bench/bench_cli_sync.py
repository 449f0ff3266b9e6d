"""Benchmark of an empty ``lookingbeyond sync``: a scheduler's run with nothing to send and
nothing new (issue 15, item 4; the aim is under 0.3 s on loopback).

    .venv/bin/python bench/bench_cli_sync.py [--runs 15] [--orgs 2000] [--json]
        [--no-bytecode-cache] [--no-quick-path]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

Starts ``lookingbeyond-server serve`` on loopback (a SQLite file in a temporary folder, or a
fresh PostgreSQL database next to the one given: bench_sync.headquarters), enrols a data
folder with ``lookingbeyond login`` (the token in a plain-file keyring, for the bench only),
creates --orgs organizations there and syncs them, then runs ``lookingbeyond sync
--data-dir DIR`` --runs times: the wall clock of the process and its CPU time (user +
system), medians.  Then --runs more runs of the same ``main()`` with its phases timed from
inside: the interpreter's start, every import, opening the store (apart from its two parts
timed on their own: the database key from the keyring and the migrations check), the token
and the device's keys from the keyring, the HTTP round trip, applying the answer, the rest
of the command, and the interpreter's exit (medians).  Such a sync goes by the command's
quick path (lookingbeyond_desktop/quick_sync.py): its functions are timed under the same
phase names as the ordinary path's, and the bench says in how many of the timed runs the
quick path was taken (SQLAlchemy never loaded).  Last, where the import time goes: by layer
(each layer of what the sync imports, timed in a child, medians; the quick path's layers,
then the ordinary path's, which a fall back loads) and by package (``python -X importtime``,
whose own overhead inflates the absolute figures).

--no-quick-path runs every sync with ``LOOKINGBEYOND_QUICK_SYNC=0``: the ordinary path
only, as before the quick path existed (to compare the two at the same load).

The children keep their bytecode in a temporary folder (as an installed application has
its .pyc files), even where PYTHONDONTWRITEBYTECODE is set; --no-bytecode-cache measures
with whatever the environment says.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import bench_sync  # noqa: E402  (puts the project's root on sys.path)

COMMAND = str(Path(sys.executable).parent / "lookingbeyond")

# Run in a child as ``python -c PHASES DATA_DIR OUT_JSON``: the same ``main()`` the command
# runs, with the outermost imports and some functions timed (each phase without the imports
# made inside it, nor the phases inside it: opening the store holds the key and the
# migrations check), the moments of start and end written to OUT_JSON for the parent.
PHASES = r'''
import time
START = time.time()
import builtins, importlib, json, sys

DATA, OUT = sys.argv[1], sys.argv[2]
spent = {"imports": 0.0}
accounted = [0.0]  # seconds already given to imports or to a phase
depth = [0]
patched = set()


def phase(name, function):
    def timed(*args, **kwargs):
        began, before = time.perf_counter(), accounted[0]
        try:
            return function(*args, **kwargs)
        finally:
            own = time.perf_counter() - began - (accounted[0] - before)
            spent[name] = spent.get(name, 0.0) + own
            accounted[0] += own
            patch()  # a module it loaded (quick_sync.store_module) is timed from now on
    return timed


# (module, owner in it or None, function, phase): patched once the module is loaded.
TIMED = (
    ("lookingbeyond_desktop.store.database", "Store", "open", "open the store"),
    ("lookingbeyond_desktop.store.database", None, "migrate", "migrations check"),
    ("lookingbeyond_desktop.store.cipher", None, "folder_key", "database key (keyring)"),
    ("sync.client", None, "load_token", "token (keyring)"),
    ("sync.bundle", None, "load_keys", "device keys (keyring)"),
    ("sync.client", None, "_post", "HTTP round trip"),
    ("sync.replica", "Replication", "apply_response", "apply the answer"),
    # The quick path of an empty sync (the store's cipher module loaded without the store
    # package: that loading is an import).
    ("lookingbeyond_desktop.quick_sync", None, "store_module", "imports"),
    ("lookingbeyond_desktop.quick_sync", None, "open_database", "open the store"),
    ("lookingbeyond_desktop.quick_sync", None, "check_schema", "migrations check"),
    ("lookingbeyond_desktop.quick_sync", None, "read_token", "token (keyring)"),
    ("lookingbeyond_desktop.quick_sync", None, "check_device_keys", "device keys (keyring)"),
    ("lookingbeyond_desktop.quick_sync", None, "post", "HTTP round trip"),
    ("lookingbeyond_desktop.quick_sync", None, "write", "apply the answer"),
)


def patch():
    for module_name, owner_name, function, name in TIMED:
        module = sys.modules.get(module_name)
        owner = module if owner_name is None or module is None else getattr(module, owner_name, None)
        if (module_name, owner_name, function) in patched or owner is None \
                or not hasattr(owner, function):
            continue
        patched.add((module_name, owner_name, function))
        found = owner.__dict__[function] if owner_name else getattr(owner, function)
        if isinstance(found, classmethod):
            setattr(owner, function, classmethod(phase(name, found.__func__)))
        else:
            setattr(owner, function, phase(name, found))


def counted(real):
    def importing(*args, **kwargs):
        if depth[0]:
            return real(*args, **kwargs)
        depth[0] += 1
        began = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            took = time.perf_counter() - began
            spent["imports"] += took
            accounted[0] += took
            depth[0] -= 1
            patch()
    return importing


builtins.__import__ = counted(builtins.__import__)
importlib.import_module = counted(importlib.import_module)
sys.argv = ["lookingbeyond", "sync", "--data-dir", DATA]
began = time.perf_counter()
from lookingbeyond_desktop.cli import main

status = main()
spent["main"] = time.perf_counter() - began
END = time.time()
with open(OUT, "w") as written:
    written.write(json.dumps({"start": START, "end": END, "status": status,
                              "quick": "sqlalchemy" not in sys.modules, **spent}))
sys.exit(status)
'''


# Run in a child as ``python -c CREATE DATA_DIR ORGS``: ORGS demo organizations written.
CREATE = r'''
import sys
from lookingbeyond_desktop.demo import DemoGenerator
from lookingbeyond_desktop.store import Store

generator = DemoGenerator(seed=11)
with Store.open(sys.argv[1]) as store, store.write(author="bench") as writer:
    for _ in range(int(sys.argv[2])):
        record = generator.organization()
        writer.create("organizations", {k: v for k, v in record.items() if k != "id"})
'''


def child_env(folder: Path, *, bytecode_cache: bool, quick: bool = True) -> dict[str, str]:
    """The environment of the `lookingbeyond` children: a plain-file keyring in ``folder``
    (and the quick path turned off unless ``quick``)."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
               XDG_DATA_HOME=str(folder / "keyring"))
    if not quick:
        env["LOOKINGBEYOND_QUICK_SYNC"] = "0"
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def lookingbeyond(env: dict[str, str], *args: str, stdin: str = "") -> str:
    """Run the real command; its output (SystemExit on failure)."""
    done = subprocess.run([COMMAND, *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"lookingbeyond {args[0]} failed: {done.stdout}{done.stderr}")
    return done.stdout


@contextlib.contextmanager
def enrolled_folder(folder: Path, orgs: int, env: dict[str, str],
                    database_url: str | None = None) -> Iterator[Path]:
    """A headquarters process and a data folder enrolled with it, in step with it (its
    ``orgs`` organizations sent), until the block ends."""
    with bench_sync.database(database_url, folder, "hq") as url, \
            bench_sync.headquarters(url, folder) as hq:
        data = folder / "laptop"
        lookingbeyond(env, "login", "--data-dir", str(data), "--server", hq.url, "--user",
                      bench_sync.USER, "--password-stdin", "--device-name", "BENCH",
                      stdin=bench_sync.PASSWORD + "\n")
        if orgs:  # in a child: the folder's key is in the children's keyring, not ours
            done = subprocess.run([sys.executable, "-c", CREATE, str(data), str(orgs)],
                                  capture_output=True, text=True, env=env, timeout=600)
            if done.returncode != 0:
                raise SystemExit(f"creating the organizations failed: {done.stderr}")
        lookingbeyond(env, "sync", "--data-dir", str(data))  # sends them
        lookingbeyond(env, "sync", "--data-dir", str(data))  # and the bytecode is cached
        yield data


def timed_runs(data: Path, env: dict[str, str], runs: int) -> dict[str, float]:
    """Medians of the wall clock and CPU time of ``runs`` empty syncs, in seconds."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        output = lookingbeyond(env, "sync", "--data-dir", str(data))
        walls.append(time.perf_counter() - began)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if "sent 0 records, received 0" not in output:
            raise SystemExit(f"not an empty sync: {output}")
    return {"wall": statistics.median(walls), "wall_min": min(walls),
            "cpu": statistics.median(cpus), "cpu_min": min(cpus)}


PHASE_NAMES = ("interpreter start", "imports", "open the store", "database key (keyring)",
               "migrations check", "token (keyring)", "HTTP round trip", "apply the answer",
               "device keys (keyring)", "rest of the command", "interpreter exit")
TIMED_INSIDE = PHASE_NAMES[1:-2]  # timed by PHASES; the others are what is left around them


def phases(data: Path, env: dict[str, str], runs: int, folder: Path) -> dict[str, float]:
    """Medians of each phase of an empty sync, in seconds (they add up to about the wall)."""
    found: dict[str, list[float]] = collections.defaultdict(list)
    quick = 0
    out = folder / "phases.json"
    for _ in range(runs):
        began = time.time()
        done = subprocess.run([sys.executable, "-c", PHASES, str(data), str(out)],
                              capture_output=True, text=True, env=env, timeout=600)
        ended = time.time()
        if done.returncode != 0:
            raise SystemExit(f"the timed sync failed: {done.stdout}{done.stderr}")
        inside = json.loads(out.read_text())
        quick += bool(inside["quick"])
        named = {name: inside.get(name, 0.0) for name in TIMED_INSIDE}
        named["interpreter start"] = inside["start"] - began
        named["rest of the command"] = inside["main"] - sum(named[n] for n in TIMED_INSIDE)
        named["interpreter exit"] = ended - inside["end"]
        named["total"] = ended - began
        for name, seconds in named.items():
            found[name].append(seconds)
    medians = {name: statistics.median(values) for name, values in found.items()}
    medians["quick path taken"] = quick
    return medians


# Run in a child as ``python -c LAYERS quick|ordinary``: what the sync imports, layer by
# layer in the order they build on each other, with the collector paused as the command
# imports; the seconds each layer adds (what it shares with a layer before is counted
# there), as JSON.  "@cipher": the store's cipher module as the quick path loads it.
LAYERS = r'''
import gc, importlib, json, sys, time
gc.disable()
QUICK = (
    ("Python's own modules (argparse, json, logging, ...)",
     ("argparse", "json", "logging", "pathlib", "dataclasses", "decimal", "datetime", "uuid")),
    ("the command line, sync.wire", ("lookingbeyond_desktop.cli",)),
    ("quick_sync, store.cipher (without the store package)",
     ("lookingbeyond_desktop.quick_sync", "@cipher")),
    ("keyring (and its backend)", ("keyring", "keyring.core")),
    ("SQLCipher (sqlcipher3)", ("sqlcipher3.dbapi2",)),
    ("sync.bundle (the device's keys)", ("sync.bundle",)),
    ("http.client", ("http.client",)),
)
ORDINARY = (
    ("Python's own modules (argparse, json, logging, ...)",
     ("argparse", "json", "logging", "pathlib", "dataclasses", "decimal", "datetime", "uuid")),
    ("the command line, sync.wire", ("lookingbeyond_desktop.cli",)),
    ("SQLAlchemy core", ("sqlalchemy",)),
    ("SQLAlchemy's SQLite dialect", ("sqlalchemy.dialects.sqlite",)),
    ("SQLAlchemy ORM", ("sqlalchemy.orm",)),
    ("domain.models (declarative mapping)", ("lookingbeyond_desktop.domain.models",)),
    ("domain rules, store (writer, database, cipher)", ("lookingbeyond_desktop.store.writer",)),
    ("store.browse (loaded by store.sandbox)", ("lookingbeyond_desktop.store.browse",)),
    ("urllib3", ("urllib3",)),
    ("requests (beyond urllib3)", ("requests",)),
    ("sync client, replica, session; sync_adapter", ("lookingbeyond_desktop.store.sync_adapter",)),
    ("keyring (and its backend)", ("keyring", "keyring.core")),
    ("SQLCipher (sqlcipher3)", ("sqlcipher3.dbapi2",)),
)
found = {}
for name, modules in (QUICK if sys.argv[1] == "quick" else ORDINARY):
    began = time.perf_counter()
    for module in modules:
        if module == "@cipher":
            sys.modules["lookingbeyond_desktop.quick_sync"].store_module("cipher")
        else:
            importlib.import_module(module)
    if module == "keyring.core":
        importlib.import_module("keyring").get_keyring()
    found[name] = time.perf_counter() - began
print(json.dumps(found))
'''


def imports_by_layer(env: dict[str, str], runs: int, path: str = "quick") -> dict[str, float]:
    """Medians of the seconds each layer of the sync's imports adds (LAYERS) on ``path``
    ("quick" or "ordinary"), in order."""
    found: dict[str, list[float]] = collections.defaultdict(list)
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", LAYERS, path], capture_output=True,
                              text=True, env=env, timeout=600, cwd=bench_sync.ROOT)
        if done.returncode != 0:
            raise SystemExit(f"the imports by layer failed: {done.stderr}")
        for name, seconds in json.loads(done.stdout).items():
            found[name].append(seconds)
    return {name: statistics.median(values) for name, values in found.items()}


def imports_by_package(data: Path, env: dict[str, str]) -> list[tuple[str, float]]:
    """Self time of every module imported by one empty sync, summed by top-level package
    (this project's modules by their own name), in seconds, largest first."""
    done = subprocess.run([sys.executable, "-X", "importtime", COMMAND, "sync", "--data-dir",
                           str(data)], capture_output=True, text=True, env=env, timeout=600)
    totals: collections.Counter[str] = collections.Counter()
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _cumulative, name = line[len("import time:"):].split("|")
        name = name.strip()
        parts = name.split(".")
        key = ".".join(parts[:3]) if parts[0] in ("lookingbeyond_desktop", "sync") else parts[0]
        totals[key] += int(own) / 1e6
    return totals.most_common()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs measured (default: 15)")
    parser.add_argument("--orgs", type=int, default=2000,
                        help="organizations in the data folder (default: 2000)")
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL URL to create a fresh database next to "
                        "(default: SQLite)")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="leave PYTHONDONTWRITEBYTECODE as the environment has it")
    parser.add_argument("--no-quick-path", action="store_true",
                        help="every sync by the ordinary path (LOOKINGBEYOND_QUICK_SYNC=0)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="lbd-bench-cli-sync-"))
    try:
        result = measure(folder, runs=args.runs, orgs=args.orgs, database_url=args.database_url,
                         bytecode_cache=not args.no_bytecode_cache, quick=not args.no_quick_path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        print(json.dumps(result))
        return
    print_result(result)


def measure(folder: Path, *, runs: int, orgs: int, database_url: str | None = None,
            bytecode_cache: bool = True, quick: bool = True) -> dict[str, Any]:
    """Every figure of the bench, as one dictionary (bench_sync.py prints it too)."""
    env = child_env(folder, bytecode_cache=bytecode_cache, quick=quick)
    with enrolled_folder(folder, orgs, env, database_url) as data:
        load = os.getloadavg()
        command = timed_runs(data, env, runs)
        parts = phases(data, env, runs, folder)
        layers = imports_by_layer(env, runs, "quick")
        ordinary = imports_by_layer(env, runs, "ordinary")
        packages = imports_by_package(data, env)
    return {"machine": bench_sync.machine(), "load": load, "runs": runs,
            "orgs": orgs, "bytecode_cache": bytecode_cache, "quick_path_on": quick,
            "command": command, "phases": parts, "imports_by_package": packages[:15],
            "imports_total": sum(seconds for _name, seconds in packages),
            "imports_by_layer": layers, "imports_by_layer_ordinary": ordinary}


def print_result(result: dict[str, Any], *, machine: bool = True) -> None:
    """The figures for a person."""
    load = ", ".join(f"{value:.2f}" for value in result["load"])
    runs = result["command"]
    if machine:
        print(f"machine: {result['machine']}")
    print(f"load average before the runs: {load}")
    print(f"empty `lookingbeyond sync` ({result['orgs']:,} organizations in the folder, "
          f"headquarters on loopback, bytecode "
          f"{'cached' if result['bytecode_cache'] else 'as the environment says'}"
          f"{'' if result.get('quick_path_on', True) else '; the quick path turned off'}):")
    print(f"  wall {runs['wall'] * 1000:.0f} ms median (min {runs['wall_min'] * 1000:.0f}), "
          f"CPU {runs['cpu'] * 1000:.0f} ms median (min {runs['cpu_min'] * 1000:.0f}), "
          f"{result['runs']} runs; aim: under 300 ms")
    print(f"  where it goes (medians of as many runs timed from inside; the quick path taken "
          f"in {result['phases'].get('quick path taken', 0)} of {result['runs']}):")
    for name in (*PHASE_NAMES, "total"):
        print(f"    {name:<24}{result['phases'][name] * 1000:7.0f} ms")
    for key, which in (("imports_by_layer", "the quick path"),
                       ("imports_by_layer_ordinary", "the ordinary path, on a fall back")):
        layers = result.get(key) or {}
        print(f"  imports by layer, {which} (medians; the collector paused, as the command "
              f"imports; {sum(layers.values()) * 1000:.0f} ms in all):")
        for name, seconds in layers.items():
            print(f"    {name:<54}{seconds * 1000:7.0f} ms")
    total = result["imports_total"] or 1.0
    print("  imports by package (self time under -X importtime, inflated by it):")
    for name, seconds in result["imports_by_package"][:12]:
        print(f"    {name:<40}{seconds * 1000:7.0f} ms {seconds / total:6.0%}")


if __name__ == "__main__":
    main()

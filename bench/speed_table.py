"""The README's *Speed* table, from one results JSON of ``python -m bench`` (its ``peers`` section).

    python -m bench.speed_table                          # the newest bench/results/*.json with peers: print it
    python -m bench.speed_table bench/results/X.json --write   # and put it into README.md between the markers

The table goes between ``<!-- speed-table:begin -->`` and ``<!-- speed-table:end -->``
in README.md, and names the run it comes from (start time, JSON file, commit).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .peers import PEERS, label, summary

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
BEGIN, END = "<!-- speed-table:begin -->", "<!-- speed-table:end -->"


def newest_with_peers(directory: Path = RESULTS) -> Path:
    for path in sorted(directory.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            if json.loads(path.read_text()).get("peers", {}).get("runs"):
                return path
        except (OSError, ValueError):
            continue
    raise SystemExit(f"no results with a peers section in {directory}: run `python -m bench` (or --only peers) first")


def _s(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def _x(value: float | None) -> str:
    return "" if value is None else f" ({value:.1f}× Tidings)" if value >= 0.095 else f" ({value:.2f}× Tidings)"


def markdown(results: dict, name: str) -> str:
    s = summary(results["peers"])
    rows, versions, n = s["rows"], s["versions"], s["n"]
    peers = [p for p in PEERS if p in rows or p in s["notes"]]
    machine = results.get("machine", {})
    runs = max((len(r) for r in results["peers"]["runs"].values()), default=0)
    lines = [
        f"One run of `python -m bench` ({results.get('started', '?')}, `{name}`, commit "
        f"`{results.get('commit', '?')}`, {machine.get('cpus', '?')} cores, Python {machine.get('python', '?')}): "
        f"{n:,} loopback feeds from the corpus mix, each program started as a process on the same feeds, "
        f"{'median of ' + str(runs) + ' runs' if runs > 1 else 'one run each'}; "
        "CPU and memory over the whole process tree (workers included). Written by `python -m bench.speed_table`.",
        "",
        "| | " + " | ".join(label(p, versions) for p in peers) + " |",
        "|---" * (len(peers) + 1) + "|",
    ]

    def row(title: str, cell) -> None:
        cells = []
        for p in peers:
            if p in s["notes"]:
                cells.append("skipped (not installed)")
            else:
                cells.append(cell(p, rows.get(p, {})) or "—")
        lines.append(f"| {title} | " + " | ".join(cells) + " |")

    def wall(phase: str):
        def cell(p: str, r: dict) -> str:
            m = r.get(phase)
            if not m:
                return ""
            if p == "tidings":
                return f"**{_s(m['wall_s'])}**"
            if p == "floor":
                ratio = rows["tidings"][phase]["wall_s"] / m["wall_s"] if "tidings" in rows else None
                return _s(m["wall_s"]) + (f" (Tidings {ratio:.1f}× the floor)" if ratio else "")
            return _s(m["wall_s"]) + _x(m.get("x_wall"))

        return cell

    def cpu(phase: str):
        return lambda p, r: _s(r[phase]["cpu_s"]) if r.get(phase) else ""

    row("cold cycle, wall", wall("cold"))
    row("cold cycle, CPU (all processes)", cpu("cold"))
    if rows.get("tidings", {}).get("history"):  # (results since 2026-12-06: first polls read apart, bot/backlog.py)
        history = rows["tidings"]["history"]
        row("then the first polls' history read (`tidings poll --history`), wall / CPU",
            lambda p, r: f"{_s(history['wall_s'])} / {_s(history['cpu_s'])}" if p == "tidings" else "")  # fmt: skip
        row("cold cycle and history read, wall",
            lambda p, r: (f"**{_s(r['cold']['wall_s'] + history['wall_s'])}**" if p == "tidings" else
                          _s(r["cold"]["wall_s"]) + _x(r["cold"]["wall_s"] / (rows["tidings"]["cold"]["wall_s"]
                                                                              + history["wall_s"])))
            if r.get("cold") else "")  # fmt: skip
    row("warm cycle (all 304) incl. start-up, wall", wall("warm"))
    row("warm cycle, CPU", cpu("warm"))
    row("peak PSS, cold (all processes)",
        lambda p, r: f"{r['cold']['peak_pss_mb']:.0f} MB" if r.get("cold", {}).get("peak_pss_mb") else "")  # fmt: skip
    row("items stored, cold", lambda p, r: f"{r['cold']['items']:,.0f}" if r.get("cold", {}).get("items") else "")
    if rows.get("tidings", {}).get("history"):
        lines.append("")
        lines.append("Tidings' cold cycle keeps each feed's first document and its entries' fingerprints, unread; "
                     "their articles are read when a digest, search or story first needs them, or in idle time "
                     "(`tidings run`), or by `tidings poll --history` (the row above). Its item count is the entries kept.")  # fmt: skip
    if "startup" in s:
        st = s["startup"]
        lines += ["", "Start-up, wall time of `tidings` commands as a user starts them (median of "
                  f"{s['startup_repeats']}): " + ", ".join(f"`tidings {k}` {v:.2f} s" for k, v in st.items()) + "."]  # fmt: skip
    if "newsboat" in rows:
        lines += ["", "newsboat stores an item once per guid across all its feeds (the benchmark's feeds repeat "
                  "the corpus's 44 documents) and reads no JSON Feed: hence its item count; it does fetch and "
                  "parse every feed."]  # fmt: skip
    notes = [f"{p}: {why}" for p, why in s["notes"].items()]
    if notes:
        lines += ["", "Not measured in this run: " + "; ".join(notes) + "."]
    return "\n".join(lines)


def write_readme(table: str, readme: Path = ROOT / "README.md") -> None:
    text = readme.read_text()
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{readme} has no {BEGIN} ... {END} markers")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{BEGIN}\n{table}\n{END}{tail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.speed_table", description=__doc__.splitlines()[0])
    parser.add_argument("results", nargs="?", type=Path, help="a results JSON (default: the newest with peers)")
    parser.add_argument("--write", action="store_true", help="replace the table in README.md")
    args = parser.parse_args(argv)
    path = args.results or newest_with_peers()
    results = json.loads(path.read_text())
    if not results.get("peers", {}).get("runs"):
        parser.error(f"{path} has no peers section (python -m bench --only peers)")
    table = markdown(results, path.name)
    print(table)
    if args.write:
        write_readme(table)
        print(f"\n(README.md: the Speed table now shows {path.name})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

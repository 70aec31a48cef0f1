"""Mutation testing of the modules that guard the README's promises, with mutmut.

    .venv/bin/python bench/mutation.py                  # every guarded module (hours on 2 cores)
    .venv/bin/python bench/mutation.py flags health     # some of them
    .venv/bin/python bench/mutation.py --show flags     # and the diff of every mutant that survived

mutmut changes one thing at a time in a module's functions (a `<` into `<=`, a number into
another, a string, an argument dropped …) and runs the tests that reach the changed function;
a mutant the tests do not notice "survives". Each module is tried against its own tests only
(GUARDED below): the whole suite per mutant would take days here. Each module runs in a copy of
the worktree under .mutation/NAME/, from scratch, so the figures never mix two versions of the
code. The score is killed / all mutants: a mutant whose tests ran out of time counts as killed
(its tests did not pass), one that no selected test reaches counts as survived. Only one kind of
surviving mutant is set apart, as equivalent, because no test could ever tell it from the code:
letter case that nothing reads — SQL outside its quoted literals ("SELECT" -> "select"), an HTTP
header name or method in quotes ("User-Agent" -> "user-agent").

Not part of scripts/test (far too slow for CI): run it before resolving an issue that touches
these modules, and put the table it prints in the README ("Development").
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".mutation"


@dataclass(frozen=True)
class Target:
    modules: tuple[str, ...]          # the files mutated
    tests: tuple[str, ...]            # the tests (files or node ids) that may kill their mutants
    deselect: tuple[str, ...] = ()    # slow tests among them that are about other modules


RECHECK_FLAGS = tuple(f"tests/test_recheck.py::{t}" for t in (
    "test_the_changed_figure_is_flagged_revised_with_the_old_value_and_the_old_one_kept",
    "test_reading_an_edited_article_again_changes_nothing",
    "test_a_figure_taken_out_by_an_edit_is_kept_withdrawn_and_a_new_one_is_flagged",
    "test_a_flapping_page_adds_its_figures_once_and_flags_once"))
# a minute of crawling 2,000 articles for the size of the messages (message.py), not their delivery
BACKFILL_DIGEST = ("tests/test_digest_size.py::"
                   "test_a_2000_article_backfill_then_a_normal_day_stay_under_100_kb_and_the_csv_holds_every_figure")
GUARDED = {
    "fetch": Target(("monitor/crawl/fetch.py",),
                    ("tests/test_fetch.py", "tests/test_fetch_promises.py", "tests/test_hostile_fetch.py",
                     "tests/test_pipeline.py")),
    "outbox": Target(("monitor/digest/outbox.py",),
                     ("tests/test_digest.py", "tests/test_digest_size.py", "tests/test_digest_edits.py",
                      "tests/test_outbox_answers.py", "tests/test_outbox_tls.py"),
                     (BACKFILL_DIGEST,)),
    "render": Target(("monitor/digest/render.py",),
                     ("tests/test_digest_markup.py", "tests/test_digest.py", "tests/test_digest_layout.py",
                      "tests/test_digest_templates.py")),
    "flags": Target(("monitor/indicators/flags.py",), ("tests/test_indicator_flags.py", *RECHECK_FLAGS),
                    ("tests/test_indicator_flags.py::test_bad_bodies_give_no_crash_and_no_junk",)),
    "health": Target(("monitor/health.py",), ("tests/test_health.py", "tests/test_health_thresholds.py",
                                             "tests/test_digest.py")),
    "config": Target(("monitor/config.py",), ("tests/test_config.py", "tests/test_docs.py")),
}
# mutmut's exit codes for a mutant (mutmut/stats.py)
KILLED, TIMEOUT, SURVIVED, NO_TESTS = {1, 3}, {-24, 24, 152, 255, 36}, {0}, {5, 33}


def copy_worktree(dest: Path) -> None:
    """The files git knows and the new ones it does not ignore, as they are on disk now."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT,
                            check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)


def top_level(dest: Path) -> list[str]:
    """What mutmut must copy beside the mutated package for the tests to run (README.md, db/ …)."""
    return sorted(p.name for p in dest.iterdir() if p.name not in ("monitor", "tests", "mutants"))


def configure(dest: Path, target: Target) -> None:
    """mutmut reads its settings from pyproject.toml: this module and these tests only."""
    def toml_list(items: tuple[str, ...] | list[str]) -> str:
        return "[" + ", ".join(json.dumps(i) for i in items) + "]"
    with (dest / "pyproject.toml").open("a", encoding="utf-8") as out:
        out.write(f"""
[tool.mutmut]
source_paths = ["monitor"]
only_mutate = {toml_list(target.modules)}
pytest_add_cli_args_test_selection = {toml_list(target.tests)}
also_copy = {toml_list(top_level(dest))}
pytest_add_cli_args = {toml_list(["-p", "no:cacheprovider", *(a for t in target.deselect for a in ("--deselect", t))])}
timeout_multiplier = 5.0
use_git_change_detection = false
""")


def run(name: str, target: Target, jobs: int) -> dict[str, int]:
    dest = WORK / name
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    copy_worktree(dest)
    configure(dest, target)
    started = time.monotonic()
    with (dest / "mutmut.log").open("w") as log:
        proc = subprocess.run([str(Path(sys.executable).parent / "mutmut"), "run", "--max-children", str(jobs)],
                              cwd=dest, stdout=log, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        sys.exit(f"mutmut failed for {name} (exit {proc.returncode}); see {dest / 'mutmut.log'}")
    counts = {"mutants": 0, "killed": 0, "timeout": 0, "survived": 0, "no_tests": 0, "equivalent": 0, "other": 0}
    for module in target.modules:
        meta = json.loads((dest / "mutants" / (module + ".meta")).read_text("utf-8"))
        for mutant, code in meta["exit_code_by_key"].items():
            counts["mutants"] += 1
            kind = ("killed" if code in KILLED else "timeout" if code in TIMEOUT else "survived"
                    if code in SURVIVED else "no_tests" if code in NO_TESTS else "other")
            if kind in ("survived", "no_tests") and case_only(diff(name, mutant)):
                kind = "equivalent"
            counts[kind] += 1
    counts["minutes"] = round((time.monotonic() - started) / 60)
    (dest / "score.json").write_text(json.dumps(counts, indent=1), "utf-8")
    return counts


def diff(name: str, mutant: str) -> str:
    return subprocess.run([str(Path(sys.executable).parent / "mutmut"), "show", mutant], cwd=WORK / name,
                          capture_output=True, text=True).stdout


# Letter case that means nothing to what reads it: SQL outside its quoted literals (SQLite's
# keywords and names are caseless), and HTTP header names and methods in quotes (httpx compares
# header names caselessly and sends the method upper-cased).
_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|AND|ORDER BY|GROUP BY|LIMIT|JOIN)\b", re.I)
_HTTP = re.compile(r"[\"'](GET|User-Agent|Accept-Language|Accept-Encoding|If-None-Match|If-Modified-Since|"
                   r"Location|ETag|Last-Modified|Retry-After|Content-Type|Content-Length)[\"']", re.I)


def case_only(text: str) -> bool:
    """Whether a mutant only changed such letter case."""
    old = [line[1:] for line in text.splitlines() if line.startswith("-") and not line.startswith("---")]
    new = [line[1:] for line in text.splitlines() if line.startswith("+") and not line.startswith("+++")]
    return bool(old) and len(old) == len(new) and all(
        a != b and a.lower() == b.lower() and (_sql_case(a, b) or _http_case(a, b))
        for a, b in zip(old, new, strict=True))


def _sql_case(a: str, b: str) -> bool:
    return bool(_SQL.search(a)) and re.findall(r"'[^']*'", a) == re.findall(r"'[^']*'", b)


def _http_case(a: str, b: str) -> bool:
    """Every character that differs lies inside a quoted header name or method."""
    spans = [m.span() for m in _HTTP.finditer(a)]
    return bool(spans) and all(any(lo <= i < hi for lo, hi in spans)
                               for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)


def survivors(name: str) -> list[str]:
    out = subprocess.run([str(Path(sys.executable).parent / "mutmut"), "results"], cwd=WORK / name,
                         capture_output=True, text=True, check=True).stdout
    return [line.split(":")[0].strip() for line in out.splitlines() if line.strip().endswith(("survived", "no tests"))]


def show(name: str) -> None:
    for mutant in survivors(name):
        text = diff(name, mutant)
        if not case_only(text):
            print(f"--- {mutant}\n{text}")


def score(counts: dict[str, int]) -> float:
    judged = counts["mutants"] - counts["equivalent"]
    return (counts["killed"] + counts["timeout"]) / judged if judged else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", metavar="MODULE",
                        help=f"modules to test: {', '.join(GUARDED)} (default: all)")
    parser.add_argument("--jobs", type=int, default=2, help="mutants tried at once (default 2)")
    parser.add_argument("--show", action="store_true", help="print the surviving mutants' diffs")
    args = parser.parse_args()
    names = args.names or list(GUARDED)
    unknown = [n for n in names if n not in GUARDED]
    if unknown:
        parser.error(f"unknown module {unknown[0]!r}; expected one of {', '.join(GUARDED)}")
    print("| module | file | mutants | killed | timed out | survived | no test reaches it | equivalent (letter case) "
          "| score | minutes |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    total: dict[str, int] = {}
    for name in names:
        counts = run(name, GUARDED[name], args.jobs)
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
        print(f"| {name} | {', '.join(GUARDED[name].modules)} | {counts['mutants']} | {counts['killed']} | "
              f"{counts['timeout']} | {counts['survived']} | {counts['no_tests']} | {counts['equivalent']} | "
              f"{score(counts):.0%} | {counts['minutes']} |", flush=True)
        if args.show:
            show(name)
    if len(names) > 1:
        print(f"| all | | {total['mutants']} | {total['killed']} | {total['timeout']} | {total['survived']} | "
              f"{total['no_tests']} | {total['equivalent']} | {score(total):.0%} | {total['minutes']} |")


if __name__ == "__main__":
    main()

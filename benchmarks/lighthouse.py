"""`make lighthouse`: Lighthouse scores of the home page, an article, the partners page and a
publication in English, Spanish and Basque, under the production server with the page cache on.

Lighthouse 12.2.3 (npm, installed by `make lighthouse` into benchmarks/.node; 13 needs Node
22) with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), its default mobile
settings and all four categories. It uses the demo database `make bench` builds (built here if
missing). Prints a Markdown table of the scores and, for each page below 100, the audits that
failed, by id; --check exits 1 unless every score is 100.

    .venv/bin/python benchmarks/lighthouse.py [--check] [--output FILE]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import bench

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
LIGHTHOUSE = Path(__file__).resolve().parent / ".node" / "node_modules" / ".bin" / "lighthouse"


def run_lighthouse(port, url, workdir):
    with tempfile.NamedTemporaryFile(suffix=".json", dir=workdir) as report:
        env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
        subprocess.run(
            [str(LIGHTHOUSE), f"http://127.0.0.1:{port}{url}", "--quiet"]
            + ["--output=json", f"--output-path={report.name}"]
            + [f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"]
            + [f"--extra-headers={json.dumps({'X-Forwarded-Proto': 'https'})}"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        result = json.loads(Path(report.name).read_text())
    scores, failing = {}, {}
    for category in CATEGORIES:
        data = result["categories"][category]
        scores[category] = round(data["score"] * 100) if data["score"] is not None else None
        failing[category] = [
            ref["id"]
            for ref in data["auditRefs"]
            if ref.get("weight", 0) > 0
            and (result["audits"][ref["id"]].get("score") is not None)
            and result["audits"][ref["id"]]["score"] < 1
        ]
    return scores, failing


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 18500)) + 2)
    parser.add_argument("--workdir", type=Path, default=bench.REPO / "var" / "bench")
    parser.add_argument("--output", type=Path, help="also write the table to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 unless every score is 100")
    options = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: make lighthouse installs it")
    python = sys.executable
    options.workdir.mkdir(parents=True, exist_ok=True)
    database = bench.build_demo(python, options.workdir, reuse=True)
    probe = bench.run_probe(python, options.workdir, database)
    rows, failures = [], []
    with bench.server(python, options.workdir, database, options.port, page_cache=True):
        for language, pages in probe["lighthouse"].items():
            for name, url in pages.items():
                bench.fetch(options.port, url)  # renditions made, the cache filled
                scores, failing = run_lighthouse(options.port, url, options.workdir)
                rows.append([language, name, url, *(scores[c] for c in CATEGORIES)])
                print(f"  {language} {name}: {scores}", file=sys.stderr)
                for category in CATEGORIES:
                    if failing[category]:
                        failures.append(
                            f"- {language} {name} ({url}) {category}: "
                            + ", ".join(failing[category])
                        )
    lines = [
        "| language | page | address | " + " | ".join(CATEGORIES) + " |",
        "| --- | --- | --- | " + " | ".join("---:" for _ in CATEGORIES) + " |",
    ]
    lines += ["| " + " | ".join("–" if v is None else str(v) for v in row) + " |" for row in rows]
    lines += ["", "Audits below 100:" if failures else "Every audit passes."] + failures
    text = "\n".join(lines)
    print(text)
    if options.output:
        options.output.write_text(text + "\n")
    if options.check and any(score != 100 for row in rows for score in row[3:]):
        sys.exit(1)


if __name__ == "__main__":
    main()

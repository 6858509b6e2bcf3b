#!/usr/bin/env python3
"""The fast certificate renderer alone, on one core, before and after a change.

    .venv/bin/python benchmarks/fastpdf_render.py --count 500
    .venv/bin/python benchmarks/fastpdf_render.py --count 500 --against e381d21

``fastpdf.render_pdf_fast`` renders ``--count`` certificates of the bench
teachers (the database of ``certificates.py``, filled the same way if
missing), every layout made first: a worker's state after its first batch.
With ``--against REV`` the ``certificates/fastpdf.py`` of that git revision is
loaded beside the current one and both render the same certificates in
alternating rounds, in this one process, so that the load of a shared machine
weighs on both alike. Prints milliseconds per certificate (the median round)
and the average file size.
"""

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common
from common import ROOT, load_average, log


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500, help="certificates per round")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds of each renderer")
    parser.add_argument("--against", help="git revision whose fastpdf.py is timed too")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432", help="server URL")
    parser.add_argument("--database", default="lms_bench_certs")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/5", help="not used here")
    parser.add_argument("--seed", type=int, default=2026)
    return parser.parse_args()


def load_bench():
    """benchmarks/certificates.py, under a name that is not the app's."""
    spec = importlib.util.spec_from_file_location(
        "bench_certificates", Path(__file__).with_name("certificates.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_revision(revision):
    """certificates/fastpdf.py as it was at ``revision``, as a module of the
    certificates package (its relative imports find today's siblings)."""
    source = subprocess.run(  # noqa: S603 - git, a revision given on our command line
        ["git", "show", f"{revision}:certificates/fastpdf.py"],  # noqa: S607
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    folder = Path(tempfile.mkdtemp(prefix="fastpdf-"))
    path = folder / "fastpdf_before.py"
    path.write_bytes(source)
    spec = importlib.util.spec_from_file_location("certificates.fastpdf_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def fresh_fonts(module):
    """Per-certificate font objects forgotten, as between two different
    people; what a module keeps per glyph set (not per person) stays."""
    fonts = getattr(module._renderer, "_fonts", None)
    if fonts is not None:
        fonts.clear()


def time_round(module, certificates):
    fresh_fonts(module)
    sizes = 0
    started = time.perf_counter()
    for certificate in certificates:
        sizes += len(module.render_pdf_fast(certificate))
    return time.perf_counter() - started, sizes / len(certificates)


def main():
    args = parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    bench = load_bench()
    common.prepare_database(args.pg, args.database)
    work = Path(tempfile.mkdtemp(prefix="bench-fastpdf-"))
    os.environ.update(bench.environment(args, "lms.settings.dev", work, work))
    import django

    django.setup()
    args.naive_pipeline, args.foreign_every = 0, 0
    bench.fill(args)
    wave, _ = bench.bench_enrolments(args)
    certificates = bench.sample_certificates(wave)
    from certificates import fastpdf

    renderers = {"current": fastpdf}
    if args.against:
        renderers[args.against] = load_revision(args.against)
    for name, module in renderers.items():
        log(f"{name}: laying out every template and warming up")
        module.load_fonts()
        for certificate in certificates:
            module.render_pdf_fast(certificate)
    times = {name: [] for name in renderers}
    sizes = {}
    log(f"load average {load_average()}")
    for number in range(args.rounds):
        for name, module in renderers.items():
            seconds, sizes[name] = time_round(module, certificates)
            times[name].append(seconds)
            log(f"round {number + 1} {name}: {1000 * seconds / len(certificates):.2f} ms each")
    log(f"load average {load_average()}")
    print()
    print(f"{'renderer':20}{'ms each':>10}{'per second':>12}{'bytes':>10}")
    for name, rounds in times.items():
        median = statistics.median(rounds) / len(certificates)
        print(f"{name:20}{1000 * median:>10.2f}{1 / median:>12.1f}{sizes[name]:>10,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

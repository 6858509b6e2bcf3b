#!/usr/bin/env python3
"""Certificates in a wave: 10,000 issued through real Celery workers, fast
renderer against the naive one, in the same run.

    .venv/bin/python benchmarks/certificates.py            # build lms_bench_certs if needed, measure
    .venv/bin/python benchmarks/certificates.py --fresh    # drop and rebuild the database first

Steps (docs/performance-certificates.md explains the method and the figures):

1. Fill: the PostgreSQL database ``lms_bench_certs`` (created if missing,
   dropped first with ``--fresh``): migrate, ``seed_demo`` (the demo course and
   its certificate template), then COPY ``--count`` teachers (Kazakh, Russian
   and English speakers; some long double names, a few names in Latin
   Azerbaijani letters the shipped fonts lack) each with a completed enrolment
   of the 80-hour demo course, plus ``--naive-pipeline`` more. Certificates of
   an earlier run are deleted and the number counter set back, so every run
   issues the same certificates.
2. Naive: ``pdf.render_pdf`` (one WeasyPrint layout per certificate, what
   ``deliver`` did) renders ``--naive-sample`` of them in this process, one
   after another, half before the wave and half after it (the load of a
   shared machine drifts); certificates per second are extrapolated from that
   sample. The fast renderer renders the same sample in this process too (its
   speed on one core).
3. Fast: ``celery -A lms worker -Q certificates -P prefork -c 2`` (production
   settings, broker Redis db 5, media and letters in a temporary folder) gets
   the enrolments in ``issue_batch`` tasks of ``--batch``: each issues its
   certificates (numbers, rows), renders them with ``fastpdf``, stores the
   files, and queues a ``send_letters`` task on the ``mail`` queue. The clock
   runs from the first task sent until every certificate has its PDF stored;
   the workers start cold (each process reads the fonts as it starts and lays
   each template out, per language and line count, in its first batches). The
   same certificates again, signed, after a reset; then ``--naive-pipeline``
   more through the same workers with ``full_render=True``: the naive renderer
   in the same pipeline, the figure both targets compare with (fast unsigned
   at least 20 times it, fast signed at least 10 times). Then
   ``-Q mail`` workers write the letters, timed on their own.
4. Check a sample of the stored PDFs: text (name, number, hours), every font
   embedded with a ToUnicode map, XMP ``pdfaid:part=3``, the QR code decoded to
   the verification URL, ``qpdf --check`` and ``pdffonts`` when installed;
   numbers without gaps; one letter per certificate.
5. Print a table and write ``benchmarks/results/certificates.json``.

Needs PostgreSQL and Redis (``--pg``, ``--redis``). Takes about 3 minutes
on a fresh database, 2 after.
"""

import argparse
import contextlib
import datetime
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common
from common import (
    RESULTS,
    ROOT,
    celery_worker_command,
    copy_rows,
    cpu_times,
    create_missing_tables,
    load_average,
    log,
    machine,
)

SECRET_KEY = "benchmark-only-secret-key-never-use-it-anywhere-else-certificates-0123"  # noqa: S105
DOMAIN = "bench-certs.bilim.kz"
SITE_URL = "https://bilim.example.kz"

SURNAMES = [
    ("Қасымов", "Қасымова"),
    ("Нұрланов", "Нұрланова"),
    ("Сейітқалиев", "Сейітқалиева"),
    ("Әбдіқадыров", "Әбдіқадырова"),
    ("Өтегенов", "Өтегенова"),
    ("Жұмабаев", "Жұмабаева"),
    ("Ғабитов", "Ғабитова"),
    ("Иванов", "Иванова"),
    ("Құрманғалиев", "Құрманғалиева"),
    ("Үсенов", "Үсенова"),
]
MEN = ["Нұржан", "Қанат", "Ерлан", "Дәурен", "Ғалым", "Өмірзақ", "Иван", "Сергей", "Һашим"]
WOMEN = ["Әсем", "Гүлнар", "Айгүл", "Динара", "Мөлдір", "Әлия", "Ұлжан", "Мария", "Іңкәр"]
FOREIGN = ("Əliyev", "Rəşad")  # Latin schwa: not in PT Sans / PT Serif, full render


def cpu_used(before, after, certificates):
    used = {key: round(after[key] - before[key], 1) for key in before}
    used["elsewhere"] = round(
        used["machine"] - used["workers"] - used["postgresql"] - used["benchmark"], 1
    )
    used["workers_ms_per_certificate"] = round(1000 * used["workers"] / certificates, 2)
    used["postgresql_ms_per_certificate"] = round(1000 * used["postgresql"] / certificates, 2)
    return used


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    parser.add_argument("--count", type=int, default=10_000, help="certificates in the wave")
    parser.add_argument("--batch", type=int, default=100, help="enrolments per task")
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes")
    parser.add_argument("--naive-sample", type=int, default=100, help="naive renders timed")
    parser.add_argument(
        "--naive-pipeline", type=int, default=200, help="certificates through the workers, naive"
    )
    parser.add_argument(
        "--foreign-every", type=int, default=1000, help="one name in N outside the fonts"
    )
    parser.add_argument("--check", type=int, default=100, help="stored PDFs checked")
    parser.add_argument("--timeout", type=int, default=420, help="seconds to wait for the wave")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432", help="server URL")
    parser.add_argument("--database", default="lms_bench_certs")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/5", help="broker (flushed!)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", default=str(RESULTS / "certificates.json"))
    return parser.parse_args()


def environment(args, settings, media, mail):
    return {
        "DJANGO_SETTINGS_MODULE": settings,
        "DJANGO_SECRET_KEY": SECRET_KEY,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"{args.pg}/{args.database}",
        "CELERY_BROKER_URL": args.redis,
        "MEDIA_ROOT": str(media),
        "PRIVATE_ROOT": str(media.parent / "private"),  # certificate PDFs
        "EMAIL_FILE_PATH": str(mail),
        "SITE_URL": SITE_URL,
        "LOG_LEVEL": "WARNING",
        "CERTIFICATE_SIGNING_KEY": str(media.parent / "signing.p12"),
    }


# --- 1. Fill -------------------------------------------------------------------


def person(number, rng):
    """(surname, given name, patronymic, language) of bench teacher ``number``."""
    woman = number % 2 == 1
    surname = SURNAMES[(number // 2) % len(SURNAMES)][int(woman)]
    given = (WOMEN if woman else MEN)[(number // 7) % len(MEN)]
    father = MEN[(number // 3) % len(MEN)]
    patronymic = father + ("қызы" if woman else "ұлы")
    if number % 50 == 0:  # long double names: two lines on the certificate
        surname = f"{surname}-{SURNAMES[(number // 5) % len(SURNAMES)][int(woman)]}"
        patronymic = f"{patronymic} {SURNAMES[(number // 11) % len(SURNAMES)][int(woman)]}"
    language = rng.choices(["kk", "ru", "en"], weights=[6, 3, 1])[0]
    return surname, given, patronymic, language


def fill(args):
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from courses.demo_content import COURSE
    from courses.models import CoursePage, Enrolment
    from courses.outline import build_outline
    from directory.models import School
    from users.models import Role, User

    log("migrating")
    call_command("migrate", interactive=False, verbosity=0)
    create_missing_tables()
    log("seeding the demo (seed_demo)")
    with open(os.devnull, "w") as quiet:
        call_command("seed_demo", verbosity=0, stdout=quiet)
    course = CoursePage.objects.get(slug=COURSE["slug"], locale__language_code="kk")
    outline = build_outline(course)
    keys = [item.key for item in outline.items]
    hours = outline.hours_done(keys)
    assert outline.is_complete(keys)
    wanted = args.count + args.naive_pipeline
    bench = User.objects.filter(email__endswith=f"@{DOMAIN}")
    existing = bench.count()
    if existing >= wanted:
        log(f"{existing:,} bench teachers already there")
        return
    schools = list(School.objects.order_by("pk").values_list("pk", "district_id", "region_id"))
    rng = random.Random(args.seed + existing)
    now = timezone.now()
    fields = [field for field in User._meta.concrete_fields if not field.primary_key]

    def users():
        for number in range(existing, wanted):
            surname, given, patronymic, language = person(number, rng)
            if args.foreign_every and number % args.foreign_every == 3:
                surname, given = FOREIGN
            school, district, region = schools[number % len(schools)] if schools else (None,) * 3
            values = {
                "password": "!bench",  # unusable: no one signs in
                "last_login": None,
                "is_superuser": False,
                "is_staff": False,
                "is_active": True,
                "email": f"cert{number:05d}@{DOMAIN}",
                "first_name": given,
                "last_name": surname,
                "patronymic": patronymic,
                "preferred_language": language,
                "role": Role.TEACHER.value,
                "date_joined": now - datetime.timedelta(days=120),
                "school_id": school,
                "district_id": district,
                "region_id": region,
            }
            yield [
                values[field.attname] if field.attname in values else field.get_default()
                for field in fields
            ]

    with transaction.atomic():
        log(f"COPY {wanted - existing:,} teachers")
        copy_rows(User._meta.db_table, [field.column for field in fields], users())
        with connection.cursor() as cursor:
            cursor.execute(  # table names from the models; values as parameters
                f"""SELECT u.id FROM {User._meta.db_table} u
                    LEFT JOIN {Enrolment._meta.db_table} e
                      ON e.user_id = u.id AND e.course_key = %s
                    WHERE u.email LIKE %s AND e.id IS NULL ORDER BY u.id""",  # noqa: S608
                [course.translation_key, f"%@{DOMAIN}"],
            )
            to_enrol = [row[0] for row in cursor.fetchall()]

        def enrolments():
            for user_id in to_enrol:
                enrolled = now - datetime.timedelta(days=rng.randint(20, 60))
                completed = enrolled + datetime.timedelta(days=rng.randint(5, 19))
                yield [
                    user_id,
                    course.pk,
                    course.translation_key,
                    json.dumps(keys),
                    enrolled,
                    completed,
                    hours,
                    completed,
                ]

        log(f"COPY {len(to_enrol):,} completed enrolments")
        copy_rows(
            Enrolment._meta.db_table,
            [
                "user_id",
                "course_id",
                "course_key",
                "done",
                "enrolled_at",
                "last_activity_at",
                "hours_done",
                "completed_at",
            ],
            enrolments(),
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def bench_enrolments(args):
    from courses.models import Enrolment

    ids = list(
        Enrolment.objects.filter(user__email__endswith=f"@{DOMAIN}", completed_at__isnull=False)
        .order_by("user__email")
        .values_list("pk", flat=True)
    )
    if len(ids) < args.count + args.naive_pipeline:
        sys.exit(f"only {len(ids)} bench enrolments: run with --fresh")
    return ids[: args.count], ids[args.count : args.count + args.naive_pipeline]


def reset(ids):
    """Forget the certificates of an earlier run; the counter goes back to the
    highest number still issued, so numbers stay without gaps."""
    from django.db import transaction

    from certificates.models import Certificate, NumberCounter
    from certificates.services import course_source

    with transaction.atomic():
        deleted, _ = Certificate.objects.filter(
            source__in=[course_source(pk) for pk in ids]
        ).delete()
        for counter in NumberCounter.objects.select_for_update():
            numbers = Certificate.objects.filter(number__startswith=counter.series).values_list(
                "number", flat=True
            )
            counter.last = max(
                (int(number[len(counter.series) :]) for number in numbers), default=0
            )
            counter.save(update_fields=["last"])
    if deleted:
        log(f"deleted {deleted:,} rows of an earlier run")


# --- 2. Naive, in this process ---------------------------------------------------


def sample_certificates(enrolment_ids):
    """Unsaved certificates of these enrolments, as issue_batch makes them."""
    from django.utils import timezone

    from certificates import bulk, services
    from courses.models import CoursePage, Enrolment

    enrolments = list(
        Enrolment.objects.select_related("user").filter(pk__in=enrolment_ids).order_by("pk")
    )
    course_key = enrolments[0].course_key
    template = services.template_for_course(course_key)
    titles = {
        page.locale.language_code: page.title
        for page in CoursePage.objects.filter(translation_key=course_key).select_related("locale")
    }
    now = timezone.now()
    return bulk.new_certificates(template, titles, enrolments, "BENCH-", 900_001, now)


def time_renders(render, certificates, warm=1):
    for certificate in certificates[:warm]:
        render(certificate)  # fonts loaded, layouts made
    sizes = []
    started = time.perf_counter()
    for certificate in certificates:
        sizes.append(len(render(certificate)))
    elapsed = time.perf_counter() - started
    return {
        "certificates": len(certificates),
        "seconds": round(elapsed, 3),
        "per_second": round(len(certificates) / elapsed, 2),
        "ms_each": round(1000 * elapsed / len(certificates), 2),
        "average_bytes": round(sum(sizes) / len(sizes)),
    }


def in_process_sample(args, enrolment_ids):
    certificates = sample_certificates(enrolment_ids[: args.naive_sample])
    # Only names the fonts carry: this times the fast path itself.
    return [c for c in certificates if "ə" not in c.holder_name.lower()]


def time_naive(certificates, when):
    from certificates import pdf

    log(f"naive, {when} the wave: pdf.render_pdf x {len(certificates)} in this process")
    result = time_renders(pdf.render_pdf, certificates)
    log(f"  {result['per_second']}/s ({result['ms_each']} ms each)")
    return result


def time_fast_render(certificates):
    from certificates import fastpdf

    log(f"fast, render only: fastpdf.render_pdf_fast x {len(certificates)} in this process")
    # Steady state: every layout of the sample (language, lines) made first,
    # then each certificate's font objects made anew (one rendered twice
    # would find them ready); the font subsets stay, kept per glyph set, as a
    # worker keeps them after its first batches.
    for certificate in certificates:
        fastpdf.render_pdf_fast(certificate)
    fastpdf._renderer._fonts.clear()
    result = time_renders(fastpdf.render_pdf_fast, certificates, warm=0)
    log(f"  {result['per_second']}/s ({result['ms_each']} ms each)")
    return result


def combine(before, after):
    """Half the naive sample timed before the wave, half after: the machine's
    load drifts, and both halves count."""
    count = before["certificates"] + after["certificates"]
    seconds = before["seconds"] + after["seconds"]
    return {
        "certificates": count,
        "seconds": round(seconds, 3),
        "per_second": round(count / seconds, 2),
        "ms_each": round(1000 * seconds / count, 2),
        "average_bytes": round(
            (
                before["average_bytes"] * before["certificates"]
                + after["average_bytes"] * after["certificates"]
            )
            / count
        ),
        "before_the_wave": before,
        "after_the_wave": after,
        "note": f"extrapolated from {count} renders",
    }


# --- 3. Fast, through the workers -----------------------------------------------------


def start_worker(args, env, queue="certificates"):
    """Workers on one queue, as the README deploys them: ``certificates`` for
    the waves (every figure compared), ``mail`` for their letters afterwards."""
    command = celery_worker_command("prefork", args.concurrency)
    command[command.index("-Q") + 1] = queue
    log("starting: " + " ".join(command[1:]))
    return subprocess.Popen(  # noqa: S603
        command, cwd=ROOT, env=env, start_new_session=True, stdout=sys.stdout, stderr=sys.stderr
    )


def wait_for_worker(worker, timeout=60):
    from lms.celery import app

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            sys.exit(f"the worker exited ({worker.returncode})")
        if app.control.ping(timeout=1.0):
            return
    sys.exit("the worker did not answer")


def stop_worker(worker):
    if worker.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(worker.pid, signal.SIGTERM)
    try:
        worker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()


def run_wave(args, ids, worker, full_render=False, sign=True):
    """Send ``ids`` in batches; seconds until every certificate is stored. The
    letters they queue wait in the ``mail`` queue (``send_letters``)."""
    import lms.celery  # noqa: F401 - the project's Celery app sends the tasks
    from certificates import bulk
    from certificates.models import Certificate

    # Rows made by this wave: above the highest id so far (a cheap count to poll).
    before = Certificate.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    cpu = cpu_times(worker.pid)
    started = time.perf_counter()
    for start in range(0, len(ids), args.batch):
        bulk.issue_batch.delay(ids[start : start + args.batch], full_render=full_render, sign=sign)
    sent = time.perf_counter() - started
    last_report = started
    while True:
        stored = Certificate.objects.filter(pk__gt=before).exclude(pdf="").count()
        now = time.perf_counter()
        if stored == len(ids):
            return {
                "certificates": len(ids),
                "tasks": -(-len(ids) // args.batch),
                "sending_seconds": round(sent, 3),
                "seconds": round(now - started, 3),
                "per_second": round(len(ids) / (now - started), 1),
                "cpu_seconds_until_stored": cpu_used(cpu, cpu_times(worker.pid), len(ids)),
            }
        if now - last_report > 5:
            log(f"  {stored:,} stored after {now - started:.0f} s")
            last_report = now
        if now - started > args.timeout:
            sys.exit(f"timed out: {stored:,} of {len(ids):,} stored after {args.timeout} s")
        time.sleep(0.25)


def send_letters(args, expected, worker):
    """Seconds until the letters queued by the waves are all written, by the
    ``mail`` workers."""
    from certificates.models import Certificate

    started = time.perf_counter()
    while True:
        # Certificates stored by the signed wave (the unsigned one's were reset)
        # and the naive one: each is e-mailed once.
        emailed = Certificate.objects.filter(emailed_at__isnull=False).count()
        now = time.perf_counter()
        if emailed >= expected:
            return {
                "letters": emailed,
                "seconds": round(now - started, 3),
                "per_second": round(emailed / (now - started), 1),
            }
        if now - started > args.timeout:
            sys.exit(f"timed out: {emailed:,} of {expected:,} letters after {args.timeout} s")
        time.sleep(0.25)


# --- 4. Check -------------------------------------------------------------------------


def check(args, ids, mail_dir, letters_expected):
    import pypdf
    from django.conf import settings

    from certificates import pdf
    from certificates.models import Certificate, NumberCounter
    from certificates.services import course_source

    rows = list(
        Certificate.objects.filter(source__in=[course_source(pk) for pk in ids]).select_related(
            "template"
        )
    )
    problems = []
    numbers = sorted(int(c.number[-6:]) for c in rows)
    series = rows[0].number[:-6]
    counter = NumberCounter.objects.get(series=series)
    if len(set(numbers)) != len(ids) or numbers[-1] - numbers[0] + 1 != len(ids):
        problems.append("numbers are not unique and consecutive")
    highest = max(
        int(number[len(series) :])
        for number in Certificate.objects.filter(number__startswith=series).values_list(
            "number", flat=True
        )
    )
    if counter.last != highest:
        problems.append(f"the counter is at {counter.last}, the highest number {highest}")
    letters = sum(
        len(re.findall(rb"^Subject: ", path.read_bytes(), re.M)) for path in mail_dir.iterdir()
    )
    if letters != letters_expected:
        problems.append(f"{letters} letters for {letters_expected} certificates")
    full = 0  # the fast renderer writes no object streams; WeasyPrint does
    for certificate in rows:
        with certificate.pdf.open("rb") as handle:
            full += b"/ObjStm" in handle.read()
    sizes = [c.pdf.size for c in rows]
    sample = random.Random(args.seed).sample(rows, min(args.check, len(rows)))
    decoder = None
    with contextlib.suppress(ImportError):
        import pypdfium2
        import zxingcpp

        decoder = (pypdfium2, zxingcpp)
    qr_checked = tools_checked = 0
    for index, certificate in enumerate(sample):
        with certificate.pdf.open("rb") as handle:
            data = handle.read()
        label = certificate.number
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
            text = " ".join(reader.pages[0].extract_text().split())
            for needle in [*certificate.holder_name.split(), certificate.number]:
                if needle not in text:
                    problems.append(f"{label}: {needle!r} not in the text")
            hours = str(int(certificate.hours))
            if hours not in text:
                problems.append(f"{label}: the hours are not in the text")
            for ref in reader.pages[0]["/Resources"]["/Font"].values():
                font = ref.get_object()
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                if "/FontFile2" not in descriptor or "/ToUnicode" not in font:
                    problems.append(f"{label}: font {font['/BaseFont']} not embedded")
            xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
            if 'pdfaid:part="3"' not in xmp or 'pdfaid:conformance="B"' not in xmp:
                problems.append(f"{label}: no PDF/A-3b identification")
        except Exception as error:  # noqa: BLE001 - a broken file is a finding
            problems.append(f"{label}: {error!r}")
            continue
        if index < 20:  # the signature of the signed wave holds, by the demo key
            from pyhanko.pdf_utils.reader import PdfFileReader
            from pyhanko.sign.validation import validate_pdf_signature
            from pyhanko_certvalidator import ValidationContext

            from certificates import signing

            trusted = ValidationContext(trust_roots=[signing.signer().signing_cert])
            embedded = PdfFileReader(io.BytesIO(data)).embedded_signatures
            if len(embedded) != 1 or not validate_pdf_signature(embedded[0], trusted).bottom_line:
                problems.append(f"{label}: no valid signature")
        if decoder and index < 20:
            image = decoder[0].PdfDocument(data)[0].render(scale=3).to_pil()
            found = [code.text for code in decoder[1].read_barcodes(image)]
            if found != [pdf.verification_url(certificate)]:
                problems.append(f"{label}: QR code reads {found}")
            qr_checked += 1
        qpdf, pdffonts = shutil.which("qpdf"), shutil.which("pdffonts")
        if index < 5 and qpdf and pdffonts:
            path = str(Path(settings.PRIVATE_ROOT) / certificate.pdf.name)
            result = subprocess.run([qpdf, "--check", path], capture_output=True, text=True)  # noqa: S603
            if result.returncode != 0:
                problems.append(f"{label}: qpdf --check: {result.stdout[-300:]}")
            fonts = subprocess.run(  # noqa: S603
                [pdffonts, path], capture_output=True, text=True
            ).stdout.splitlines()[2:]
            if not fonts or any(" yes yes yes " not in line for line in fonts):
                problems.append(f"{label}: pdffonts: {fonts}")
            tools_checked += 1
    return {
        "checked": len(sample),
        "qr_decoded": qr_checked,
        "qpdf_and_pdffonts": tools_checked,
        "numbers": f"{series}{numbers[0]:06d} … {series}{numbers[-1]:06d}, no gaps",
        "letters": letters,
        "full_renders_among_them": full,
        "average_bytes": round(sum(sizes) / len(sizes)),
        "problems": problems,
    }


# --- 5. Report ------------------------------------------------------------------------


def main():
    args = parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    common.prepare_database(args.pg, args.database, args.fresh)
    work = Path(tempfile.mkdtemp(prefix="bench-certs-"))
    media, mail = work / "media", work / "mail"
    media.mkdir()
    mail.mkdir()
    # Filling and the in-process renders run under the development settings
    # (seed_demo refuses production); the workers under the production ones.
    os.environ.update(environment(args, "lms.settings.dev", media, mail))
    import django

    django.setup()
    from certificates.signing import demo_key

    demo_key(media.parent / "signing.p12")  # the workers sign with a demo key
    loads = {"start": load_average()}
    fill(args)
    wave, naive_ids = bench_enrolments(args)
    reset(wave + naive_ids)
    loads["naive"] = load_average()
    sample = in_process_sample(args, wave)
    naive_before = time_naive(sample[::2], "before")
    fast_render = time_fast_render(sample)

    import redis

    redis.Redis.from_url(args.redis).flushdb()  # the broker's own database: no stale tasks
    from django.db import connections

    connections.close_all()
    worker = start_worker(
        args, {**os.environ, **environment(args, "lms.settings.production", media, mail)}
    )
    try:
        wait_for_worker(worker)
        log(
            f"fast: {len(wave):,} certificates in tasks of {args.batch}, {args.concurrency} workers"
        )
        loads["wave"] = load_average()
        fast = run_wave(args, wave, worker, sign=False)
        loads["wave_end"] = load_average()
        log(f"  unsigned: {fast['per_second']}/s, {fast['seconds']} s")
        # The same certificates again through the same workers, signed (PAdES B-B).
        reset(wave)
        signed = run_wave(args, wave, worker, sign=True)
        loads["signed_end"] = load_average()
        log(f"  signed: {signed['per_second']}/s, {signed['seconds']} s")
        pipeline = None
        if naive_ids:
            log(f"naive through the same workers: {len(naive_ids):,} with full_render=True")
            pipeline = run_wave(args, naive_ids, worker, full_render=True, sign=False)
            log(f"  {pipeline['per_second']}/s, {pipeline['seconds']} s")
    finally:
        stop_worker(worker)
    connections.close_all()
    mailer = start_worker(
        args,
        {**os.environ, **environment(args, "lms.settings.production", media, mail)},
        queue="mail",
    )
    try:
        wait_for_worker(mailer)
        letters = send_letters(args, len(wave) + len(naive_ids), mailer)
        log(f"letters: {letters['letters']:,} in {letters['seconds']} s")
    finally:
        stop_worker(mailer)
    loads["naive_after"] = load_average()
    naive = combine(naive_before, time_naive(sample[1::2], "after"))
    log(f"checking {args.check} stored PDFs")
    # The unsigned wave's certificates were reset before their letters went:
    # one letter each for the signed wave and the naive one.
    checked = check(args, wave, mail, len(wave) + len(naive_ids))
    ratio = round(fast["per_second"] / naive["per_second"], 1)
    unsigned_ratio = pipeline and round(fast["per_second"] / pipeline["per_second"], 1)
    signed_ratio = pipeline and round(signed["per_second"] / pipeline["per_second"], 1)
    met = bool(pipeline) and unsigned_ratio >= 20 and signed_ratio >= 10
    import weasyprint
    from celery import __version__ as celery_version

    document = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": " ".join([".venv/bin/python", "benchmarks/certificates.py", *sys.argv[1:]]),
        "machine": machine(weasyprint=weasyprint.__version__, celery=celery_version),
        "load_average_1_5_15_min": loads,
        "parameters": {
            "certificates": args.count,
            "batch": args.batch,
            "workers": f"celery -A lms worker -Q certificates -P prefork -c {args.concurrency}",
            "letters": f"afterwards, celery -A lms worker -Q mail -P prefork -c {args.concurrency}",
            "broker": args.redis,
            "settings": "lms.settings.production (workers), lms.settings.dev (this process)",
            "names_outside_the_fonts": f"one in {args.foreign_every}",
        },
        "naive_in_process": naive,
        "fast_render_in_process": fast_render,
        "fast_through_workers": fast,
        "fast_signed_through_workers": signed,
        "naive_through_workers": pipeline,
        "letters_through_mail_workers": letters,
        "ratios_through_the_same_workers": {
            "fast_unsigned_to_naive_unsigned": unsigned_ratio,
            "fast_signed_to_naive_unsigned": signed_ratio,
        },
        "ratio_fast_workers_to_naive_one_process": ratio,
        "ratio_per_core_render": round(fast_render["per_second"] / naive["per_second"], 1),
        "target": {
            "fast_unsigned_to_naive_unsigned_at_least": 20,
            "fast_signed_to_naive_unsigned_at_least": 10,
            "met": met,
        },
        "check": checked,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n")
    shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"{'':52}{'certificates/s':>16}{'× naive, same workers':>24}")
    workers = f"{args.concurrency} workers"
    rows = [
        ("naive: pdf.render_pdf, 1 process", naive["per_second"]),
        ("fast: fastpdf render only, 1 process", fast_render["per_second"]),
        (f"fast: issued, rendered, stored; {workers}", fast["per_second"]),
        (f"fast signed: issued, rendered, signed, stored; {workers}", signed["per_second"]),
    ]
    if pipeline:
        rows.append((f"naive: issued, rendered, stored; {workers}", pipeline["per_second"]))
    base = pipeline["per_second"] if pipeline else None
    for label, value in rows:
        times = f"{value / base:.1f}" if base and "workers" in label else "—"
        print(f"{label:52}{value:>16,.1f}{times:>24}")
    print()
    print(
        f"{args.count:,} certificates stored in {fast['seconds']} s unsigned, {signed['seconds']} s "
        f"signed; targets (same workers) fast unsigned ≥ 20 × naive: {unsigned_ratio} ×, "
        f"fast signed ≥ 10 × naive unsigned: {signed_ratio} ×: {'met' if met else 'NOT met'}"
    )
    print(f"letters afterwards: {letters['letters']:,} in {letters['seconds']} s (mail workers)")
    cpu = fast["cpu_seconds_until_stored"]
    print(
        f"CPU until stored: workers {cpu['workers']} s ({cpu['workers_ms_per_certificate']} ms "
        f"per certificate), PostgreSQL {cpu['postgresql']} s, other processes "
        f"{cpu['elsewhere']} s, of {round((os.cpu_count() or 2) * fast['seconds'], 1)} "
        "core-seconds"
    )
    print(
        f"checked {checked['checked']} PDFs ({checked['qr_decoded']} QR codes decoded): "
        f"{len(checked['problems'])} problems; average size {checked['average_bytes']:,} bytes "
        f"(naive {naive['average_bytes']:,})"
    )
    for problem in checked["problems"][:20]:
        print("  ", problem)
    log(f"results written to {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0 if met and not checked["problems"] else 1


if __name__ == "__main__":
    sys.exit(main())

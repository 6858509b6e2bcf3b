"""Every task of the project goes to the queue meant for it (lms/queues.py).

The table below is the intention, written out task by task: a task added
without a line here fails, so its queue is chosen, not inherited by accident.
"""

import re
from pathlib import Path

from benchmarks.common import celery_worker_command
from lms import queues
from lms.celery import app
from tests.worker import worker_command

ROOT = Path(__file__).resolve().parents[2]

INTENDED = {
    "academy.tasks.award_certificate": "certificates",
    "academy.tasks.send_change_notice": "mail",
    "academy.tasks.send_due_reminders": "mail",
    "academy.tasks.send_notice": "mail",
    "certificates.bulk.deliver_batch": "certificates",
    "certificates.bulk.issue_batch": "certificates",
    "certificates.bulk.send_letters": "mail",
    "certificates.tasks.deliver_certificate": "certificates",
    "certificates.tasks.issue_course_certificate": "certificates",
    "certificates.tasks.issue_missing_certificates": "certificates",
    "certificates.tasks.issue_wave": "certificates",
    "certificates.tasks.regenerate_template": "certificates",
    "courses.tasks.flush_heartbeats": "default",
    "courses.tasks.send_edition_notices": "mail",
    "courses.tasks.send_review_notice": "mail",
    "exports.tasks.clean_up": "reports",
    "messaging.tasks.queue_certificate_message": "mail",
    "messaging.tasks.queue_registration_message": "mail",
    "messaging.tasks.remove_old_link_tokens": "mail",
    "messaging.tasks.remove_old_phone_checks": "mail",
    "messaging.tasks.send_due": "mail",
    "messaging.tasks.send_sms": "mail",
    "messaging.tasks.send_telegram": "mail",
    "exports.tasks.run_export": "reports",
    "privacy.tasks.close_due_accounts": "default",
    "privacy.tasks.enforce_retention": "default",
    "privacy.tasks.prepare_data_export": "reports",
    "privacy.tasks.remove_expired_exports": "default",
    "reports.tasks.refresh_stats": "reports",
    "webinars.tasks.close_meeting": "default",
    "webinars.tasks.fetch_recordings": "default",
    "webinars.tasks.follow_meetings": "default",
}


def registered_tasks():
    app.loader.import_default_modules()  # every app's tasks.py, as a worker does
    return sorted(name for name in app.tasks if not name.startswith("celery."))


def test_every_registered_task_has_its_intended_queue():
    assert registered_tasks() == sorted(INTENDED), "a task was added or renamed: choose its queue"
    routed = {name: app.amqp.router.route({}, name)["queue"].name for name in INTENDED}
    assert routed == INTENDED
    assert {name: queues.queue_for(name) for name in INTENDED} == INTENDED


def test_a_worker_without_q_consumes_every_queue_and_celerys_default_is_ours():
    assert sorted(app.amqp.queues) == sorted(queues.ALL)
    assert app.conf.task_default_queue == "default"
    assert queues.queue_for("some.new.task") == "default"


def test_the_readme_starts_a_worker_for_each_queue_and_one_beat():
    readme = (ROOT / "README.md").read_text()
    consumed = set()
    for line in re.findall(r"celery -A lms worker [^\n`]*", readme):
        match = re.search(r"-Q (\S+)", line)
        if match:
            consumed |= set(match[1].split(","))
    # "celery": Celery's own default queue, drained once after upgrading.
    assert consumed - {"celery"} == set(queues.ALL)
    assert "celery -A lms beat" in readme


def test_the_test_and_benchmark_workers_consume_every_queue():
    """tests/worker.py's worker and the benchmarks' would leave a queue unread."""
    for command in (worker_command(2), celery_worker_command("solo")):
        assert command[command.index("-Q") + 1].split(",") == list(queues.ALL)

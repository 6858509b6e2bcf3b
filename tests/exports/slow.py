"""A learner list that takes its time, for the real-worker test: the worker
loads it through ``worker_settings`` (the app in ``apps.py``), the test process
with ``register``."""

import time

from exports import registry
from exports.exporters import LearnerList

PROGRESS_EVERY = 10


class SlowLearnerList(LearnerList):
    def rows(self, user, params, seen=None):
        for n, row in enumerate(super().rows(user, params, seen), start=1):
            if n % PROGRESS_EVERY == 0:
                time.sleep(0.15)
            yield row


def register():
    registry.register("tests-slow-learners", SlowLearnerList())

"""The provider of a bare machine: prints each SMS instead of sending it.

Like Django's console e-mail backend, so development, the demo and the tests
work with no gateway account; the last messages are also kept in memory
(``outbox``), where a demo page or a test can read them. With a separate
Celery worker they are printed and kept in the worker's process.
"""

import sys
import uuid
from collections import deque

from messaging import phones
from messaging.sms import parts
from messaging.sms.base import Provider

# The last messages "sent", newest last: dicts of id, phone, text, parts.
outbox = deque(maxlen=100)


class ConsoleProvider(Provider):
    name = "console"

    def __init__(self, stream=None):
        self.stream = stream or sys.stdout

    def send(self, phone, text):
        message_id = f"console-{uuid.uuid4().hex[:12]}"
        count = parts.count(text)
        outbox.append({"id": message_id, "phone": phone, "text": text, "parts": count})
        self.stream.write(
            f"SMS {message_id} to {phones.mask(phone)} "
            f"({count} part(s), {parts.encoding(text)}):\n{text}\n{'-' * 40}\n"
        )
        self.stream.flush()
        return message_id

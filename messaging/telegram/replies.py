"""What the bot says back to a person, in the active language."""

from django.utils.translation import gettext as _


def help_line():
    return _("If a child is in danger, call 111: free, day and night.")


def linked():
    return "\n\n".join(
        (
            _(
                "Done: this chat is linked. Confirmations, reminders (a day and an hour "
                "before) and notices of your Parents' Academy sessions and certificates "
                "will come here, in the daytime. Send /stop to end it at any time."
            ),
            help_line(),
        )
    )


def stopped():
    return _(
        "Stopped: nothing more will be sent to this chat, and your consent to messages "
        "in Telegram is withdrawn. You can link it again from “My academy”."
    )


def bad_link():
    return _(
        "This link no longer works: it was used already or has expired. Open “My "
        "academy” on the platform and press “Link Telegram” for a new one."
    )


def help_text():
    return "\n\n".join(
        (
            _(
                "This bot sends reminders of Parents' Academy sessions. To link this "
                "chat, press “Link Telegram” on “My academy” or in your confirmation "
                "letter. Send /stop to stop the messages."
            ),
            help_line(),
        )
    )

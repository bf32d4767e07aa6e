"""What happens once notifications are committed: push them, wake the e-mail sender."""

import logging

from notifications import push, worker

logger = logging.getLogger(__name__)


def deliver(notification_ids: list[int]) -> None:
    """Runs after commit. Push is best effort (a desktop catches up from its last id); the outbox
    rows are safe in the database whatever happens here."""
    if notification_ids:
        try:
            push.publish(notification_ids)
        except Exception:
            logger.exception("push of notifications %s failed", notification_ids)
    worker.wake()

"""What a screen does with a failed operation besides showing its French message."""

import logging

from desktop.api.errors import ApiError, SessionExpired
from desktop.auth.operations import sign_out
from desktop.tasks import spawn

log = logging.getLogger(__name__)


def after_failure(ctx, error: BaseException) -> None:
    """An expired session ends the local session (the shell then shows the sign-in screen);
    an error that is not an API answer is a bug and is logged with its traceback."""
    if isinstance(error, SessionExpired):
        if ctx.session.is_signed_in:
            spawn(sign_out(ctx, reason="session_expired"))
    elif not isinstance(error, ApiError):
        log.error("Unexpected error in administration", exc_info=error)

"""Stylesheet rules of the tickets screens, fed with the charter tokens by
desktop/theme/stylesheet.py (same token names as its base template)."""

from string import Template

from shared_schemas.enums import TicketPriority, TicketStatus


def _chip_rules() -> str:
    rules = [
        'QLabel[role="chip"] { color: $text_on_primary; border-radius: ${radius_pill}px; padding: 1px ${sm}px;'
        " font-weight: 600; font-size: ${size_small}pt; }"
    ]
    rules += [f'QLabel[chip="status-{s.value}"] {{ background: $status_{s.value}; }}' for s in TicketStatus]
    rules += [f'QLabel[chip="priority-{p.value}"] {{ background: $priority_{p.value}; }}' for p in TicketPriority]
    return "\n".join(rules)


STYLE = Template(
    """
QFrame#ticketHeader { background: $surface; border-bottom: 1px solid $border; }
QFrame#listToolbar, QFrame#clientToolbar { background: $surface; border-bottom: 1px solid $border; }
QWidget#conversationBody { background: $window; }
QLabel[role="author"] { font-weight: 600; }
QLabel[role="author-role"] { color: $text_muted; font-size: ${size_small}pt; }
QLabel[role="author-role-staff"] { color: $primary; font-size: ${size_small}pt; font-weight: 600; }
QLabel[role="body"] { color: $text; }
QLabel[role="field"] { color: $text_muted; font-size: ${size_small}pt; }
QLabel[role="reference"] { color: $text_muted; font-weight: 600; }

QFrame#composer { background: $surface; border-top: 1px solid $border; }
QFrame#composer[mode="note"] { background: $note_background; border-top: 3px solid $note_border; }
QFrame#composer[mode="note"] QPlainTextEdit { background: $note_background; border-color: $note_border; }
QPushButton[variant="toggle"] { background: transparent; border: 1px solid $border; color: $text_muted;
    border-radius: ${radius_sm}px; padding: ${xs}px ${md}px; }
QPushButton[variant="toggle"]:checked { background: $primary; color: $text_on_primary; border-color: $primary; }
QPushButton[variant="toggle"][mode="note"]:checked { background: $note_border; color: $text;
    border-color: $note_border; }

QToolButton[role="star"] { border: none; background: transparent; color: $text_muted;
    font-size: ${size_title}pt; padding: 0 2px; }
QToolButton[role="star"][lit="true"] { color: $accent; }
QToolButton[role="star"]:focus { border: 2px solid $focus; border-radius: ${radius_sm}px; }
QLabel[role="stars"] { color: $accent; font-size: ${size_heading}pt; }

QListWidget#queues { font-weight: 600; }
QToolButton#watchers { background: $surface; border: 1px solid $border; border-radius: ${radius_md}px;
    padding: ${sm}px ${md}px; }
QToolButton#watchers:hover { border-color: $primary; }
QToolButton#watchers:focus { border: 2px solid $focus; }
QFrame#starPicker { border: 2px solid transparent; border-radius: ${radius_sm}px; }
QFrame#starPicker:focus { border: 2px solid $focus; }
QLabel[role="list-state"] { color: $text_muted; padding: ${xs}px ${sm}px; font-size: ${size_small}pt; }
"""
    + _chip_rules()
)

"""Business-hours time for the demo: tickets arrive while shops are open (weekdays 8 h–19 h,
Saturday morning), in the order they are generated, so reference numbers follow dates."""

from bisect import bisect_right
from datetime import datetime, time, timedelta

_OPENING = {0: (8, 11), 1: (8, 11), 2: (8, 11), 3: (8, 11), 4: (8, 11), 5: (9, 4)}  # weekday: (hour, hours)


class BusinessClock:
    """Maps a fraction of the business time between `start` and `end` (local dates) to a moment."""

    def __init__(self, start: datetime, end: datetime) -> None:
        self._days: list[tuple[datetime, int]] = []  # (opening moment, minutes open)
        self._cumulative: list[int] = []
        total = 0
        day = start.date()
        while day < end.date():
            opening = _OPENING.get(day.weekday())
            if opening:
                hour, hours = opening
                self._days.append((datetime.combine(day, time(hour), tzinfo=start.tzinfo), hours * 60))
                self._cumulative.append(total)
                total += hours * 60
            day += timedelta(days=1)
        self.total_minutes = total

    def at(self, fraction: float) -> datetime:
        minute = min(fraction, 0.999999) * self.total_minutes
        index = bisect_right(self._cumulative, minute) - 1
        opening, _ = self._days[index]
        return opening + timedelta(minutes=minute - self._cumulative[index])


def fit(gaps: list[float], available_minutes: float) -> list[float]:
    """Shrinks a story's gaps (minutes) so that it ends before `available_minutes`."""
    total = sum(gaps)
    budget = max(available_minutes, 1.0) * 0.9
    if total <= budget:
        return gaps
    scale = budget / total
    return [gap * scale for gap in gaps]

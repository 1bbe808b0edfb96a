"""One normaliser per grammar rule: a match and the article's context -> a TIMEX3 value."""

from __future__ import annotations

from bot.extract.timex.normalise import Normaliser
from bot.extract.timex.rules_calendar import (
    century,
    clock,
    decade,
    decade_word,
    full_date,
    holiday,
    month,
    month_year,
    noon,
    numeric_date,
    relative_day,
    season,
    spelled_year,
    week_of,
    weekday,
    year,
)
from bot.extract.timex.rules_periods import (
    ago,
    bare_units,
    duration,
    period_end,
    quarter,
    recent_units,
    relative_unit,
    set_every,
    set_word,
    that_unit,
    the_quarter,
    the_weekend,
    the_year,
    vague,
    year_ago_adjective,
)

HANDLERS: dict[str, Normaliser] = {
    "clock": clock, "noon": noon, "week_of": week_of, "mdy": full_date, "dmy": full_date, "iso": numeric_date,
    "numeric": numeric_date, "month_year": month_year, "relday": relative_day, "weekday": weekday,
    "holiday": holiday, "quarter": quarter, "the_quarter": the_quarter,
    "year_ago_adj": year_ago_adjective, "year_end": period_end, "month": month, "year": year,
    "spelled_year": spelled_year, "decade_word": decade_word, "that_unit": that_unit,
    "the_year": the_year, "weekend": the_weekend, "decade": decade, "century": century,
    "mod_unit": relative_unit, "rel_unit": relative_unit, "season": season, "ago": ago,
    "duration": duration, "bare_units": bare_units, "recent_units": recent_units,
    "set_word": set_word, "set_every": set_every, "vague": vague,
}

"""The surface patterns of time expressions, built once from the time-word lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.extract.timex.lexicon import TimeWords, alternation, load_time_words

L = r"(?<![\w'$-])"  # no match inside a word, a number or a price
R = r"(?![\w])"


@dataclass(frozen=True)
class Rule:
    """One pattern; its name picks the normaliser. Earlier rules win ties of equal length."""

    name: str
    regex: re.Pattern[str]


def _fragments(w: TimeWords) -> dict[str, str]:
    """Return the named regex pieces the rules are written with."""
    ordinal_days = {k: v for k, v in w.ordinals.items() if k not in ("last", "final")}
    number_words = [k for k in w.numbers if " " not in k]
    one_number = alternation(number_words)
    tens = alternation(k for k, v in w.numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90))
    return {
        "MONTH": alternation(w.months) + r"(?![\w])",
        "WEEKDAY": alternation(w.weekdays),
        "DAYNUM": r"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])|" + alternation(ordinal_days) + ")",
        "YEAR": r"(?:1[6-9]\d\d|20\d\d)(?![\d])",
        "NUM": (
            r"(?:\d+(?:\s+1/2|[.,]\d+)?|" + alternation([k for k in w.numbers if " " in k])
            + "|" + tens + r"(?:[\s-]" + one_number + r")?|" + one_number + ")"
        ),
        "VAGUE": alternation(w.vague_numbers),
        "UNIT": alternation(w.units) + R,
        "APPROX": alternation(w.approximators),
        "MODS": alternation(w.modifiers),
        "SEASON": alternation(w.seasons),
        "PART": alternation(w.day_parts),
        "VREF": alternation(w.vague_refs),
        "SETW": alternation(w.sets),
        "HOLIDAY": alternation(w.holidays),
        "QUAL": r"(?:latest|comparable|same|current|recent|most\s+recent|just[\s-]ended|year[\s-]ago|year[\s-]earlier|fiscal|previous|prior|past|calendar|final)",
        "CENT": alternation(w.spelled_centuries),
        "TENS": tens,
        "ONES": alternation(k for k, v in w.numbers.items() if 1 <= v < 20 and k not in ("a", "an", "dozen")),
        "DECW": alternation(w.decade_words),
        "SPELLED": alternation(w.spelled_centuries) + r"[\s-](?:" + tens + r"(?:[\s-]" + alternation(k for k, v in w.numbers.items() if 1 <= v < 10 and k not in ("a", "an")) + r")?|" + alternation(k for k, v in w.numbers.items() if 1 <= v < 20 and k not in ("a", "an", "dozen")) + ")",
        "REL": r"(?:this\s+coming|this\s+past|the\s+past|the\s+last|the\s+next|the\s+current|the\s+previous|the\s+following|the\s+preceding|this|last|next|past|coming|previous|current|following)",
    }


_RULES: tuple[tuple[str, str], ...] = (
    ("clock", r"{L}(?:(?:around|about|approximately)\s+)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]\s?m\b)(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET)))?(?:,?\s+(?:(?P<wd>{WEEKDAY})|(?P<rd>today|tomorrow|yesterday|tonight)|(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})))?"),
    ("noon", r"{L}(?:(?P<mod>mid|early|late)[\s-]?)?(?P<noon>noon|midnight|midday|mid[\s-]?afternoon|mid[\s-]?morning)(?:,?\s+(?:(?P<wd>{WEEKDAY})|(?P<rd>today|tomorrow|yesterday)))?{R}"),
    ("week_of", r"{L}the\s+week\s+of\s+(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?{R}"),
    ("mdy", r"{L}(?:(?P<rel>last|this\s+past|this\s+coming|this|next)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?{R}"),
    ("dmy", r"{L}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?{R}"),
    ("iso", r"{L}(?P<year>{YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<day>[0-3]\d){R}"),
    ("numeric", r"{L}(?P<mo>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)/(?P<year>\d{{4}}|\d{{2}}){R}"),
    ("month_year", r"{L}(?:(?P<mod>{MODS})[\s-]+)?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<syear>{SPELLED})){R}"),
    ("relday", r"{L}(?:(?P<mod>early|late|mid|earlier|later)[\s-]+)?(?:(?P<rd>today|tonight|tomorrow|yesterday|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?P<part>{PART}))?|(?P<rd2>this|last|tomorrow|yesterday)\s+(?P<part2>{PART})){R}"),
    ("weekday", r"{L}(?:(?P<mod>early|late)\s+)?(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past|each|every|the\s+previous|the\s+following)\s+)?(?P<wd>{WEEKDAY})(?P<pl>s)?(?:\s+(?P<part>{PART})(?P<pl2>s)?)?{R}"),
    ("holiday", r"{L}(?:(?P<rel>last|next|this)\s+)?(?P<hol>{HOLIDAY}|thanksgiving(?:\s+day)?|election\s+day){R}"),
    ("quarter", r"{L}(?:the\s+)?(?P<pre>(?:(?:{YEAR}|(?:this|last|next)\s+year's|{QUAL})[\s-]+){{0,3}})(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal\s+)?(?P<unit>quarter|half)(?P<pl>s)?(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year>{YEAR})|(?P<yrel>this|last|next)\s+year|the\s+(?:fiscal\s+)?year))?{R}"),
    ("the_quarter", r"{L}(?:the\s+)?(?P<pre>(?:(?:{QUAL}|corresponding|last\s+year's|{YEAR})[\s-]+){{0,3}})(?P<unit>quarter|period){R}(?P<post>\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year){R})?"),
    ("year_ago_adj", r"{L}(?P<ya>year[\s-](?:ago|earlier)){R}"),
    ("year_end", r"{L}(?P<unit>year|month|quarter)[\s-]end{R}"),
    ("spelled_year", r"{L}(?:(?P<the>the\s+year)\s+)?(?:(?P<cent>{CENT})[\s-](?P<rest>{TENS}(?:[\s-]{ONES})?|{ONES})|(?P<two>two\s+thousand)(?:\s+and)?(?:\s+(?P<ones>{ONES}))?){R}"),
    ("the_year", r"{L}the\s+(?P<adj>(?:full|fiscal|latest\s+fiscal|current\s+fiscal|current|calendar|whole|entire)\s+)?year{R}(?!['’]s|-)(?=(?P<ended>\s+(?:ended|ending|to))?)"),
    ("weekend", r"{L}the\s+weekend{R}"),
    ("month", r"{L}(?:(?P<mod>{MODS})[\s-]+)?(?:(?P<rel>this\s+coming|this\s+past|this|last|next|coming|past|each|every)\s+)?(?P<mon>{MONTH})(?:\s+(?P<yrel>this|last|next)\s+year)?"),
    ("year", r"{L}(?:(?P<mod>{MODS})[\s-]+)?(?:(?P<fy>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year)\s*)?(?<![$€£#\d.,])(?P<year>{YEAR})(?!,\d|\.\d|%|\s*percent|-(?:\d|year|month|day|week))"),
    ("decade", r"{L}(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<dec>1[5-9]\d0|20\d0|'\d0)'?s{R}"),
    ("decade_word", r"{L}the\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?P<decw>{DECW}){R}"),
    ("that_unit", r"{L}(?:(?P<mod>earlier|later|early|late)\s+(?:in\s+)?)?(?:that|the\s+same)\s+(?:same\s+)?(?P<unit>day|week|month|year|quarter){R}"),
    ("century", r"{L}(?:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{DAYNUM})[\s-]+century{R}"),
    ("mod_unit", r"{L}(?P<mod>{MODS})[\s-]+(?:the\s+)?(?P<rel>{REL}\s+)?(?P<unit>week|month|year|quarter|decade|century|day){R}"),
    ("rel_unit", r"{L}(?:(?P<mod>{MODS})[\s-]+)?(?P<rel>{REL})\s+(?P<unit>week(?:end)?|month|year|quarter|decade|century|fortnight|{SEASON})(?:\s+or\s+so)?(?P<poss>'s)?{R}"),
    ("season", r"{L}(?:(?P<mod>{MODS})[\s-]+)?(?:(?P<rel>this\s+coming|this\s+past|this|last|next|past|coming|the|each|every)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<syear>{SPELLED})))?{R}"),
    ("ago", r"{L}(?:(?P<approx>{APPROX})\s+)?(?:(?P<num>{NUM}|{VAGUE})[\s-]+)?(?:or\s+(?:so\s+)?)?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back){R}"),
    ("duration", r"{L}(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUM}|{VAGUE})(?:\s+(?:or|to)\s+(?P<num2>{NUM}))?[\s-]+(?:and\s+a\s+half\s+)?(?:(?:more|additional|straight|consecutive|full|long|trading|business|working)\s+)?(?P<unit>{UNIT})(?:\s+(?P<half>and\s+a\s+half))?(?:\s+or\s+so)?{R}(?P<old>-old)?"),
    ("recent_units", r"{L}recent\s+(?P<unit>days|weeks|months|years|quarters|decades){R}"),
    ("bare_units", r"{L}(?:(?P<approx>{APPROX})\s+)?(?P<unit>days|weeks|months|years|decades|centuries|hours|minutes){R}"),
    ("set_word", r"{L}(?P<set>{SETW}){R}"),
    ("set_every", r"{L}(?P<every>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT}|morning|evening|night|{MONTH}|{SEASON}){R}"),
    ("vague", r"{L}(?P<vref>{VREF}){R}"),
)


@lru_cache(maxsize=1)
def anchor_regex() -> re.Pattern[str]:
    """Return a regex for the words every time expression contains one of (to skip the rest fast)."""
    w = load_time_words()
    words = [*w.months, *w.weekdays, *w.units, *w.seasons, *w.vague_refs, *w.sets, *w.holidays, *w.day_parts, *w.spelled_centuries, *w.decade_words]
    extra = ["quarter", "half", "period", "noon", "midnight", "midday", "today", "tonight", "tomorrow", "yesterday", "ago", "fiscal", "thanksgiving", "election", "century", "decade", "weekend", "thousand"]
    # Whole words only ("mar" is no anchor inside "market"), plurals allowed ("Mondays"); a clock
    # time has its digits, "that day" and "every week" their unit word.
    # Prices and shares ("$1.8 million", "12.5%") anchor nothing.
    figure = r"(?<![$€£#\d.,])\d+(?![\d.,]*\s*(?:%|percent))"
    return re.compile(figure + r"|\b" + alternation(words + extra) + r"s?(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def compile_rules() -> tuple[Rule, ...]:
    """Return the compiled rules, in priority order."""
    w = load_time_words()
    parts = _fragments(w) | {"L": L, "R": R}
    return tuple(Rule(name, re.compile(src.format(**parts), re.IGNORECASE)) for name, src in _RULES)

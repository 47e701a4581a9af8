"""Typed payloads of every inline button, and the one codec between them and callback_data.

Each kind of button is a frozen dataclass registered under a prefix; its fields follow the
prefix joined with ":" ("n:done:1a2b3c4d"). Prefixes and field orders are the wire format of
buttons already sitting in users' chats: never change or reorder them, only add new ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from dataclasses import MISSING, dataclass, fields
from datetime import date, time
from functools import lru_cache
from itertools import zip_longest
from typing import (
    Annotated,
    Any,
    Literal,
    TypeVar,
    dataclass_transform,
    get_args,
    get_origin,
    get_type_hints,
)

from telegram import InlineKeyboardButton, Update
from telegram.constants import InlineKeyboardButtonLimit
from telegram.ext import CallbackContext, CallbackQueryHandler

from bot.config import Language
from core.fields import EDITABLE, FOLLOW_GROUP, LAST_TALKED_CHOICES
from core.places import is_valid_timezone
from core.rules.cadence import CHOICES
from core.rules.nudging import MAX_DAILY, MIN_DAILY

MAX_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # UTF-8 bytes, not characters
_ID = re.compile(r"[0-9A-Za-z_-]{1,16}")  # 8 hex digits today; tests use short names
_INT = re.compile(r"0|[1-9][0-9]{0,5}")  # canonical, so each number has one spelling
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")

ContactId = Annotated[str, _ID]
FavorId = Annotated[str, _ID]
IdeaKey = Annotated[str, re.compile(r"[0-9A-Za-z_.-]{0,40}")]  # "" when none
ZoneName = Annotated[str, re.compile(r"[0-9A-Za-z_+/-]{1,60}")]  # IANA names hold no ":"
NudgeAction = Literal["done", "tmrw", "week", "skip", "idea"]
# "<verb>:<contact id>": the card's own buttons and the name choices of pick.py share them.
ContactVerb = Literal[
    "card", "edit", "remove", "rm", "keep", "pause", "resume", "cpause", "cresume", "csnooze",
    "cback", "clog", "lognow", "log", "tag", "untag", "taperon", "taperoff", "note", "remind",
]  # fmt: skip
FormAction = Literal[
    "cad", "last", "place", "skip", "save", "fields", "field", "twin", "open", "cancel", "merge",
    "review",
]  # fmt: skip


P = TypeVar("P", bound="Payload")
C = TypeVar("C", bound="CallbackContext[Any, Any, Any, Any]")
R = TypeVar("R")


@dataclass(frozen=True)
class _Field:
    name: str
    read: Callable[[str], object]  # raises ValueError (or KeyError) on text that is no value
    write: Callable[[Any], str]
    default: object


_PREFIXES: dict[type[Payload], str] = {}
_FIELDS: dict[type[Payload], tuple[_Field, ...]] = {}
_BY_HEAD: dict[str, list[type[Payload]]] = {}  # by the data's first segment


def _checked(ok: Callable[[str], object]) -> Callable[[str], str]:
    def read(text: str) -> str:
        if not ok(text):
            raise ValueError(text)
        return text

    return read


def _read_time(text: str) -> time:
    hour, minute = _checked(_TIME.fullmatch)(text).split(":")
    return time(int(hour), int(minute))


def _codec(hint: Any) -> tuple[Callable[[str], object], Callable[[Any], str]]:
    """How one field type reads and writes; TypeError for a type the wire cannot carry."""
    if get_origin(hint) is Literal:
        return _checked(get_args(hint).__contains__), str
    if get_origin(hint) is Annotated:
        pattern: re.Pattern[str] = get_args(hint)[1]
        return _checked(pattern.fullmatch), str
    if hint is bool:  # a flag, as the list's old ":f" mark: "f" when set, nothing when not
        return {"f": True, "": False}.__getitem__, lambda flag: "f" if flag else ""
    if hint is int:
        return lambda text: int(_checked(_INT.fullmatch)(text)), str
    if hint is time:
        return _read_time, lambda at: f"{at:%H:%M}"
    if hint is str:  # free text: only the last field may hold it (it takes the rest)
        return str, str
    raise TypeError(f"no wire format for {hint!r}")


@dataclass_transform(frozen_default=True)
class Payload:
    """What one inline button means: `class Mine(Payload, prefix="mine")` registers a kind."""

    def __init_subclass__(cls, prefix: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        made: Any = dataclass(frozen=True)(cls)  # in place: the same class, now a dataclass
        hints = get_type_hints(cls, include_extras=True)
        specs = tuple(_Field(f.name, *_codec(hints[f.name]), f.default) for f in fields(made))
        if any(hints[spec.name] is str for spec in specs[:-1]):
            raise TypeError(f"{cls.__name__}: only the last field may be free text")
        # With no prefix of its own, the first field (a Literal) is the prefix: "edit:<id>".
        heads = [prefix.partition(":")[0]] if prefix else get_args(hints[specs[0].name])
        for head in heads:
            _BY_HEAD.setdefault(head, []).append(cls)
        _PREFIXES[cls], _FIELDS[cls] = prefix, specs


def _encode(payload: Payload) -> str:
    specs = _FIELDS.get(type(payload))
    if specs is None:
        raise ValueError(f"{type(payload).__name__} is not a registered button payload")
    values = [getattr(payload, spec.name) for spec in specs]
    while values and values[-1] == specs[len(values) - 1].default:
        values.pop()  # trailing defaults stay off the wire, as in "list:3" or "idea:<id>"
    prefix = _PREFIXES[type(payload)]
    return ":".join(
        [prefix] * bool(prefix) + [spec.write(v) for spec, v in zip(specs, values, strict=False)]
    )


def _decode_as(cls: type[Payload], data: str) -> Payload | None:
    prefix, specs = _PREFIXES[cls], _FIELDS[cls]
    rest = data.removeprefix(f"{prefix}:") if prefix else data
    if prefix and rest == data:
        return None
    parts = rest.split(":", len(specs) - 1)  # the last field keeps any ":" it holds
    values: dict[str, object] = {}
    for spec, text in zip_longest(specs, parts):
        if spec is None or (text is None and spec.default is MISSING):
            return None
        if text is not None:
            values[spec.name] = spec.read(text)
    build: Callable[..., Payload] = cls
    payload = build(**values)
    # One spelling per payload: "list:03", "list:3:" or "asked:x:" are not ours.
    return payload if _encode(payload) == data else None


def _size(data: str) -> int:
    return len(data.encode("utf-8", "surrogatepass"))  # lone surrogates count, never raise


@lru_cache(maxsize=512)  # every handler's pattern decodes the same data in turn
def _decode(data: str) -> Payload | None:
    if _size(data) > MAX_BYTES:
        return None
    found = []
    for cls in _BY_HEAD.get(data.split(":", 1)[0], ()):
        try:
            decoded = _decode_as(cls, data)
        except (ValueError, KeyError):  # a field's text, or the payload's own check
            continue
        if decoded is not None:
            found.append(decoded)
    return found[0] if len(found) == 1 else None


def unpack(data: object) -> Payload | None:
    """Decode callback data; None for anything stale, forged, malformed or too long."""
    return _decode(data) if isinstance(data, str) else None


def pack(payload: Payload) -> str:
    """Encode a payload; ValueError if it exceeds 64 bytes or would not decode back to itself."""
    data = _encode(payload)
    size = len(data.encode())  # strict: lone surrogates raise UnicodeEncodeError, a ValueError
    if size > MAX_BYTES:
        raise ValueError(f"callback data {data!r} is {size} bytes, Telegram takes {MAX_BYTES}")
    if _decode(data) != payload:
        raise ValueError(f"{payload!r} does not survive the wire: a value is out of its type")
    return data


def fits(payload: Payload) -> bool:
    """Tell whether a payload fits Telegram's 64 bytes of callback data."""
    return _size(_encode(payload)) <= MAX_BYTES


def button(label: str, payload: Payload) -> InlineKeyboardButton:
    """An inline button carrying the payload."""
    return InlineKeyboardButton(label, callback_data=pack(payload))


def matches(kind: type[P], when: Callable[[P], bool] | None = None) -> Callable[[object], bool]:
    """A CallbackQueryHandler pattern accepting `kind` payloads (that satisfy `when`)."""

    def pattern(data: object) -> bool:
        payload = unpack(data)
        return isinstance(payload, kind) and (when is None or when(payload))

    return pattern


def handler(
    kind: type[P],
    callback: Callable[[Update, C], Coroutine[Any, Any, R]],
    when: Callable[[P], bool] | None = None,
) -> CallbackQueryHandler[C, R]:
    """A CallbackQueryHandler routing `kind` payloads (that satisfy `when`) to `callback`."""
    return CallbackQueryHandler(callback, pattern=matches(kind, when))


def payload_of(update: Update, kind: type[P]) -> P | None:
    """The pressed button's payload if it is a `kind`, else None."""
    query = update.callback_query
    payload = unpack(query.data) if query is not None else None
    return payload if isinstance(payload, kind) else None


# The payloads. Long-lived buttons (nudges, digests, cards, favours) keep their old spelling.


class NudgeAnswer(Payload, prefix="n"):
    """✅ ⏰ 📅 ⏭ 🎲 on a nudge, and a name's ✅ on a digest: "n:done:<id>"."""

    action: NudgeAction
    contact_id: ContactId


class WhichNudge(Payload, prefix="n:which"):
    """The contact picked after a bare "done" with several nudges waiting."""

    contact_id: ContactId


class NudgePause(Payload, prefix="n:pause"):
    """⏸ Pause on a nudge (no more reminders about them), and its ↩️ Undo (`undo`)."""

    contact_id: ContactId
    undo: bool = False


class FavorDone(Payload, prefix="favor:done"):
    """✅ Closed, I thanked them, in /favors or on a favour's follow-up."""

    favor_id: FavorId


class FavorLater(Payload, prefix="favor:wait"):
    """⏳ No answer yet: the follow-up comes again in a week."""

    favor_id: FavorId


class FavorDrop(Payload, prefix="favor:drop"):
    """🗑 Drop it: the favour closes without thanks (↩️ undoes it)."""

    favor_id: FavorId


class FavorUndrop(Payload, prefix="favor:undo"):
    """↩️ after 🗑: the favour is open again."""

    favor_id: FavorId


class ContactAction(Payload, prefix=""):
    """A verb on one contact: the card's buttons and the name choices ("edit:<id>").

    A name choice of /log, /tag or /untag carries the words typed after the name when they
    fit ("tag:<id>:airbus lyon", see `with_rest`); otherwise they wait in memory (bot.memo).
    """

    action: ContactVerb
    contact_id: ContactId
    rest: str = ""

    def __post_init__(self) -> None:
        if self.rest and self.action not in _REST_VERBS:
            raise ValueError(self.rest)


_REST_VERBS = frozenset({"log", "tag", "untag", "note", "remind"})


def with_rest(action: ContactVerb, contact_id: str, rest: str) -> ContactAction:
    """A name choice carrying the words typed after the name if they fit, else without them."""
    carried = ContactAction(action, contact_id, rest) if action in _REST_VERBS else None
    return carried if carried is not None and fits(carried) else ContactAction(action, contact_id)


class SnoozeChoice(Payload, prefix="snooze"):
    """A snooze length under a card; "0" ends the snooze."""

    contact_id: ContactId
    spec: Literal["1w", "2w", "1m", "0"]


class ListPage(Payload, prefix="list"):
    """◀ ▶ and the page number of /list; a filtered list's words wait in memory."""

    page: int
    filtered: bool = False


class IdeaButton(Payload, prefix="idea"):
    """A name picked for /idea, or 🎲 under an idea (carrying the idea to avoid)."""

    contact_id: ContactId
    avoid: IdeaKey = ""


class AskedButton(Payload, prefix="asked"):
    """🙋 I asked, under an /ask answer; the topic rides along when it fits."""

    contact_id: ContactId
    topic: str = ""


def asked(contact_id: str, topic: str) -> AskedButton:
    """The 🙋 payload with its topic if that fits, else without (the topic waits in memory)."""
    carried = AskedButton(contact_id, topic)
    return carried if fits(carried) else AskedButton(contact_id)


class AskAgain(Payload, prefix="ask2"):
    """Under an unsure /ask answer: draft for another purpose, or for the place it may mean
    ("same" with the question corrected); the question rides along when it fits."""

    purpose: Literal["trip", "job", "advice", "same"]
    question: str = ""


def ask_again(purpose: Literal["trip", "job", "advice", "same"], question: str) -> AskAgain:
    """The payload with its question if that fits, else without (it waits in memory)."""
    carried = AskAgain(purpose, question)
    return carried if fits(carried) else AskAgain(purpose)


class SettingsMenu(Payload, prefix="set"):
    """A button of the settings card."""

    item: Literal["tz", "hour", "days", "max", "mode", "lang", "review"]


class PickLanguage(Payload, prefix="lang"):
    """A language offered by /language."""

    code: Language


class ZoneChoice(Payload, prefix="tz"):
    """A time zone offered during onboarding or /timezone."""

    zone: ZoneName

    def __post_init__(self) -> None:
        if not is_valid_timezone(self.zone):
            raise ValueError(self.zone)


class HourChoice(Payload, prefix="hour"):
    """A nudge hour offered during onboarding or /time: "hour:08:00"."""

    at: time


class DaysPreset(Payload, prefix="days"):
    """Every day, weekdays, or done, under the nudge days question."""

    choice: Literal["all", "weekdays", "done"]


class DayToggle(Payload, prefix="days:toggle"):
    """Tick or untick one ISO weekday (1 is Monday)."""

    day: int

    def __post_init__(self) -> None:
        if not 1 <= self.day <= 7:
            raise ValueError(self.day)


class DailyMax(Payload, prefix="max"):
    """How many nudges a day at most."""

    count: int

    def __post_init__(self) -> None:
        if not MIN_DAILY <= self.count <= MAX_DAILY:
            raise ValueError(self.count)


class StayButton(Payload, prefix="stay"):
    """The /leaving card: turn the welcome-back plan on or off, or forget the stay."""

    action: Literal["taper", "forget"]


_CADENCES = frozenset(choice.spec for choice in CHOICES)
_FORM_VALUES: dict[str, Callable[[str], object]] = {
    "cad": _CADENCES.union({FOLLOW_GROUP}).__contains__,
    "last": LAST_TALKED_CHOICES.__contains__,
    "place": lambda value: value == "keep" or _INT.fullmatch(value),
    "field": EDITABLE.__contains__,
    "open": _ID.fullmatch,
    "merge": _ID.fullmatch,
}


class FormAnswer(Payload, prefix="form"):
    """A button of the contact form: "form:cad:2w", "form:place:keep", "form:save"..."""

    action: FormAction
    value: str = ""  # what the action needs: a cadence, a choice, a place, a field, an id

    def __post_init__(self) -> None:
        check = _FORM_VALUES.get(self.action)
        if not (check(self.value) if check else self.value == ""):
            raise ValueError(self.value)


class ImportButton(Payload, prefix="imp"):
    """An import's preview (import, set defaults, cancel) and its outcome (undo); the file and
    the batch wait in the memo of the message (bot.handlers.importing)."""

    # "fit": import the first people of the file, as many as the limit leaves room for.
    action: Literal["go", "set", "no", "undo", "pick", "fit"]


class ImportToggle(Payload, prefix="imp:t"):
    """☑️ Choose: tick or untick one person (by card or line number) on a page of the list."""

    number: int
    page: int


class ImportPage(Payload, prefix="imp:p"):
    """☑️ Choose: ◀ ▶ between pages of the people to tick."""

    page: int


class ExportChoice(Payload, prefix="export"):
    """📦 📇 📊 under /export: which file to send."""

    kind: Literal["json", "vcf", "csv"]


class EraseChoice(Payload, prefix="deleteme"):
    """The answer to /deleteme's question."""

    answer: Literal["yes", "no"]


class RestoreChoice(Payload, prefix="restore"):
    """The answer to "restore this backup?"; the file waits in memory (bot.memo)."""

    answer: Literal["yes", "no"]


class MergeChoice(Payload, prefix="merge"):
    """The answer to "merge these two?": the kept contact, then the one merged into it."""

    answer: Literal["yes", "no"]
    kept: ContactId
    other: ContactId


EntryKey = Annotated[str, _ID]  # Interaction.key: an entry's id, or an older one's instant
MaybeEntryKey = Annotated[str, re.compile(r"[0-9A-Za-z_-]{0,16}")]  # "" for no entry


class UndoLog(Payload, prefix="undo"):
    """↩️ Undo under a log's confirmation (or a nudge answered ✅): that entry goes."""

    contact_id: ContactId
    key: EntryKey


class _OnADay:
    """A payload's `day` field, a date's ordinal (the wire carries ints, not dates)."""

    day: int  # each payload declares it again, where it stands among its fields

    def __post_init__(self) -> None:
        if self.day < 1:  # not a date ordinal
            raise ValueError(self.day)

    @property
    def when(self) -> date:
        """The day the button carries."""
        return date.fromordinal(self.day)


class RemindOffer(Payload, _OnADay, prefix="rmd"):
    """⏰ Remind me on Thursday? under a log whose words named a day to come (its ordinal)."""

    contact_id: ContactId
    day: int  # the day to come the log's words named


class ReminderCancel(Payload, _OnADay, prefix="rmx"):
    """✖️ beside a planned reminder, which asks (pressed on the card or on /remind's list, so
    that one is redrawn after), then its confirmation: "yes" cancels it, "no" keeps it."""

    action: Literal["card", "list", "yes", "no"]
    contact_id: ContactId
    day: int  # the reminder's day


class FutureLog(Payload, _OnADay, prefix="flog"):
    """/log with a day to come: plan a reminder that day, log it as done today, or cancel."""

    action: Literal["plan", "today", "no"]
    contact_id: ContactId
    day: int  # the day to come that /log named


class HistoryButton(Payload, prefix="hist"):
    """The card's history: list the recent entries, pick one, delete it or keep it."""

    action: Literal["list", "pick", "del", "keep"]
    contact_id: ContactId
    key: MaybeEntryKey = ""


# -- an already-back stay (/leaving with a past day): its day and its people ---------------

StayWay = Literal["all", "before", "tag", "met"]


class BackDay(Payload, prefix="back:day"):
    """The leaving day picked when a day-month could be the recent past or next year's
    (the date's ordinal)."""

    day: int


class BackWho(Payload, prefix="back:who"):
    """The stay's people: everyone, a tag, or a word of how they were met; shows them."""

    day: int  # the leaving day's ordinal
    way: StayWay
    value: str = ""  # the tag or the word


class BackOk(Payload, prefix="back:ok"):
    """✅ under the preview of the stay's people: set the welcome-back plan."""

    day: int
    way: StayWay
    value: str = ""


class BackAgain(Payload, prefix="back:re"):
    """↩️ under the preview: choose the stay's people another way."""

    day: int


# -- a tag's rhythm (/rhythm #tag) ------------------------------------------------------------

RhythmSpec = Literal["1w", "2w", "1m", "3m", "6m", "1y", "off"]


class TagRhythmChoice(Payload, prefix="rhythm"):
    """A rhythm offered for a tag: "rhythm:2w:airbus"; "off" removes it."""

    spec: RhythmSpec
    tag: str


# -- the weekly review --------------------------------------------------------------------------


class ReviewDay(Payload, prefix="review:day"):
    """The review's weekday in /settings (ISO, 1 is Monday); 0 turns it off."""

    day: int

    def __post_init__(self) -> None:
        if not 0 <= self.day <= 7:
            raise ValueError(self.day)


class ReviewFavor(Payload, prefix="review:favor"):
    """An open favour named in the review: show it with its buttons."""

    favor_id: FavorId


class ReviewLog(Payload, prefix="review:log"):
    """✅ beside a slipping contact in the review: log an exchange now."""

    contact_id: ContactId

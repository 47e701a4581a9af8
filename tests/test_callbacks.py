"""The button codec: today's callback strings, round trips, refusals and routing."""

from __future__ import annotations

from datetime import time
from typing import Literal, get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import CallbackQuery, Update, User

from bot.callbacks import (
    MAX_BYTES,
    AskAgain,
    AskedButton,
    BackAgain,
    BackDay,
    BackOk,
    BackWho,
    ContactAction,
    ContactVerb,
    DailyMax,
    DaysPreset,
    DayToggle,
    EraseChoice,
    ExportChoice,
    FavorDone,
    FavorDrop,
    FavorLater,
    FavorUndrop,
    FormAnswer,
    FutureLog,
    HistoryButton,
    HourChoice,
    IdeaButton,
    ImportButton,
    ImportPage,
    ImportToggle,
    ListPage,
    MergeChoice,
    NudgeAnswer,
    NudgePause,
    Payload,
    PickLanguage,
    ReminderCancel,
    RemindOffer,
    RestoreChoice,
    ReviewDay,
    ReviewFavor,
    ReviewLog,
    SettingsMenu,
    SnoozeChoice,
    StayButton,
    TagRhythmChoice,
    UndoLog,
    WhichNudge,
    ZoneChoice,
    asked,
    fits,
    handler,
    matches,
    pack,
    payload_of,
    unpack,
    with_rest,
)
from bot.context import Context

KINDS = Payload.__subclasses__()
ID = "1a2b3c4d"

# Strings the bot sends today (and that sit in users' chats), with what they mean.
TODAY: list[tuple[str, Payload]] = [
    *((f"n:{a}:{ID}", NudgeAnswer(a, ID)) for a in ("done", "tmrw", "week", "skip", "idea")),
    (f"n:which:{ID}", WhichNudge(ID)),
    (f"n:pause:{ID}", NudgePause(ID)),
    (f"n:pause:{ID}:f", NudgePause(ID, undo=True)),
    ("favor:done:f0000001", FavorDone("f0000001")),
    *((f"{verb}:{ID}", ContactAction(verb, ID)) for verb in get_args(ContactVerb)),
    (f"tag:{ID}:airbus lyon", ContactAction("tag", ID, "airbus lyon")),
    (f"log:{ID}:Ré: 10:30 déjeuner", ContactAction("log", ID, "Ré: 10:30 déjeuner")),
    *((f"snooze:{ID}:{s}", SnoozeChoice(ID, s)) for s in ("1w", "2w", "1m", "0")),
    ("list:0", ListPage(0)),
    ("list:12:f", ListPage(12, filtered=True)),
    (f"idea:{ID}", IdeaButton(ID)),
    (f"idea:{ID}:idea-anniversary-4", IdeaButton(ID, "idea-anniversary-4")),
    ("asked:lea1", AskedButton("lea1")),
    ("asked:lea1:data science Berlin", AskedButton("lea1", "data science Berlin")),
    ("asked:lea1:Ré: 10:30 à Montréal", AskedButton("lea1", "Ré: 10:30 à Montréal")),
    ("ask2:job:data science Berlin", AskAgain("job", "data science Berlin")),
    ("ask2:same", AskAgain("same")),
    ("favor:wait:1a2b3c4d", FavorLater("1a2b3c4d")),
    ("favor:drop:1a2b3c4d", FavorDrop("1a2b3c4d")),
    ("favor:undo:1a2b3c4d", FavorUndrop("1a2b3c4d")),
    *((f"set:{item}", SettingsMenu(item)) for item in ("tz", "hour", "days", "max", "mode")),
    ("set:lang", SettingsMenu("lang")),
    ("lang:fr", PickLanguage("fr")),
    ("lang:en", PickLanguage("en")),
    ("tz:Europe/Paris", ZoneChoice("Europe/Paris")),
    ("tz:America/Argentina/Buenos_Aires", ZoneChoice("America/Argentina/Buenos_Aires")),
    ("tz:America/Port-au-Prince", ZoneChoice("America/Port-au-Prince")),
    ("hour:07:00", HourChoice(time(7))),
    ("hour:20:00", HourChoice(time(20))),
    ("days:toggle:1", DayToggle(1)),
    ("days:toggle:7", DayToggle(7)),
    *((f"days:{c}", DaysPreset(c)) for c in ("all", "weekdays", "done")),
    ("max:1", DailyMax(1)),
    ("max:10", DailyMax(10)),
    ("stay:taper", StayButton("taper")),
    ("stay:forget", StayButton("forget")),
    *((f"imp:{action}", ImportButton(action)) for action in ("go", "set", "no", "undo", "pick")),
    ("imp:t:12:0", ImportToggle(12, 0)),
    ("imp:p:3", ImportPage(3)),
    *((f"form:cad:{s}", FormAnswer("cad", s)) for s in ("1w", "2w", "1m", "3m", "6m", "1y")),
    *((f"form:last:{c}", FormAnswer("last", c)) for c in ("0", "7", "30", "91", "long")),
    ("form:place:0", FormAnswer("place", "0")),
    ("form:place:keep", FormAnswer("place", "keep")),
    ("form:field:reminder", FormAnswer("field", "reminder")),
    (f"form:open:{ID}", FormAnswer("open", ID)),
    *((f"form:{a}", FormAnswer(a)) for a in ("skip", "save", "fields", "twin", "cancel")),
    *((f"export:{kind}", ExportChoice(kind)) for kind in ("json", "vcf", "csv")),
    *((f"deleteme:{a}", EraseChoice(a)) for a in ("yes", "no")),
    *((f"restore:{a}", RestoreChoice(a)) for a in ("yes", "no")),
    *((f"merge:{a}:{ID}:b0000002", MergeChoice(a, ID, "b0000002")) for a in ("yes", "no")),
    (f"undo:{ID}:69a5493f", UndoLog(ID, "69a5493f")),
    (f"rmd:{ID}:739680", RemindOffer(ID, 739680)),
    *(
        (f"rmx:{a}:{ID}:739680", ReminderCancel(a, ID, 739680))
        for a in ("card", "list", "yes", "no")
    ),
    *((f"flog:{a}:{ID}:739680", FutureLog(a, ID, 739680)) for a in ("plan", "today", "no")),
    (f"hist:list:{ID}", HistoryButton("list", ID)),
    *((f"hist:{a}:{ID}:e1", HistoryButton(a, ID, "e1")) for a in ("pick", "del", "keep")),
    ("back:day:739952", BackDay(739952)),
    ("back:who:739952:all", BackWho(739952, "all")),
    ("back:who:739952:tag:airbus", BackWho(739952, "tag", "airbus")),
    ("back:who:739952:met:hambourg", BackWho(739952, "met", "hambourg")),
    ("back:ok:739952:met:hambourg", BackOk(739952, "met", "hambourg")),
    ("back:ok:739952:all", BackOk(739952, "all")),
    ("back:re:739952", BackAgain(739952)),
    *((f"rhythm:{s}:airbus", TagRhythmChoice(s, "airbus")) for s in ("2w", "1y", "off")),
    ("set:review", SettingsMenu("review")),
    *((f"review:day:{d}", ReviewDay(d)) for d in (0, 1, 7)),
    ("review:favor:f0000001", ReviewFavor("f0000001")),
    (f"review:log:{ID}", ReviewLog(ID)),
]

FORGED = [
    "",
    f"rmd:{ID}:0",  # no day has the ordinal 0
    f"undo:{ID}:",
    "n",
    "n:",
    f"n:done:{ID}:extra",
    "n:done:",
    f"n:snooze:{ID}",
    "n:done:ab/cd",
    "n:done:" + "a" * 17,
    f"favor:done:{ID}:x",
    f"N:done:{ID}",
    f"edit:{ID}:x",
    f"card:{ID}:x",  # only the name choices of /log, /tag and /untag carry words
    f"tag:{ID}:",
    f"asked:{ID}:",  # an empty topic is spelled without its ":"
    f"delete:{ID}",
    f"snooze:{ID}:3w",
    f"snooze:{ID}",
    "list:-1",
    "list:03",
    "list:3:",
    "list:3:g",
    "list:1234567",
    "list:x",
    f"idea:{ID}:",
    f"idea:{ID}:a b",
    "set:colour",
    "set:tz:x",
    "lang:de",
    "lang:",
    "tz:Mars/Olympus",
    "tz:Europe/Paris:x",
    "hour:7:00",
    "hour:24:00",
    "hour:07:60",
    "hour:07",
    "days:toggle:0",
    "days:toggle:8",
    "days:toggle:",
    "days:none",
    "max:0",
    "max:11",
    "max:99",
    "stay:",
    "form:cad:10d",
    "form:place:-1",
    "form:field:colour",
    "form:open:",
    "form:save:now",
    "form:delete",
    "form",
    "asked:lea1:" + "x" * 60,  # over 64 bytes: Telegram never sends it
    "back:day:",
    "back:day:-3",
    "back:who:739952:everyone",
    "back:who:739952",
    "back:ok:739952:all:",
    "rhythm:10d:airbus",
    "rhythm:2w",
    "review:day:8",
    "review:day:01",
    "review:log:",
]


@pytest.mark.parametrize(("data", "payload"), TODAY)
def test_todays_strings_decode_and_pack_back(data: str, payload: Payload) -> None:
    assert unpack(data) == payload
    assert pack(payload) == data


@pytest.mark.parametrize("data", FORGED)
def test_malformed_or_forged_data_decodes_to_nothing(data: str) -> None:
    assert unpack(data) is None


@pytest.mark.parametrize("data", [None, 42, b"n:done:1a2b3c4d", object(), ("n", "done")])
def test_data_that_is_not_text_decodes_to_nothing(data: object) -> None:
    assert unpack(data) is None


def test_every_payload_class_is_covered_by_todays_strings() -> None:
    assert {type(payload) for _, payload in TODAY} == set(KINDS)


ids = st.from_regex(r"[0-9a-f]{8}", fullmatch=True) | st.from_regex(
    r"[0-9A-Za-z_-]{1,16}", fullmatch=True
)
PAYLOADS = st.one_of(
    st.builds(NudgeAnswer, st.sampled_from(["done", "tmrw", "week", "skip", "idea"]), ids),
    st.builds(WhichNudge, ids),
    st.builds(NudgePause, ids, st.booleans()),
    st.builds(FavorDone, ids),
    st.builds(ContactAction, st.sampled_from(get_args(ContactVerb)), ids),
    st.builds(SnoozeChoice, ids, st.sampled_from(["1w", "2w", "1m", "0"])),
    st.builds(ListPage, st.integers(0, 999_999), st.booleans()),
    st.builds(IdeaButton, ids, st.from_regex(r"[0-9A-Za-z_.-]{0,30}", fullmatch=True)),
    st.builds(asked, ids, st.text(max_size=60)),  # the topic only when it fits
    st.builds(HourChoice, st.times().map(lambda at: at.replace(second=0, microsecond=0))),
    st.builds(DayToggle, st.integers(1, 7)),
    st.builds(DailyMax, st.integers(1, 10)),
    st.builds(FormAnswer, st.just("open"), ids),
    st.builds(FormAnswer, st.just("place"), st.integers(0, 99).map(str)),
)


@given(PAYLOADS)
def test_every_payload_survives_the_round_trip(payload: Payload) -> None:
    data = pack(payload)
    assert len(data.encode()) <= MAX_BYTES
    assert unpack(data) == payload


@given(st.text(max_size=80))
def test_unpack_never_raises_and_accepts_one_spelling_only(data: str) -> None:
    payload = unpack(data)
    assert payload is None or pack(payload) == data


@given(
    st.sampled_from([data for data, _ in TODAY]),
    st.integers(0, 40),
    st.integers(0, 3),
    st.text(alphabet=st.sampled_from(":0f-x/é"), max_size=3),
)
def test_near_misses_of_real_data_never_raise(data: str, at: int, cut: int, put: str) -> None:
    changed = data[:at] + put + data[at + cut :]
    payload = unpack(changed)
    assert payload is None or pack(payload) == changed


def test_pack_refuses_data_over_64_bytes() -> None:
    too_long = AskedButton("lea1", "é" * 27)  # 38 characters but 65 bytes: bytes count
    assert fits(too_long) is False
    with pytest.raises(ValueError, match="65 bytes"):
        pack(too_long)


def test_the_topic_rides_along_only_while_it_fits() -> None:
    fitting = "x" * (MAX_BYTES - len("asked:1a2b3c4d:"))
    assert pack(asked(ID, fitting)) == f"asked:{ID}:{fitting}"
    assert pack(asked(ID, fitting + "x")) == f"asked:{ID}"
    assert pack(asked(ID, "é" * (len(fitting) // 2 + 1))) == f"asked:{ID}"


def test_the_words_after_a_name_ride_along_only_while_they_fit() -> None:
    fitting = "x" * (MAX_BYTES - len("tag:1a2b3c4d:"))
    assert pack(with_rest("tag", ID, fitting)) == f"tag:{ID}:{fitting}"
    assert pack(with_rest("tag", ID, fitting + "x")) == f"tag:{ID}"
    assert pack(with_rest("log", ID, "")) == f"log:{ID}"
    assert pack(with_rest("remove", ID, "airbus")) == f"remove:{ID}"
    with pytest.raises(ValueError, match="airbus"):
        ContactAction("card", ID, "airbus")


@pytest.mark.parametrize(
    "payload",
    [
        NudgeAnswer("snooze", ID),  # type: ignore[arg-type]
        ContactAction("edit", f"{ID}:x"),
        ContactAction("edit", ""),
        SettingsMenu("colour"),  # type: ignore[arg-type]
        ListPage(-1),
        HourChoice(time(7, 30, 15)),
        IdeaButton(ID, "two words"),
        AskedButton("lea:1", "topic"),
    ],
)
def test_pack_refuses_values_out_of_their_type(payload: Payload) -> None:
    with pytest.raises(ValueError, match="does not survive"):
        pack(payload)


@pytest.mark.parametrize(
    "build",
    [
        lambda: DailyMax(11),
        lambda: DayToggle(0),
        lambda: ZoneChoice("Mars/Olympus"),
        lambda: FormAnswer("cad", "10d"),
        lambda: FormAnswer("save", "now"),
    ],
)
def test_payloads_check_their_own_values(build: object) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (each payload says what was wrong)
        build()  # type: ignore[operator]


def test_an_unregistered_payload_is_refused() -> None:
    with pytest.raises(ValueError, match="not a registered"):
        pack(Payload())


def test_free_text_may_only_come_last() -> None:
    with pytest.raises(TypeError, match="last field"):

        class _Bad(Payload, prefix="bad"):
            text: str
            contact_id: str


@pytest.mark.parametrize(("data", "payload"), TODAY)
def test_a_pattern_matches_its_own_kind_only(data: str, payload: Payload) -> None:
    for kind in KINDS:
        assert matches(kind)(data) is isinstance(payload, kind), kind


def _press(data: str) -> Update:
    user = User(1, "Léa", is_bot=False)
    return Update(1, callback_query=CallbackQuery("q1", user, "chat", data=data))


async def _ignore(update: Update, context: Context) -> None:
    return None


def test_handlers_route_on_the_type_and_the_condition() -> None:
    idea = handler(NudgeAnswer, _ignore, when=lambda answer: answer.action == "idea")
    answers = handler(NudgeAnswer, _ignore, when=lambda answer: answer.action != "idea")
    assert idea.check_update(_press(f"n:idea:{ID}"))
    assert not idea.check_update(_press(f"n:done:{ID}"))
    assert answers.check_update(_press(f"n:done:{ID}"))
    assert not answers.check_update(_press(f"n:which:{ID}"))
    assert not answers.check_update(_press("n:done:" + "a" * 17))


def test_the_handler_reads_its_typed_payload() -> None:
    update = _press(f"snooze:{ID}:2w")
    assert payload_of(update, SnoozeChoice) == SnoozeChoice(ID, "2w")
    assert payload_of(update, ContactAction) is None
    assert payload_of(_press("snooze:forged"), SnoozeChoice) is None
    assert payload_of(Update(2), SnoozeChoice) is None


def test_data_two_kinds_could_read_is_refused() -> None:
    class _One(Payload, prefix="zz"):
        value: Literal["same"]

    class _Other(Payload, prefix="zz"):
        value: Literal["same", "other"]

    assert unpack("zz:same") is None  # a registry mistake: fail closed, not first come
    assert unpack("zz:other") == _Other("other")

"""`garder-contact try` as a newcomer meets it: the real process, its page in headless Chromium.

Everything goes through the page, the way a person clicks: onboarding, /add with its buttons,
a shared contact card, the clock jump, the nudge it brings, ✅. Each step waits for the page to
change (a new message, an edited one), so a press that reaches nobody fails the test.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
WAIT_SECONDS = 10.0
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=900,1000",
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian's chromium and chromium-driver (bash .ci/run installs them)",
    ),
]

Row = dict[str, Any]
_ROWS = """
const plain = (node) => node.innerText.replace(/[\\u00a0\\u202f]/g, ' ');
return [...document.querySelectorAll('#messages .row')].map((row) => ({
  id: Number(row.dataset.id),
  out: row.classList.contains('out'),
  text: plain(row.querySelector('.bubble')),
  buttons: [...row.querySelectorAll('.inline-row button')].map(plain),
}));
"""


@dataclass(frozen=True)
class Script:
    """What the newcomer clicks and reads, in one language."""

    accept_language: str
    jump: str
    greeting: str
    where: str
    hour_question: str
    hour: str
    all_set: str
    ask_name: str
    ask_met: str
    skip: str
    cadence: str
    last: str
    save: str
    saved: str
    card_question: str
    cancelled: str
    nudge: str
    done: str
    noted: str
    undo: str


FRENCH = Script(
    accept_language="fr-FR,fr",
    jump="⏩ Heure du prochain rappel",
    greeting="Salut Alex !",
    where="où habites-tu ?",
    hour_question="À quelle heure",
    hour="8 h",
    all_set="Tout est prêt !",
    ask_name="Comment s'appelle cette personne ?",
    ask_met="Comment et où as-tu rencontré Marie Dupont ?",
    skip="Passer",
    cadence="Chaque mois",
    last="Il y a 3 mois",
    save="Enregistrer",
    saved="C'est enregistré",
    card_question="Comment et où as-tu rencontré Sam Martin ?",
    cancelled="Rien n'a été enregistré",
    nudge="C'est le moment d'écrire à Marie Dupont !",
    done="C'est fait",
    noted="C'est noté !",
    undo="↩️ Annuler",
)
ENGLISH = Script(
    accept_language="en-US,en",
    jump="⏩ Next nudge hour",
    greeting="Hi Alex!",
    where="where do you live?",
    hour_question="At what time of day",
    hour="08:00",
    all_set="You're all set!",
    ask_name="What's their name?",
    ask_met="How and where did you meet Marie Dupont?",
    skip="Skip",
    cadence="Every month",
    last="3 months ago",
    save="Save",
    saved="Marie Dupont is saved",
    card_question="How and where did you meet Sam Martin?",
    cancelled="Nothing was saved",
    nudge="Time to write to Marie Dupont!",
    done="Done",
    noted="Noted!",
    undo="↩️ Undo",
)


class Page:
    """The chat page, read and clicked like a person would, each step waiting for its effect."""

    def __init__(self, driver: WebDriver) -> None:
        self.driver = driver

    def rows(self) -> list[Row]:
        rows: list[Row] = self.driver.execute_script(_ROWS)
        return rows

    def wait(self, found: Callable[[], Any], what: str) -> Any:
        try:
            wait = WebDriverWait(self.driver, WAIT_SECONDS, poll_frequency=0.05)
            return wait.until(lambda _: found())
        except Exception as error:
            shown = "\n".join(f"  {'>' if r['out'] else '<'} {r['text']!r}" for r in self.rows())
            raise AssertionError(f"the page never showed {what}; it shows:\n{shown}") from error

    def message(self, text: str, *, after: int = 0) -> Row:
        """The newest bot message containing `text` (waits for it), newer than id `after`."""

        def newest() -> Row | None:
            return next(
                (
                    row
                    for row in reversed(self.rows())
                    if not row["out"] and row["id"] > after and text in row["text"]
                ),
                None,
            )

        row: Row = self.wait(newest, repr(text))
        return row

    def last_id(self) -> int:
        rows = self.rows()
        return int(rows[-1]["id"]) if rows else 0

    def type(self, text: str) -> None:
        self.driver.find_element(By.ID, "input").send_keys(text, Keys.ENTER)

    def press(self, row: Row, label: str) -> None:
        """Click the inline button of that message whose label contains `label` (found again
        if the message was redrawn meanwhile, as a person would see it redrawn)."""
        css = f'.row[data-id="{row["id"]}"] .inline-row button'
        for _ in range(3):
            try:
                for button in self.driver.find_elements(By.CSS_SELECTOR, css):
                    if label in button.text.replace("\u00a0", " "):
                        button.click()
                        return
            except StaleElementReferenceException:
                continue
            break
        raise AssertionError(f"no button {label!r} under {row['text']!r}: {row['buttons']}")

    def formatted(self, row: Row, tag: str) -> list[str]:
        """The texts of that message drawn with `tag` (strong, em, code...)."""
        css = f'.row[data-id="{row["id"]}"] .text {tag}'
        return [
            e.text.replace("\u00a0", " ") for e in self.driver.find_elements(By.CSS_SELECTOR, css)
        ]

    def click(self, css: str) -> None:
        self.driver.find_element(By.CSS_SELECTOR, css).click()

    def text_of(self, css: str) -> str:
        return str(self.driver.find_element(By.CSS_SELECTOR, css).text)


def start_playground(folder: Path) -> subprocess.Popen[str]:
    """`python -m bot try` on a free port, in `folder` (so its data goes to ./try-data)."""
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "try", "--port", "0"],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(Path.cwd())},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def url_of(process: subprocess.Popen[str]) -> str:
    """The URL in the one line the playground prints."""
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+/", line)
    assert found is not None, f"no URL in {line!r}"
    return found.group(0)


def chromium(profile: Path, accept_language: str) -> WebDriver:
    """A fresh headless Chromium whose language is `accept_language`."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--lang={accept_language.split(',', maxsplit=1)[0]}")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_experimental_option("prefs", {"intl.accept_languages": accept_language})
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)


@pytest.fixture(params=[FRENCH, ENGLISH], ids=["fr", "en"])
def say(request: pytest.FixtureRequest) -> Script:
    """The newcomer's language, and what they read and click in it."""
    script: Script = request.param
    return script


@pytest.fixture
def page(tmp_path: Path, say: Script) -> Iterator[Page]:
    """The playground's page, open in a browser set to the newcomer's language. Chromium
    starts while the playground does; both are stopped after the test, the playground with
    SIGTERM, which must end it cleanly."""
    process = start_playground(tmp_path)
    try:
        with ThreadPoolExecutor(2) as pool:
            url = pool.submit(url_of, process)
            browser = pool.submit(chromium, tmp_path / "chromium", say.accept_language)
            driver = browser.result(timeout=60)
        try:
            driver.get(url.result(timeout=60))
            yield Page(driver)
        finally:
            driver.quit()
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    assert (tmp_path / "try-data" / "users").is_dir()  # the data went to ./try-data


def test_a_newcomer_gets_a_nudge_in_the_playground_and_answers_it(page: Page, say: Script) -> None:
    page.wait(lambda: page.text_of("#jump-nudge") == say.jump, "its own buttons translated")

    page.click("#start-button")  # a new chat has START instead of the input, as in Telegram
    page.message(say.greeting)
    where = page.message(say.where)
    assert page.formatted(where, "em") == ["Lyon", "Montréal"]
    keyboard = page.text_of("#keyboard")
    assert "📍" in keyboard, keyboard  # the reply keyboard's location button
    if say is FRENCH:
        page.type("montréal")
    else:  # 📍 opens the location sheet; Lyon is one of its places
        page.click("#keyboard .keyboard-row button")
        page.click("#places button:nth-child(2)")
        page.click("#location-dialog button.primary")
    hours = page.message(say.hour_question)
    page.press(hours, say.hour)
    assert say.hour in page.formatted(page.message(say.all_set), "strong")

    page.type("/add")
    page.message(say.ask_name)
    page.type("Marie Dupont")
    question = page.message(say.ask_met)
    for _ in range(6):  # how they met, place, work, interests, channels, birthday
        page.press(question, say.skip)
        question = page.message("", after=question["id"])
    page.press(question, say.cadence)
    question = page.message("", after=question["id"])
    page.press(question, say.last)
    summary = page.message("Marie Dupont", after=question["id"])
    page.press(summary, say.save)
    page.message(say.saved, after=summary["id"])

    page.click("#attach-button")
    page.click("#attach-contact")
    sheet = page.driver.find_element(By.CSS_SELECTOR, "#contact-dialog form")
    for name, value in (("first_name", "Sam"), ("last_name", "Martin")):
        field = sheet.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)
    sheet.find_element(By.CSS_SELECTOR, "button.primary").click()
    page.wait(
        lambda: any(row["out"] and "Sam Martin" in row["text"] for row in page.rows()),
        "the shared card in the chat",
    )
    page.message(say.card_question)
    page.type("/cancel")
    page.message(say.cancelled)

    page.click("#jump-nudge")  # the clock moves to the nudge hour, unless it is past today
    nudge = page.message(say.nudge)
    page.press(nudge, say.done)
    answered = page.wait(
        lambda: next(
            (r for r in page.rows() if r["id"] == nudge["id"] and say.noted in r["text"]), None
        ),
        "the nudge edited to say it is noted",
    )
    assert answered["buttons"] == [say.undo], "the nudge's buttons give way to Undo"

    today = page.text_of("#clock-now")
    page.click("#jump-day")
    page.wait(lambda: page.text_of("#clock-now") != today, "the clock a day later")

// The playground's chat page: draws the emulator's view of the chat, posts what the user does.
// Plain browser JavaScript, no build step. Offsets of Telegram entities are UTF-16 code units,
// which is what JavaScript strings index, so entities apply to `text` as they are.
"use strict";

const WORDS = {
  fr: {
    status: "bot · sur ta machine, sans Telegram",
    about: "Que peut faire ce bot\u00a0?",
    start: "Démarrer",
    intro:
      "Ceci est un Telegram local\u00a0: le vrai bot tourne sur ta machine, sans réseau ni jeton. " +
      "Appuie sur DÉMARRER pour commencer, puis envoie /add pour ajouter quelqu'un.",
    menu: "Menu",
    placeholder: "Message",
    send: "Envoyer",
    attach: "Joindre",
    keyboard: "Clavier",
    "attach-file": "📄 Fichier",
    "attach-contact": "👤 Contact",
    "attach-location": "📍 Position",
    "contact-title": "Partager un contact",
    "first-name": "Prénom",
    "last-name": "Nom",
    phone: "Téléphone",
    "location-title": "Partager une position",
    latitude: "Latitude",
    longitude: "Longitude",
    share: "Partager",
    cancel: "Annuler",
    replying: "Réponse à Garder Contact",
    reply: "Répondre",
    edited: "modifié",
    "clock-title": "L'heure du bot",
    "jump-nudge": "⏩ Heure du prochain rappel",
    "jump-day": "+1 jour",
    "next-nudge": "Prochain rappel\u00a0: {when}",
    "no-nudge": "Aucun rappel prévu",
    "nothing-planned": "Aucun rappel prévu\u00a0: envoie /start et choisis ton heure d'abord.",
    "nothing-due":
      "Personne à relancer à cette heure-là. Ajoute quelqu'un avec /add, en disant que vous " +
      "vous êtes parlé il y a quelques mois.",
    "share-phone": "Partager ton numéro de téléphone avec Garder Contact\u00a0?",
    "my-location": "Ma position",
    contact: "Contact",
    location: "Position",
    file: "Fichier",
    offline: "Connexion au playground perdue, nouvelle tentative…",
  },
  en: {
    status: "bot · on your machine, no Telegram needed",
    about: "What can this bot do?",
    start: "Start",
    intro:
      "This is a local Telegram: the real bot runs on your machine, with no network and no " +
      "token. Tap START to begin, then send /add to add someone.",
    menu: "Menu",
    placeholder: "Message",
    send: "Send",
    attach: "Attach",
    keyboard: "Keyboard",
    "attach-file": "📄 File",
    "attach-contact": "👤 Contact",
    "attach-location": "📍 Location",
    "contact-title": "Share a contact",
    "first-name": "First name",
    "last-name": "Last name",
    phone: "Phone",
    "location-title": "Share a location",
    latitude: "Latitude",
    longitude: "Longitude",
    share: "Share",
    cancel: "Cancel",
    replying: "Reply to Garder Contact",
    reply: "Reply",
    edited: "edited",
    "clock-title": "The bot's time",
    "jump-nudge": "⏩ Next nudge hour",
    "jump-day": "+1 day",
    "next-nudge": "Next nudge: {when}",
    "no-nudge": "No nudge planned",
    "nothing-planned": "No nudge planned yet: send /start and pick your hour first.",
    "nothing-due":
      "No one to nudge at that hour. Add someone with /add, saying you last talked a few " +
      "months ago.",
    "share-phone": "Share your phone number with Garder Contact?",
    "my-location": "My location",
    contact: "Contact",
    location: "Location",
    file: "File",
    offline: "Lost the playground's connection, trying again…",
  },
};

const PLACES = [
  ["Paris", 48.8566, 2.3522],
  ["Lyon", 45.764, 4.8357],
  ["Montréal", 45.5019, -73.5674],
  ["Berlin", 52.52, 13.405],
  ["Tokyo", 35.6762, 139.6503],
];

const $ = (id) => document.getElementById(id);
const state = {
  lang: pickLanguage(),
  etag: "",
  view: null,
  replyTo: null, // {id, text}
  keyboardOpen: null, // null: as the bot set it (a one-time keyboard folds once answered)
  keyboardId: null,
  seenToast: undefined,
  commandIndex: -1,
};

function pickLanguage() {
  const chosen = localStorage.getItem("garder-contact-lang");
  if (chosen === "fr" || chosen === "en") return chosen;
  return (navigator.language || "en").toLowerCase().startsWith("fr") ? "fr" : "en";
}

function t(key, args = {}) {
  const text = (WORDS[state.lang] || WORDS.en)[key] || WORDS.en[key] || key;
  return text.replace(/\{(\w+)\}/g, (_, name) => args[name] ?? "");
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// -- talking to the emulator -----------------------------------------------------------------
async function act(name, body, isForm = false) {
  const options = { method: "POST" };
  if (isForm) {
    options.body = body;
  } else {
    options.body = JSON.stringify(body || {});
    options.headers = { "Content-Type": "application/json" };
  }
  const response = await fetch(`/chat/api/${name}?lang=${state.lang}`, options);
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()).result;
}

async function poll() {
  for (;;) {
    try {
      const response = await fetch(`/chat/api/view?since=${encodeURIComponent(state.etag)}`);
      if (!response.ok) throw new Error(String(response.status));
      const view = await response.json();
      if (view.etag !== state.etag) {
        state.etag = view.etag;
        state.view = view;
        render(view);
      }
    } catch (error) {
      toast(t("offline"));
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

// -- page language ---------------------------------------------------------------------------
function applyLanguage() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll("[data-t-title]")) node.title = t(node.dataset.tTitle);
  for (const node of document.querySelectorAll("[data-t-placeholder]")) {
    node.placeholder = t(node.dataset.tPlaceholder);
  }
  for (const button of document.querySelectorAll(".langs button")) {
    button.classList.toggle("active", button.dataset.lang === state.lang);
  }
  if (state.view) render(state.view);
}

async function setLanguage(lang) {
  state.lang = lang;
  localStorage.setItem("garder-contact-lang", lang);
  applyLanguage();
  await act("language"); // the user's Telegram app language, for the bot and the menu
}

// -- rendering the chat ----------------------------------------------------------------------
function zone() {
  return (state.view && state.view.clock && state.view.clock.zone) || undefined;
}

function formatTime(seconds) {
  return new Intl.DateTimeFormat(state.lang, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone(),
  }).format(new Date(seconds * 1000));
}

function formatDay(milliseconds) {
  return new Intl.DateTimeFormat(state.lang, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: zone(),
  }).format(new Date(milliseconds));
}

function formatMoment(milliseconds) {
  return new Intl.DateTimeFormat(state.lang, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone(),
  }).format(new Date(milliseconds));
}

function render(view) {
  // Follow the chat down when it grows or was at the bottom, once the keyboard and the input
  // (which take room from it) are drawn too.
  const box = $("messages");
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  const before = box.querySelectorAll(".row").length;
  $("intro-about").hidden = !view.description;
  $("intro-description").textContent = view.description || "";
  renderMessages(view.messages);
  renderKeyboard(view.keyboard);
  renderMenuButton(view.commands);
  renderClock(view.clock);
  if (atBottom || view.messages.length !== before) box.scrollTop = box.scrollHeight;
  if (state.seenToast === undefined) {
    state.seenToast = view.toast ? view.toast.id : null; // old answers are not news
  } else if (view.toast && view.toast.id !== state.seenToast) {
    state.seenToast = view.toast.id;
    if (view.toast.alert) showAlert(view.toast.text);
    else toast(view.toast.text);
  }
}

// Messages are redrawn only when they changed (an edit, the page's language or zone), so a
// button under an unchanged message stays the same element while the chat moves on.
const drawn = new Map(); // key -> node, for the messages and day chips on the page

function renderMessages(messages) {
  const box = $("messages");
  $("intro").hidden = messages.length > 0;
  $("start-button").hidden = messages.length > 0; // a new chat starts with START, as in Telegram
  $("composer").hidden = messages.length === 0;
  const wanted = [];
  let lastDay = "";
  for (const message of messages) {
    const day = formatDay(message.date * 1000);
    if (day !== lastDay) {
      wanted.push([`day ${day}`, () => el("div", "day", day)]);
      lastDay = day;
    }
    const key = JSON.stringify([message, state.lang, zone()]);
    wanted.push([key, () => renderMessage(message)]);
  }
  const keep = new Map();
  const nodes = wanted.map(([key, make]) => {
    const node = drawn.get(key) || make();
    keep.set(key, node);
    return node;
  });
  for (const [key, node] of drawn) if (!keep.has(key)) node.remove();
  drawn.clear();
  for (const [key, node] of keep) drawn.set(key, node);
  nodes.forEach((node, index) => {
    const at = box.children[index + 1]; // after the intro
    if (at !== node) box.insertBefore(node, at || null);
  });
  for (const pending of box.querySelectorAll(".pending")) pending.classList.remove("pending");
}

function renderMessage(message) {
  const row = el("div", message.out ? "row out" : "row in");
  row.dataset.id = message.id;
  const bubble = el("div", "bubble");
  row.append(bubble);
  if (message.reply_to) bubble.append(el("div", "quote", message.reply_to.text));
  if (message.document) bubble.append(documentBlock(message.document));
  if (message.contact) bubble.append(contactBlock(message.contact));
  if (message.location) bubble.append(locationBlock(message.location));
  const text = el("div", "text");
  text.append(renderEntities(message.text, message.entities || []));
  bubble.append(text);
  const meta = el("span", "meta");
  meta.textContent = (message.edited ? `${t("edited")} ` : "") + formatTime(message.date);
  if (message.out) meta.append(el("span", "ticks", "✓✓")); // the bot has read it
  if (!message.out) {
    const reply = el("button", "reply-action", "↩");
    reply.type = "button";
    reply.title = t("reply");
    reply.addEventListener("click", () => startReply(message));
    meta.append(reply);
  }
  if (text.textContent) text.append(meta);
  else bubble.append(meta);
  if (message.buttons && message.buttons.length) row.append(inlineKeyboard(message));
  return row;
}

function attachment(badge, label, sub, href) {
  const block = el("div", "attachment");
  block.append(el("div", "badge", badge));
  const words = el("div");
  const title = el(href ? "a" : "div", "label", label);
  if (href) {
    title.href = href;
    title.download = label;
  }
  words.append(title, el("div", "sub", sub));
  block.append(words);
  return block;
}

function documentBlock(document_) {
  const size = document_.size < 1024 ? `${document_.size} B` : `${(document_.size / 1024).toFixed(1)} kB`;
  return attachment("📄", document_.name, size, document_.url);
}

function contactBlock(contact) {
  const name = [contact.first_name, contact.last_name].filter(Boolean).join(" ");
  return attachment("👤", name, contact.phone_number);
}

function locationBlock(location) {
  const where = `${location.latitude.toFixed(4)}, ${location.longitude.toFixed(4)}`;
  return attachment("📍", t("location"), where);
}

function inlineKeyboard(message) {
  const keyboard = el("div", "inline-keyboard");
  for (const row of message.buttons) {
    const line = el("div", "inline-row");
    for (const button of row) {
      if (button.url) {
        const link = el("a", "", button.text);
        link.href = safeHref(button.url);
        link.target = "_blank";
        link.rel = "noopener";
        line.append(link);
        continue;
      }
      const press = el("button", "", button.text);
      press.type = "button";
      press.addEventListener("click", async () => {
        press.classList.add("pending"); // until the bot answers (the next redraw)
        try {
          await act("press", { message_id: message.id, data: button.data });
        } catch (error) {
          press.classList.remove("pending");
          toast(String(error.message || error));
        }
      });
      line.append(press);
    }
    keyboard.append(line);
  }
  return keyboard;
}

// Entities nest (bold inside a quote...): each one wraps the entities inside its range.
function renderEntities(text, entities) {
  const sorted = [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
  return build(text, 0, text.length, sorted, true);
}

function build(text, start, end, entities, plain) {
  const fragment = document.createDocumentFragment();
  let position = start;
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index];
    if (entity.offset < position) continue; // inside an entity already drawn
    const stop = entity.offset + entity.length;
    fragment.append(plainText(text.slice(position, entity.offset), plain));
    const inner = entities.filter(
      (other) => other !== entity && other.offset >= entity.offset && other.offset + other.length <= stop,
    );
    const node = entityNode(entity, text.slice(entity.offset, stop));
    const literal = ["code", "pre", "text_link", "url", "email"].includes(entity.type);
    node.append(build(text, entity.offset, stop, inner, plain && !literal));
    fragment.append(node);
    position = stop;
  }
  fragment.append(plainText(text.slice(position, end), plain));
  return fragment;
}

function entityNode(entity, content) {
  switch (entity.type) {
    case "bold":
      return el("strong");
    case "italic":
      return el("em");
    case "underline":
      return el("u");
    case "strikethrough":
      return el("s");
    case "code":
      return el("code");
    case "pre": {
      const pre = el("pre");
      if (entity.language) pre.dataset.language = entity.language;
      return pre;
    }
    case "blockquote":
      return el("blockquote");
    case "expandable_blockquote": {
      const quote = el("blockquote", "expandable");
      quote.addEventListener("click", () => quote.classList.toggle("open"));
      return quote;
    }
    case "spoiler": {
      const spoiler = el("span", "spoiler");
      spoiler.addEventListener("click", () => spoiler.classList.add("revealed"));
      return spoiler;
    }
    case "text_link":
    case "url": {
      const link = el("a");
      link.href = safeHref(entity.url || content);
      link.target = "_blank";
      link.rel = "noopener";
      return link;
    }
    case "email": {
      const link = el("a");
      link.href = `mailto:${content}`;
      return link;
    }
    default:
      return el("span");
  }
}

// Links open only as web, mail or Telegram addresses: never "javascript:" from a message.
function safeHref(url) {
  try {
    const parsed = new URL(url, location.href);
    return ["http:", "https:", "mailto:", "tg:"].includes(parsed.protocol) ? parsed.href : "#";
  } catch (error) {
    return "#";
  }
}

// What Telegram's apps make tappable in plain text: /commands (sent when tapped) and links.
const TAPPABLE = /(\/[a-zA-Z0-9_]{1,32}(?![\w\/])|https?:\/\/[^\s<>"]+)/g;

function plainText(text, plain) {
  const fragment = document.createDocumentFragment();
  if (!plain) {
    fragment.append(text);
    return fragment;
  }
  let position = 0;
  for (const match of text.matchAll(TAPPABLE)) {
    const before = match.index === 0 ? "" : text[match.index - 1];
    if (match[0].startsWith("/") && before && !/\s|[(«"]/.test(before)) continue;
    fragment.append(text.slice(position, match.index));
    if (match[0].startsWith("/")) {
      const command = el("span", "command", match[0]);
      command.addEventListener("click", () => sendText(match[0]));
      fragment.append(command);
    } else {
      const link = el("a", "", match[0]);
      link.href = match[0];
      link.target = "_blank";
      link.rel = "noopener";
      fragment.append(link);
    }
    position = match.index + match[0].length;
  }
  fragment.append(text.slice(position));
  return fragment;
}

// -- reply keyboard, command menu, clock -----------------------------------------------------
function renderKeyboard(keyboard) {
  const box = $("keyboard");
  box.replaceChildren();
  if (!keyboard) {
    box.hidden = true;
    $("keyboard-button").hidden = true;
    $("input").placeholder = t("placeholder");
    return;
  }
  if (keyboard.message_id !== state.keyboardId) {
    state.keyboardId = keyboard.message_id; // a new keyboard opens
    state.keyboardOpen = null;
  }
  const open = state.keyboardOpen ?? !keyboard.folded;
  for (const row of keyboard.rows) {
    const line = el("div", "keyboard-row");
    for (const button of row) {
      const key = el("button", "", button.text);
      key.type = "button";
      key.addEventListener("click", () => keyboardPress(button));
      line.append(key);
    }
    box.append(line);
  }
  box.hidden = !open;
  $("keyboard-button").hidden = false;
  $("input").placeholder = keyboard.placeholder || t("placeholder");
}

async function keyboardPress(button) {
  if (button.request_contact) {
    if (!confirm(t("share-phone"))) return;
    const me = state.view.me;
    await act("contact", { phone_number: me.phone_number, first_name: me.first_name, mine: true });
  } else if (button.request_location) {
    openLocation();
  } else {
    await sendText(button.text);
  }
}

function renderMenuButton(commands) {
  $("menu-button").hidden = !commands || commands.length === 0;
  if (!$("commands").hidden) showCommands($("input").value);
}

function showCommands(filter) {
  const commands = (state.view && state.view.commands) || [];
  const typed = filter.startsWith("/") ? filter.slice(1).toLowerCase() : "";
  const shown = commands.filter((c) => c.command.startsWith(typed));
  const box = $("commands");
  box.replaceChildren();
  for (const command of shown) {
    const item = el("button", "command-item");
    item.type = "button";
    item.append(el("span", "cmd", `/${command.command}`), el("span", "desc", command.description));
    item.addEventListener("click", () => {
      hideCommands();
      sendText(`/${command.command}`);
    });
    box.append(item);
  }
  box.hidden = shown.length === 0;
}

function hideCommands() {
  $("commands").hidden = true;
}

function renderClock(clock) {
  $("clockbar").hidden = !clock;
  if (!clock) return;
  tickClock();
  $("clock-next").textContent = clock.next_nudge
    ? t("next-nudge", { when: formatMoment(Date.parse(clock.next_nudge)) })
    : t("no-nudge");
}

function tickClock() {
  const clock = state.view && state.view.clock;
  if (!clock) return;
  const zoneName = clock.zone ? ` · ${clock.zone}` : "";
  $("clock-now").textContent = `🕒 ${formatMoment(Date.now() + clock.ahead_ms)}${zoneName}`;
}

async function moveClock(action) {
  const result = await act("control", { action });
  if (result === "nothing-planned" || result === "nothing-due") toast(t(result));
}

// -- composing -------------------------------------------------------------------------------
async function sendText(text) {
  const body = { text };
  if (state.replyTo) body.reply_to = state.replyTo.id;
  cancelReply();
  state.keyboardOpen = null;
  await act("send", body);
}

function startReply(message) {
  state.replyTo = { id: message.id };
  $("replybar-quote").textContent = message.text;
  $("replybar").hidden = false;
  $("input").focus();
}

function cancelReply() {
  state.replyTo = null;
  $("replybar").hidden = true;
}

// A button answer with show_alert: a modal with OK, as Telegram's apps show it.
function showAlert(text) {
  $("alert-text").textContent = text;
  const dialog = $("alert-dialog");
  if (!dialog.open) dialog.showModal();
}

let toastTimer = 0;
function toast(text) {
  const box = $("toast");
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (box.hidden = true), 2500);
}

function openLocation() {
  const dialog = $("location-dialog");
  const form = dialog.querySelector("form");
  form.reset();
  dialog.showModal();
}

function wireDialogs() {
  const contact = $("contact-dialog");
  contact.addEventListener("close", async () => {
    if (contact.returnValue !== "share") return;
    const fields = new FormData(contact.querySelector("form"));
    await act("contact", Object.fromEntries(fields.entries()));
  });
  const location = $("location-dialog");
  const places = $("places");
  for (const [name, latitude, longitude] of PLACES) {
    const place = el("button", "", name);
    place.type = "button";
    place.addEventListener("click", () => {
      location.querySelector("[name=latitude]").value = latitude;
      location.querySelector("[name=longitude]").value = longitude;
    });
    places.append(place);
  }
  location.addEventListener("close", async () => {
    if (location.returnValue !== "share") return;
    const form = location.querySelector("form");
    await act("location", {
      latitude: Number(form.latitude.value),
      longitude: Number(form.longitude.value),
    });
  });
}

function wireComposer() {
  const input = $("input");
  const submit = async () => {
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    autosize();
    hideCommands();
    await sendText(text);
  };
  const autosize = () => {
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, 140)}px`;
  };
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      submit();
    } else if (event.key === "Escape") {
      hideCommands();
      cancelReply();
    }
  });
  input.addEventListener("input", () => {
    autosize();
    const value = input.value;
    if (value.startsWith("/") && !value.includes(" ")) showCommands(value);
    else hideCommands();
  });
  $("menu-button").addEventListener("click", () => {
    if ($("commands").hidden) showCommands("/");
    else hideCommands();
  });
  $("attach-button").addEventListener("click", () => {
    $("attach-menu").hidden = !$("attach-menu").hidden;
  });
  $("attach-file").addEventListener("click", () => {
    $("attach-menu").hidden = true;
    $("file-input").click();
  });
  $("attach-contact").addEventListener("click", () => {
    $("attach-menu").hidden = true;
    $("contact-dialog").showModal();
  });
  $("attach-location").addEventListener("click", () => {
    $("attach-menu").hidden = true;
    openLocation();
  });
  $("file-input").addEventListener("change", async () => {
    const file = $("file-input").files[0];
    if (!file) return;
    const form = new FormData();
    form.append("document", file, file.name);
    $("file-input").value = "";
    await act("file", form, true);
  });
  $("keyboard-button").addEventListener("click", () => {
    state.keyboardOpen = $("keyboard").hidden;
    if (state.view) renderKeyboard(state.view.keyboard);
  });
  $("reply-cancel").addEventListener("click", cancelReply);
  $("start-button").addEventListener("click", () => sendText("/start"));
  $("jump-nudge").addEventListener("click", () => moveClock("next-nudge"));
  $("jump-day").addEventListener("click", () => moveClock("next-day"));
  for (const button of document.querySelectorAll(".langs button")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
}

function start() {
  wireComposer();
  wireDialogs();
  applyLanguage();
  act("language").catch(() => {});
  setInterval(tickClock, 1000);
  poll();
}

start();

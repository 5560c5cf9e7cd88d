/*
 * dealbot chat widget. Embed with one tag:
 *   <script src="https://bot.example/widget.js" defer
 *           data-title="Ask dealbot" data-greeting="Hi!" data-position="bottom-right" data-color="#0b57d0"></script>
 * Plain ES2020, no dependencies, no build step. Everything lives in a Shadow DOM.
 * SECURITY: every string from the server is inserted with textContent / createTextNode, never as HTML;
 * the only links are citation `url`s, and only when they are http(s).
 */
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || window.__dealbotWidgetLoaded) return;
  window.__dealbotWidgetLoaded = true;

  const BOT = new URL(script.src, document.baseURI).origin;
  const data = script.dataset;
  const TITLE = (data.title || 'Ask dealbot').slice(0, 80);
  const GREETING = (data.greeting || 'Ask me about the April 2026 Microsoft–OpenAI partnership revision. '
    + 'I answer only from the news articles I have, with sources.').slice(0, 400);
  const LEFT = data.position === 'bottom-left';
  const COLOR = data.color && window.CSS && CSS.supports('color', data.color) ? data.color : '#0b57d0';
  const STORE_KEY = 'dealbot:conversation:' + BOT;

  const CSS_TEXT = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
.root { --accent: #0b57d0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; }
button, input { font: inherit; color: inherit; }
.launcher { position: fixed; bottom: 16px; right: 16px; z-index: 2147483646; display: inline-flex; align-items: center;
  gap: 8px; border: 0; border-radius: 999px; padding: 12px 18px; background: var(--accent); color: #fff;
  font-weight: 600; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.launcher svg { flex: none; width: 20px; height: 20px; fill: currentColor; }
.left .launcher, .left .panel { right: auto; left: 16px; }
.launcher:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible, a:focus-visible {
  outline: 3px solid #f9ab00; outline-offset: 2px; }
.panel { position: fixed; bottom: 16px; right: 16px; z-index: 2147483647; width: 380px; max-width: calc(100vw - 32px);
  height: 560px; max-height: calc(100vh - 32px); display: flex; flex-direction: column; background: #fff;
  border-radius: 14px; box-shadow: 0 10px 40px rgba(0,0,0,.3); overflow: hidden; }
.panel[hidden] { display: none; }
.head { display: flex; align-items: center; gap: 8px; padding: 10px 12px 10px 16px; background: var(--accent); color: #fff; }
.head h2 { flex: 1; margin: 0; font-size: 16px; font-weight: 600; }
.icon { border: 0; background: transparent; color: inherit; cursor: pointer; border-radius: 6px; padding: 4px 8px;
  font-size: 18px; line-height: 1; }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px; background: #f6f7f9; }
.msg { max-width: 92%; padding: 8px 12px; border-radius: 12px; overflow-wrap: anywhere; white-space: pre-wrap; }
.user { align-self: flex-end; background: var(--accent); color: #fff; border-bottom-right-radius: 4px; }
.bot { align-self: flex-start; background: #fff; border: 1px solid #dde1e6; border-bottom-left-radius: 4px; }
.greeting { color: #3c4043; }
.note { display: block; margin-bottom: 4px; font-size: 12px; font-weight: 600; text-transform: uppercase;
  letter-spacing: .03em; color: #5f6368; }
.unanswered { background: #fff8e1; border-color: #f3d37a; }
.error { background: #fdecea; border-color: #f2b8b5; }
.thinking .dots::after { content: '…'; animation: blink 1.2s steps(4, end) infinite; }
@keyframes blink { 0% { opacity: .2 } 50% { opacity: 1 } 100% { opacity: .2 } }
@media (prefers-reduced-motion: reduce) { .thinking .dots::after { animation: none; } }
.ref { border: 0; background: none; padding: 0 2px; color: var(--accent); font-size: .8em; vertical-align: super;
  cursor: pointer; text-decoration: underline; }
.sources { margin: 8px 0 0; padding: 8px 0 0; border-top: 1px solid #e3e6ea; list-style: none; white-space: normal;
  font-size: 13px; }
.sources li + li { margin-top: 4px; }
.sources summary { cursor: pointer; border-radius: 4px; }
.sources .num { font-weight: 600; color: var(--accent); }
.sources .src { font-weight: 600; }
.sources blockquote { margin: 6px 0 4px 14px; padding: 4px 10px; border-left: 3px solid var(--accent);
  background: #f6f7f9; font-style: italic; }
.sources a { color: var(--accent); }
.sources .stated { font-weight: 400; opacity: .75; }
.conflict { margin: 8px 0 0; padding: 6px 8px; border-left: 3px solid #b06000; background: #fff6e5; }
.feedback { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 8px; font-size: 13px;
  white-space: normal; color: #5f6368; }
.feedback button { border: 1px solid #b7bcc4; background: #fff; border-radius: 999px; padding: 2px 10px; cursor: pointer; }
.feedback button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.retry { margin-top: 8px; display: inline-block; border: 1px solid currentColor; background: #fff; color: #a50e0e;
  border-radius: 8px; padding: 4px 12px; cursor: pointer; }
.retry:disabled { opacity: .5; cursor: default; }
.form { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #e3e6ea; background: #fff; }
.form input { flex: 1; min-width: 0; padding: 9px 12px; border: 1px solid #b7bcc4; border-radius: 10px; background: #fff; }
.form button { border: 0; border-radius: 10px; padding: 9px 14px; background: var(--accent); color: #fff;
  font-weight: 600; cursor: pointer; }
.form button:disabled { opacity: .55; cursor: default; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 480px) {
  .panel { left: 0; right: 0; bottom: 0; width: 100vw; max-width: 100vw; height: 100%; max-height: 100vh; border-radius: 0; }
  .left .panel { left: 0; }
  .launcher { bottom: 12px; right: 12px; }
  .msg { max-width: 100%; }
}`;

  /* ---------- tiny DOM helpers (text only, never HTML) ---------- */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v == null) continue;
      if (k === 'class') node.className = v; else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) if (c != null) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return node;
  }
  /* The launcher's speech-bubble icon as inline SVG: an emoji would render as an empty box where no emoji font is
     installed. Sized and coloured by the .launcher svg rule, so no style attribute (CSP-safe); decorative only. */
  const SVG_NS = 'http://www.w3.org/2000/svg';
  function chatIcon() {
    const svg = document.createElementNS(SVG_NS, 'svg');
    for (const [k, v] of [['viewBox', '0 0 24 24'], ['width', '20'], ['height', '20'], ['aria-hidden', 'true'],
      ['focusable', 'false']]) svg.setAttribute(k, v);
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z'
      + 'M7 8.5h10v1.6H7zM7 12h7v1.6H7z');
    path.setAttribute('fill-rule', 'evenodd');
    svg.append(path);
    return svg;
  }
  const str = (v) => (typeof v === 'string' ? v : v == null ? '' : String(v));
  function safeUrl(u) {
    try {
      const url = new URL(str(u));
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) { return null; }
  }

  /* ---------- conversation id: one per tab (sessionStorage) ---------- */
  let memoryId = null;
  const conversation = {
    get() { try { return sessionStorage.getItem(STORE_KEY) || memoryId; } catch (e) { return memoryId; } },
    set(id) {
      // the API's own id alphabet: issued ids are URL-safe base64 and may start with '-' or '_'
      if (typeof id !== 'string' || !/^[A-Za-z0-9._:-]{1,100}$/.test(id)) return;
      memoryId = id;
      try { sessionStorage.setItem(STORE_KEY, id); } catch (e) { /* storage blocked: keep it in memory */ }
    },
  };

  /* ---------- build the UI ---------- */
  const host = document.createElement('dealbot-chat');
  host.style.setProperty('all', 'initial', 'important'); // CSSOM, so a host-page CSP allowing no inline styles is fine
  host.style.setProperty('display', 'block', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    shadow.append(el('style', {}, CSS_TEXT));
  }

  const root = el('div', { class: 'root' + (LEFT ? ' left' : '') });
  root.style.setProperty('--accent', COLOR);
  const launcher = el('button', { class: 'launcher', type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false',
    'aria-controls': 'dealbot-panel', 'aria-label': 'Open chat: ' + TITLE }, chatIcon(), TITLE);
  const closeBtn = el('button', { class: 'icon', type: 'button', 'aria-label': 'Close chat' }, '✕');
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
  const input = el('input', { type: 'text', name: 'question', autocomplete: 'off', maxlength: '2000',
    placeholder: 'Ask a question…', 'aria-label': 'Your question', enterkeyhint: 'send' });
  const sendBtn = el('button', { type: 'submit' }, 'Send');
  const form = el('form', { class: 'form', novalidate: true }, input, sendBtn);
  const status = el('div', { class: 'sr', role: 'status' });
  const panel = el('section', { class: 'panel', id: 'dealbot-panel', role: 'dialog', 'aria-modal': 'false',
    'aria-labelledby': 'dealbot-title', hidden: true },
    el('div', { class: 'head' }, el('h2', { id: 'dealbot-title' }, TITLE), closeBtn), log, status, form);
  root.append(launcher, panel);
  shadow.append(root);
  log.append(el('div', { class: 'msg bot greeting' }, GREETING));

  function open() {
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute('aria-expanded', 'true');
    input.focus();
  }
  function close() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }
  launcher.addEventListener('click', open);
  closeBtn.addEventListener('click', close);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { e.preventDefault(); close(); }
  });
  const scrollDown = () => { log.scrollTop = log.scrollHeight; };

  /* ---------- rendering an answer ---------- */
  function renderAnswer(bubble, answer) {
    bubble.replaceChildren();
    bubble.classList.remove('thinking');
    bubble.removeAttribute('aria-busy');
    const citations = Array.isArray(answer.citations) ? answer.citations.filter((c) => c && Number.isInteger(c.n)) : [];
    if (answer.answered === false) {
      bubble.classList.add('unanswered');
      bubble.append(el('span', { class: 'note' }, "The articles don't say"));
    }
    if (answer.degraded === true) bubble.append(el('span', { class: 'note' }, 'Quick answer (the language model is unavailable)'));
    const items = new Map();
    const list = el('ol', { class: 'sources', 'aria-label': 'Sources' });
    for (const c of citations) {
      const summary = el('summary', {}, el('span', { class: 'num' }, '[' + c.n + '] '),
        el('span', { class: 'src' }, str(c.source)), str(c.title) ? ' — ' + str(c.title) : '',
        str(c.date) ? ' (' + str(c.date) + ')' : '',
        Number.isInteger(c.corroboratedBy) && c.corroboratedBy > 1
          ? el('span', { class: 'stated' }, ' · stated by ' + c.corroboratedBy + ' articles') : '');
      const body = el('div', {}, el('blockquote', {}, str(c.quote)));
      const href = safeUrl(c.url);
      if (href) body.append(el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, 'Read the article'));
      const details = el('details', {}, summary, body);
      items.set(c.n, details);
      list.append(el('li', {}, details));
    }
    const text = el('div', { class: 'text' });
    for (const part of str(answer.answer).split(/(\[\d{1,3}\])/)) {
      const m = /^\[(\d{1,3})\]$/.exec(part);
      const target = m && items.get(Number(m[1]));
      if (!target) { if (part) text.append(document.createTextNode(part)); continue; }
      const ref = el('button', { class: 'ref', type: 'button', 'aria-label': 'Source ' + m[1] }, part);
      ref.addEventListener('click', () => { target.open = true; target.querySelector('summary').focus(); });
      text.append(ref);
    }
    bubble.append(text);
    const conflicts = Array.isArray(answer.conflicts) ? answer.conflicts.filter((c) => c && typeof c.summary === 'string') : [];
    for (const c of conflicts) {
      const marks = (Array.isArray(c.citations) ? c.citations : []).filter(Number.isInteger).map((n) => '[' + n + ']').join('');
      bubble.append(el('div', { class: 'conflict', role: 'note' }, el('strong', {}, 'Sources differ: '), c.summary + ' ' + marks));
    }
    if (citations.length) bubble.append(list);
    const rate = feedbackRow(answer);
    if (rate) bubble.append(rate);
    status.textContent = answer.answered === false ? "The articles don't say." : 'Answer ready.';
    scrollDown();
  }

  /* Thumbs under an answer: POST /api/feedback with the ids the server gave; plain buttons, so Tab/Enter/Space work. */
  function feedbackRow(answer) {
    const answerId = str(answer.answerId);
    const conversationId = str(answer.conversationId);
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(answerId) || !/^[A-Za-z0-9._:-]{1,100}$/.test(conversationId)) return null;
    const note = el('span', { class: 'fb-note', role: 'status' });
    const up = el('button', { type: 'button', class: 'fb-up', 'aria-pressed': 'false' }, 'Helpful');
    const down = el('button', { type: 'button', class: 'fb-down', 'aria-pressed': 'false' }, 'Not helpful');
    let sending = false;
    async function send(rating, chosen, other) {
      if (sending) return;
      sending = true;
      try {
        const res = await fetch(BOT + '/api/feedback', {
          method: 'POST', mode: 'cors', credentials: 'omit', cache: 'no-store',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ conversationId, answerId, rating }),
        });
        if (!res.ok) throw new Error('HTTP ' + res.status);
        chosen.setAttribute('aria-pressed', 'true');
        other.setAttribute('aria-pressed', 'false');
        note.textContent = 'Thanks for the feedback.';
      } catch (e) {
        note.textContent = 'The feedback could not be sent.';
      } finally {
        sending = false;
      }
    }
    up.addEventListener('click', () => send('up', up, down));
    down.addEventListener('click', () => send('down', down, up));
    return el('div', { class: 'feedback', role: 'group', 'aria-label': 'Was this answer helpful?' },
      el('span', { 'aria-hidden': 'true' }, 'Helpful?'), up, down, note);
  }

  function renderError(bubble, message, question, retryAfter, retryable = true) {
    bubble.replaceChildren();
    bubble.classList.remove('thinking');
    bubble.removeAttribute('aria-busy');
    bubble.classList.add('error');
    bubble.append(el('div', {}, message));
    const retry = el('button', { class: 'retry', type: 'button' }, 'Retry');
    retry.addEventListener('click', () => { bubble.remove(); ask(question, true); });
    if (retryAfter > 0) {
      retry.disabled = true;
      setTimeout(() => { retry.disabled = false; }, retryAfter * 1000);
    }
    if (retryable) bubble.append(retry);
    status.textContent = message;
    scrollDown();
  }

  /* ---------- talking to the bot: POST /api/ask/stream, read SSE ---------- */
  let busy = false;
  class HttpError extends Error {
    constructor(status, body, retryAfter) {
      super(str(body && body.message));
      this.status = status;
      this.code = str(body && body.error);
      this.retryAfter = retryAfter;
    }
  }

  async function stream(question, onToken) {
    const body = { question };
    const id = conversation.get();
    if (id) body.conversationId = id;
    const res = await fetch(BOT + '/api/ask/stream', {
      method: 'POST', mode: 'cors', credentials: 'omit', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      let payload = null;
      try { payload = await res.json(); } catch (e) { /* not JSON */ }
      throw new HttpError(res.status, payload, parseInt(res.headers.get('Retry-After') || '0', 10) || 0);
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let event = 'message';
        const lines = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) lines.push(line.slice(5).replace(/^ /, ''));
        }
        if (!lines.length) continue;
        let payload;
        try { payload = JSON.parse(lines.join('\n')); } catch (e) { continue; }
        if (event === 'token') onToken(str(payload && payload.text));
        else if (event === 'done') return payload || {};
        else if (event === 'error') throw new HttpError(500, payload, 0);
      }
    }
    throw new HttpError(0, { message: 'The connection ended before the answer was complete.' }, 0);
  }

  async function ask(question, isRetry) {
    if (busy) return;
    busy = true;
    sendBtn.disabled = true;
    if (!isRetry) log.append(el('div', { class: 'msg user' }, question));
    const bubble = el('div', { class: 'msg bot thinking', 'aria-busy': 'true' }, el('span', { class: 'dots' }, 'Thinking'));
    log.append(bubble);
    status.textContent = 'Thinking…';
    scrollDown();
    let text = null;
    try {
      const answer = await stream(question, (piece) => {
        if (!text) {
          bubble.replaceChildren();
          bubble.classList.remove('thinking');
          text = bubble.appendChild(el('div', { class: 'text' }));
        }
        text.append(document.createTextNode(piece));
        scrollDown();
      });
      conversation.set(answer.conversationId);
      renderAnswer(bubble, answer);
    } catch (e) {
      if (e instanceof HttpError && e.status === 403 && e.code === 'origin_not_allowed') {
        renderError(bubble, 'This site is not allowed to use this bot.', question, 0, false);
      } else if (e instanceof HttpError && e.status === 429) {
        const wait = e.retryAfter || 10;
        renderError(bubble, 'Too many questions in a short time. Please wait ' + wait + ' s, then retry.', question, wait);
      } else if (e instanceof HttpError && e.status >= 400 && e.status < 500) {
        renderError(bubble, e.message || 'The question was not accepted.', question, 0);
      } else if (e instanceof HttpError && e.status !== 0) {
        renderError(bubble, e.message || 'Something went wrong while answering.', question, 0);
      } else if (e instanceof HttpError) {
        renderError(bubble, e.message, question, 0);
      } else {
        renderError(bubble, "Can't reach the dealbot server. Check your connection and retry.", question, 0);
      }
    } finally {
      busy = false;
      sendBtn.disabled = false;
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const question = input.value.trim();
    if (!question || busy) return;
    input.value = '';
    ask(question, false);
    input.focus();
  });

  const mount = () => document.body.append(host);
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();

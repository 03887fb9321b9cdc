import { h } from '../dom.js';
import type { LogEntry } from '../host.js';

const maxRows = 500;

/** The collapsible protocol log: what each frame asked and what the host answered. */
export function createLogPanel(): { element: HTMLElement; add(entry: LogEntry): void } {
  const count = h('span', {}, '0');
  const body = h('tbody');
  let total = 0;
  const clear = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      onclick: () => {
        body.replaceChildren();
        total = 0;
        count.textContent = '0';
      },
    },
    'Clear',
  );
  const table = h(
    'table',
    {},
    h(
      'caption',
      { class: 'visually-hidden' },
      'teams-js messages between the app frames and the host',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Time', 'Direction', 'Frame', 'Function', 'Arguments'].map((t) =>
          h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    body,
  );
  const element = h(
    'details',
    { class: 'log' },
    h('summary', {}, 'Protocol log (', count, ')'),
    h('div', { class: 'log-tools' }, clear),
    h('div', { class: 'log-scroll' }, table),
  );
  return {
    element,
    add(entry) {
      total += 1;
      count.textContent = String(total);
      body.append(
        h(
          'tr',
          { class: entry.direction === 'app → host' ? 'in' : 'out' },
          h('td', {}, entry.at.toLocaleTimeString()),
          h('td', {}, entry.direction),
          h('td', {}, entry.frame),
          h('td', {}, h('code', {}, entry.func)),
          h('td', {}, h('code', {}, entry.summary)),
        ),
      );
      while (body.rows.length > maxRows) body.deleteRow(0);
    },
  };
}

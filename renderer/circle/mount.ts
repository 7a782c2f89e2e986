/**
 * The circle display, facing the group, drawn without a framework: it shows a heading, a rule and a
 * number, and React alone would be most of its download. Every push (view, display choices,
 * settings) recomputes what to show (circle-view.ts) and draws only what changed (render-circle.ts);
 * the clock's ticker writes the digits once a second.
 */
import { applyDocumentSettings } from '../common/document-settings.ts';
import { connectedStore, displayStore, settingsStore, viewStore } from '../common/stores.ts';
import { makeT } from '../i18n/make-t.ts';
import { readyLang, wordsVersion } from '../i18n/words.ts';
import type { T } from '../i18n/make-t.ts';
import { circleShown } from './circle-view.ts';
import { h } from './dom.ts';
import { createProjectorCheck } from './projector-check.ts';
import { createCircleRenderer } from './render-circle.ts';

/** Something went wrong drawing: say so calmly, with a way back (as the other windows do). */
function showCrash(host: HTMLElement, t: T) {
  host.replaceChildren(
    h('main', { class: 'connecting' }, h('div', { class: 'stack', style: { 'align-items': 'center' } }, h('p', null, t('app.crashed')), h('button', { type: 'button', on: { click: () => location.reload() } }, t('app.reload')))),
  );
}

/** Draw the circle display into #root and keep it current; returns how to stop (the tests use it). */
export function render(): () => void {
  const host = document.getElementById('root');
  if (!host) return () => undefined;
  const circle = createCircleRenderer(host);
  const projector = createProjectorCheck(host);
  let t = makeT(readyLang.get());
  let words = wordsVersion.get();
  let crashed = false;

  const draw = () => {
    if (crashed) return;
    // The language shown is the chosen one once its words are here (renderer/i18n/words.ts).
    const settings = { ...settingsStore.get(), language: readyLang.get() };
    if (t.lang !== settings.language || words !== wordsVersion.get()) t = makeT(settings.language);
    words = wordsVersion.get();
    try {
      const shown = circleShown({ view: viewStore.get(), display: displayStore.get(), connected: connectedStore.get(), settings, t, now: Date.now() });
      applyDocumentSettings(settings, { contrast: 'high', title: shown.title });
      circle.render(shown);
      projector.render(viewStore.get(), t);
    } catch (error) {
      crashed = true;
      circle.dispose();
      projector.dispose();
      showCrash(host, t);
      console.error(error);
    }
  };
  const stops = [viewStore.subscribe(draw), displayStore.subscribe(draw), connectedStore.subscribe(draw), settingsStore.subscribe(draw), readyLang.subscribe(draw), wordsVersion.subscribe(draw)];
  draw();
  return () => {
    for (const stop of stops) stop();
    circle.dispose();
    projector.dispose();
  };
}

/** What the supervisor might say in each step of the debriefing (debriefing.ts): supervisor only. */
import type { Prompt } from './prompts.ts';
import type { StepId } from './types.ts';

const p = (id: string, to: Prompt['to'], nl: string, en: string): Prompt => ({ id, to, text: { nl, en } });

export type DebriefingStepId = Extract<StepId, 'inchecken' | 'observatie' | 'gevoel' | 'behoeften' | 'praktijk'>;

export const DEBRIEFING_PROMPTS: Record<DebriefingStepId, readonly Prompt[]> = {
  inchecken: [
    p('d1-how', 'all', 'Hoe zit je erbij, nu, na het scenario?', 'How are you sitting here now, after the scenario?'),
    p('d1-normal', 'all', 'Aangename en onaangename gevoelens: ze mogen er allemaal zijn.', 'Pleasant and unpleasant feelings: they are all welcome.'),
    p('d1-word', 'all', 'Eén woord is genoeg. Toelichten mag, hoeft niet.', 'One word is enough. You may explain, you do not have to.'),
    p('d1-list', 'all', 'Zoek je een woord? De lijst met gevoelens kan helpen.', 'Looking for a word? The list of feelings can help.'),
  ],
  observatie: [
    p('d2-film', 'group', 'Vertel wat er gebeurde alsof je een film navertelt.', 'Tell what happened as if you were retelling a film.'),
    p('d2-moments', 'group', 'Wat waren de belangrijkste keuzemomenten?', 'What were the most important moments of choice?'),
    p('d2-fill', 'group', 'Wie vult aan? Wat ontbreekt er nog in het verhaal?', 'Who adds to it? What is still missing from the story?'),
    p('d2-facts', 'group', 'Wat je ervan vond, komt straks. Nu eerst de feiten.', 'What you thought of it comes later. Facts first.'),
  ],
  gevoel: [
    p('d3-alone', 'all', 'Ga eerst voor jezelf na: welke emoties had je doorheen het verhaal?', 'First check for yourself: which emotions did you have during the story?'),
    p('d3-i', 'group', 'Probeer het zo: “Als dit gebeurt, voel ik me …”', 'Try it like this: “When this happens, I feel …”'),
    p('d3-others', 'group', 'Vertel over jezelf, niet over wat een ander voelde.', 'Speak about yourself, not about what someone else felt.'),
    p('d3-valid', 'group', 'Herkent iemand dit, of voelde iemand iets heel anders?', 'Does anyone recognise this, or did someone feel something quite different?'),
  ],
  behoeften: [
    p('d4-moment', 'group', 'Welk moment is je bijgebleven?', 'Which moment stayed with you?'),
    p('d4-important', 'group', 'Wat vond je daar belangrijk? Wat had je nodig?', 'What did you find important there? What did you need?'),
    p('d4-choice', 'group', 'Welke keuze maakte je daar, en wat wilde je ermee beschermen?', 'Which choice did you make there, and what did you want to protect with it?'),
    p('d4-shared', 'group', 'Waar verschillen we, en wat delen we?', 'Where do we differ, and what do we share?'),
  ],
  praktijk: [
    p('d5-recognise', 'group', 'Welke situatie uit je eigen werk herken je hierin?', 'Which situation from your own work do you recognise in this?'),
    p('d5-priority', 'group', 'Als we één ding kiezen voor ons team, wat is het dan?', 'If we choose one thing for our team, what is it?'),
    p('d5-challenge', 'group', 'Wat maakt dit moeilijk in de praktijk, en wat hebben we nodig?', 'What makes this hard in practice, and what do we need?'),
    p('d5-own', 'all', 'Schrijf voor jezelf één actiepunt op dat je morgen kunt doen.', 'Write down one action point for yourself that you can do tomorrow.'),
  ],
};

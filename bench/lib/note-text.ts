/** Note-like Dutch text of a given size, deterministic per seed. */
const WORDS = 'de het een supervisor kring casus vraag gevoel behoefte collega cliënt grens gesprek team zorg werk tijd ruimte stilte thema patroon inzicht'.split(' ');

/** About `bytes` of note-like text (UTF-8). */
export function noteText(bytes: number, seed = 0): string {
  let out = `notitie ${seed}: `;
  let i = seed % WORDS.length;
  while (Buffer.byteLength(out) < bytes) {
    i = (i * 7 + 3) % WORDS.length;
    out += `${WORDS[i]}${i % 11 === 0 ? '. ' : ' '}`;
  }
  return out.slice(0, bytes);
}

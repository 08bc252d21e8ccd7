// A long corpus for the worker benchmark, made deterministically from the
// seed articles: ten articles of about 5,000 words, each a different
// shuffle of the seeds' paragraphs' sentences (a linear congruential
// generator seeded by the article's number), in paragraphs of four.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');

/** The seed articles' sentences, split at a full stop, question or exclamation mark before a space. */
function seedSentences() {
  const sentences = [];
  for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seeds, name), 'utf8');
    for (const paragraph of text.split(/\n\s*\n/)) {
      for (const s of paragraph.replace(/\s+/g, ' ').trim().split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/)) {
        if (s.split(' ').length >= 6) sentences.push(s);
      }
    }
  }
  return sentences;
}

/** `count` articles of at least `words` words each: `{ id, text, meta }`, the shape of `RawArticle`. */
export function longCorpus(count = 10, words = 5000) {
  const pool = seedSentences();
  const articles = [];
  for (let n = 0; n < count; n++) {
    let state = BigInt(n + 1) * 0x9e3779b97f4a7c15n;
    const next = () => {
      state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
      return Number(state >> 33n);
    };
    const paragraphs = [];
    let paragraph = [];
    let total = 0;
    while (total < words) {
      const s = pool[next() % pool.length];
      paragraph.push(s);
      total += s.split(' ').length;
      if (paragraph.length === 4) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
    const id = `long-${String(n).padStart(2, '0')}`;
    articles.push({ id, text: paragraphs.join('\n\n') + '\n', meta: { title: `Long article ${n + 1}` } });
  }
  return { articles, sentences: pool.length };
}

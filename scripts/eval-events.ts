/**
 * Event typing on CASE 2021 (../shared/datasets/case2021-events/snippets.tsv): each snippet gets
 * the ACLED sub-type of its strongest event trigger through the documented mapping below
 * (docs/events.md); a snippet without an event, or whose type has no ACLED counterpart, is a miss.
 * Prints weighted and macro F1 over the gold sub-types and the per-class table.
 *
 * Usage: node --import tsx scripts/eval-events.ts [snippets.tsv] [--confusions] [--half=a|b]
 * (`--half=a` keeps the snippets at even positions of the file, `--half=b` the odd ones: decide a
 * change on one half, confirm it on the other).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractEvents, type EventReading } from '../src/annotate/events/extract-events.js';
import { mainEvent } from '../src/annotate/events/main-event.js';
import { splitSentences } from '../src/annotate/tokens/sentences.js';

const DEFAULT_FILE = fileURLToPath(new URL('../../shared/datasets/case2021-events/snippets.tsv', import.meta.url));
const NO_EVENT = '(none)';

/** Our type, or type/subtype, to ACLED sub-type. The more specific key wins. */
export const ACLED_MAPPING: Readonly<Record<string, string>> = {
  attack: 'ATTACK',
  'attack/clash': 'ARMED_CLASH',
  'attack/air-strike': 'AIR_STRIKE',
  'attack/shelling': 'ART_MISS_ATTACK',
  'attack/suicide-bombing': 'SUIC_BOMB',
  'attack/explosive': 'REM_EXPLOS',
  'attack/grenade': 'GRENADE',
  'attack/chemical': 'CHEM_WEAP',
  'attack/weapons-seized': 'DISR_WEAP',
  'attack/property': 'PROPERTY_DISTRUCT',
  'attack/sexual-violence': 'SEX_VIOL',
  'attack/mob': 'MOB_VIOL',
  casualties: 'ATTACK',
  'casualties/clash': 'ARMED_CLASH',
  sabotage: 'PROPERTY_DISTRUCT',
  deploy: 'CHANGE_TO_GROUP_ACT',
  'deploy/withdraw': 'CHANGE_TO_GROUP_ACT',
  'deploy/base': 'HQ_ESTABLISHED',
  exercise: 'CHANGE_TO_GROUP_ACT',
  incursion: 'ARMED_CLASH',
  'incursion/take-territory': 'NON_STATE_ACTOR_OVERTAKES_TER',
  'incursion/retake-territory': 'GOV_REGAINS_TERIT',
  'incursion/transfer-territory': 'NON_VIOL_TERRIT_TRANSFER',
  negotiate: 'DIPLO',
  'negotiate/agreement': 'AGREEMENT',
  sanction: 'DIPLO',
  accuse: 'ATTRIB',
  deny: 'ATTRIB',
  protest: 'PEACE_PROTEST',
  'protest/violent-protest': 'VIOL_DEMONSTR',
  'protest/protest-repressed': 'FORCE_AGAINST_PROTEST',
  'protest/protest-intervention': 'PROTEST_WITH_INTER',
  arrest: 'ARREST',
  abduct: 'ABDUCT_DISSAP',
  'disaster/natural': 'NATURAL_DISASTER',
  'disaster/man-made': 'MAN_MADE_DISASTER',
  crime: 'ORG_CRIME',
};

function acledOf(event: EventReading): string | undefined {
  return (event.subtype === null ? undefined : ACLED_MAPPING[`${event.type}/${event.subtype}`]) ?? ACLED_MAPPING[event.type];
}

/** The ACLED sub-type of a snippet: that of its main mapped event (main-event.ts), else none. */
export function classify(text: string): string {
  const sentences = splitSentences(text);
  const events = extractEvents(text, sentences, { mentions: [], places: [], times: [] });
  const main = mainEvent(text, events.filter((event) => acledOf(event) !== undefined));
  return main === undefined ? NO_EVENT : (acledOf(main) ?? NO_EVENT);
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_FILE;
  const half = args.find((arg) => arg.startsWith('--half='))?.slice('--half='.length);
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'))
    .filter((_row, position) => half === undefined || (half === 'a') === (position % 2 === 0));
  const pairs = rows.map((row) => ({ gold: row[2]?.trim() ?? '', predicted: classify(row[1] ?? '') }));
  const labels = [...new Set(pairs.map((pair) => pair.gold))].sort();
  const lines = ['| ACLED sub-type | support | precision | recall | F1 |', '|---|---|---|---|---|'];
  let weighted = 0;
  let macro = 0;
  for (const label of labels) {
    const truePositive = pairs.filter((pair) => pair.gold === label && pair.predicted === label).length;
    const predicted = pairs.filter((pair) => pair.predicted === label).length;
    const support = pairs.filter((pair) => pair.gold === label).length;
    const precision = predicted === 0 ? 0 : truePositive / predicted;
    const recall = support === 0 ? 0 : truePositive / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    weighted += (f1 * support) / pairs.length;
    macro += f1 / labels.length;
    lines.push(`| ${label} | ${support} | ${precision.toFixed(2)} | ${recall.toFixed(2)} | ${f1.toFixed(2)} |`);
  }
  const accuracy = pairs.filter((pair) => pair.gold === pair.predicted).length / pairs.length;
  const none = pairs.filter((pair) => pair.predicted === NO_EVENT).length;
  console.log(`snippets: ${pairs.length}, no event found: ${none}, accuracy ${accuracy.toFixed(3)}, weighted F1 ${weighted.toFixed(3)}, macro F1 ${macro.toFixed(3)}\n`);
  console.log(lines.join('\n'));
  if (args.includes('--confusions')) {
    const confusions = new Map<string, number>();
    for (const pair of pairs) if (pair.gold !== pair.predicted) confusions.set(`${pair.gold} -> ${pair.predicted}`, (confusions.get(`${pair.gold} -> ${pair.predicted}`) ?? 0) + 1);
    console.log(`\n${[...confusions].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([key, count]) => `${count}\t${key}`).join('\n')}`);
  }
}

// Note: run only as a script; scripts/eval-external.ts imports `classify` from here.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();

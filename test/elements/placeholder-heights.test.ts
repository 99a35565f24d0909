/**
 * A loading placeholder reserves the size its element takes for any shipped profile, not only
 * the reference one: for 50 profiles sampled evenly from the dataset's index, each element's
 * height with the profile is compared with its placeholder's, at a phone's width and a desktop's.
 * The distribution of the differences is logged; the median must be within 4 px. Profiles without
 * the element's data are counted apart (the element shows a one-line notice for them).
 * `<occ-profile>` is held to a line either way (24 px): its stand-in's Summary is filler prose of
 * the median shape, and its heading and footer are the profile's own text.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import type { OccElement } from '../../src/core/occ-element.js';
import type { OccupationIndex } from '../../src/data/index-types.js';
import type { OccupationProfile } from '../../src/data/types.js';
import { atWidth, countedUrl, uniqueKey } from '../helpers.js';
import { DRAWS } from '../../bench/draws.js';

const INDEX = '/data/index.json';
const SAMPLE = 50;
const WIDTHS = [360, 1000];

/** Every n-th entry of the index, so the sample spans the whole dataset the same way each run. */
async function sampleProfiles(): Promise<{ file: string; profile: OccupationProfile }[]> {
  const index = (await (await fetch(INDEX)).json()) as OccupationIndex;
  const entries = index.occupations;
  const step = Math.max(1, Math.floor(entries.length / SAMPLE));
  const picked = entries.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  return Promise.all(
    picked.map(async (entry) => {
      const url = new URL(entry.file, new URL(INDEX, location.href));
      return { file: entry.file, profile: (await (await fetch(url)).json()) as OccupationProfile };
    }),
  );
}

const quantile = (sorted: number[], q: number) => sorted[Math.round((sorted.length - 1) * q)]!;

function summary(differences: number[]) {
  const sorted = [...differences].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!,
    p25: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    max: sorted.at(-1)!,
    within4: sorted.filter((d) => Math.abs(d) <= 4).length,
  };
}

/** The element's height while it loads (its placeholder) at `width`. */
async function placeholderHeight(tag: string, width: number): Promise<number> {
  const src = countedUrl(uniqueKey(`heights-${tag}`), { delay: 2000 });
  const el = await atWidth<OccElement>(
    width,
    staticHtml`<${unsafeStatic(tag)} src=${src}></${unsafeStatic(tag)}>`,
  );
  await el.updateComplete;
  expect(el.getAttribute('aria-busy'), `${tag} is loading`).to.equal('true');
  const height = el.getBoundingClientRect().height;
  fixtureCleanup();
  return height;
}

describe('loading placeholders, over sampled profiles', () => {
  let sample: Awaited<ReturnType<typeof sampleProfiles>>;
  before(async () => {
    sample = await sampleProfiles();
  });
  afterEach(() => fixtureCleanup());

  for (const [tag, draws] of Object.entries(DRAWS)) {
    for (const width of WIDTHS) {
      it(`<${tag}> reserves the height it takes with the sampled profiles (${width} px)`, async () => {
        const reserved = await placeholderHeight(tag, width);
        let profiles = sample.filter(({ profile }) => draws(profile));
        const without = sample.length - profiles.length;
        if (!profiles.length) {
          // The dataset has nothing for this element (the 2018-28 numbers-only build has no
          // employers): the historical editions' full profiles stand in until it does.
          const reference = (await (
            await fetch('/data/editions/2019-20/29-2071.json')
          ).json()) as OccupationProfile;
          profiles = [{ file: 'editions/2019-20/29-2071.json', profile: reference }];
        }
        const el = await atWidth<OccElement>(
          width,
          staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`,
        );
        const differences: number[] = [];
        const worst: [string, number][] = [];
        for (const { file, profile } of profiles) {
          el.data = profile;
          await el.updateComplete;
          const difference = Math.round(el.getBoundingClientRect().height - reserved);
          differences.push(difference);
          worst.push([file, difference]);
        }
        const stats = summary(differences);
        worst.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
        console.log(
          `<${tag}> ${width} px: placeholder ${Math.round(reserved)} px; loaded − placeholder over ${stats.n} profiles` +
            ` (${without} without its data): min ${stats.min}, p25 ${stats.p25}, median ${stats.median},` +
            ` p75 ${stats.p75}, max ${stats.max}; within 4 px: ${stats.within4}/${stats.n};` +
            ` largest: ${worst
              .slice(0, 3)
              .map(([file, d]) => `${file} ${d}`)
              .join(', ')}`,
        );
        expect(Math.abs(stats.median)).to.be.at.most(tag === 'occ-profile' ? 24 : 4);
      });
    }
  }
});

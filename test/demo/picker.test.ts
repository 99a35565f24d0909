import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { OccElement } from '../../src/core/occ-element.js';

describe('the demo’s occupation picker', () => {
  it('finds an occupation by SOC code or title and shows it in every element', async () => {
    const page = await fixture(
      html`<div>
        <form id="picker">
          <input id="occupation" list="occupations" />
          <datalist id="occupations"></datalist>
          <button type="submit">Show</button>
          <p id="picker-status" role="status"></p>
        </form>
        <occ-quick-facts id="picked-quick-facts"></occ-quick-facts>
        <occ-pay-chart id="picked-pay"></occ-pay-chart>
        <occ-outlook id="picked-outlook"></occ-outlook>
      </div>`,
    );
    // @ts-expect-error the demo script is plain JavaScript without types
    await import('../../demo/picker.js');
    expect(page.querySelectorAll('#occupations option').length).to.equal(809);

    const input = page.querySelector<HTMLInputElement>('#occupation')!;
    const elements = [
      ...page.querySelectorAll<OccElement>('occ-quick-facts, occ-pay-chart, occ-outlook'),
    ];
    const submit = page.querySelector<HTMLButtonElement>('button')!;

    const nextLoads = () => Promise.all(elements.map((el) => oneEvent(el, 'occ-load')));
    let loads = nextLoads();
    input.value = '15-1132';
    submit.click();
    await loads;
    expect(elements.map((el) => el.src)).to.deep.equal(Array(3).fill('../data/15-1132.json'));
    expect(elements[0]!.profile!.occupation.title).to.equal('Software Developers, Applications');
    expect(page.querySelector('#picker-status')!.textContent).to.equal(
      'Showing Software Developers, Applications (15-1132).',
    );

    loads = nextLoads();
    input.value = 'registered nurses';
    submit.click();
    await loads;
    expect(elements[1]!.src).to.equal('../data/29-1141.json');

    input.value = 'astronaut';
    submit.click();
    expect(page.querySelector('#picker-status')!.textContent).to.equal(
      'No occupation matches “astronaut”.',
    );
  });
});

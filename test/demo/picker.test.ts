import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { OccElement } from '../../src/core/occ-element.js';

describe('the demo’s occupation picker', () => {
  it('offers the 342 Handbook profiles and every SOC code, and shows the one found in every element', async () => {
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
        <occ-profile id="picked-profile"></occ-profile>
      </div>`,
    );
    // @ts-expect-error the demo script is plain JavaScript without types
    await import('../../demo/picker.js');
    const input = page.querySelector<HTMLInputElement>('#occupation')!;
    const optionsShown = () => page.querySelectorAll<HTMLOptionElement>('#occupations option');
    // The index is fetched when the reader first comes to the picker, not with the page.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(optionsShown().length, 'no suggestions before the picker is used').to.equal(0);
    input.focus();
    await waitUntil(() => optionsShown().length > 0, 'the suggestions');
    const options = [...optionsShown()];
    expect(options.filter((o) => o.value.endsWith('(Handbook profile)')).length).to.equal(342);
    expect(options.filter((o) => /\(\d{2}-\d{4}\)$/.test(o.value)).length).to.equal(832);

    const elements = [
      ...page.querySelectorAll<OccElement>(
        'occ-quick-facts, occ-pay-chart, occ-outlook, occ-profile',
      ),
    ];
    const submit = page.querySelector<HTMLButtonElement>('button')!;
    const status = page.querySelector('#picker-status')!;

    const nextLoads = () => Promise.all(elements.map((el) => oneEvent(el, 'occ-load')));
    let loads = nextLoads();
    input.value = '45-2091';
    submit.click();
    await loads;
    expect(elements.map((el) => el.src)).to.deep.equal(Array(4).fill('../data/45-2091.json'));
    expect(elements[0]!.profile!.occupation.title).to.equal('Agricultural Equipment Operators');
    expect(elements[0]!.profile!.occupation.coveredBy?.slug).to.equal('agricultural-workers');
    expect(status.textContent).to.equal('Showing Agricultural Equipment Operators (45-2091).');

    loads = nextLoads();
    input.value = 'registered nurses';
    submit.click();
    await loads;
    expect(elements[1]!.src).to.equal('../data/registered-nurses.json');
    expect(elements[3]!.profile!.sections!.length).to.equal(9);

    // An old SOC 2010 code finds the current occupation through the crosswalk.
    loads = nextLoads();
    input.value = '29-2071';
    submit.click();
    await loads;
    expect(elements[0]!.src).to.equal('../data/29-2072.json');
    expect(status.textContent).to.equal('Showing Medical Records Specialists (29-2072).');

    input.value = 'astronaut';
    submit.click();
    await waitUntil(() => status.textContent === 'No occupation matches “astronaut”.');
  });
});

import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { OccQuickFacts } from '../../src/elements/quick-facts/quick-facts.js';
import type { OccElement } from '../../src/core/occ-element.js';
import { en } from '../../src/i18n/en.js';
import { atWidth, failed, loaded, shownText, texts } from '../helpers.js';

const REFERENCE = '/data/editions/2019-20/29-2071.json';

async function inLang<T extends OccElement>(lang: string, template: ReturnType<typeof html>) {
  const box = await fixture(html`<div lang=${lang} style="width: 640px">${template}</div>`);
  const el = box.firstElementChild as T;
  await loaded(el);
  return el;
}

/** The value cells of a quick facts table. */
const rowValues = (el: OccElement) => texts(el, 'td .line');

describe('languages and the source note', () => {
  afterEach(() => {
    fixtureCleanup();
    OccQuickFacts.setStrings('en', { noQuickFacts: en.noQuickFacts });
  });

  it('writes Spanish labels and Spanish number formats under lang="es"', async () => {
    const el = await inLang('es', html`<occ-quick-facts src=${REFERENCE}></occ-quick-facts>`);
    const text = shownText(el);
    expect(text).to.contain('Datos básicos: Medical Records and Health Information Technicians');
    expect(text).to.contain('Salario mediano, 2018');
    expect(text).to.match(/40\.350\s?US\$ al año/);
    expect(text).to.contain('215.500');
    expect(text).to.contain('Perspectivas laborales, 2018–\u206028');
    // BLS's fixed phrases in Spanish; the occupation's own texts as given.
    expect(rowValues(el)).to.deep.include.members([
      'Certificado postsecundario sin título universitario',
      'Ninguna',
    ]);
    expect(text).to.match(/11\s?% \(Mucho más rápido que la media\)/);
    expect(text).to.not.contain('Postsecondary nondegree award');
    await expect(el).to.be.accessible();
  });

  it('writes BLS’s outlook phrase and education levels in Spanish in the other elements', async () => {
    const outlook = await inLang('es', html`<occ-outlook src=${REFERENCE}></occ-outlook>`);
    expect(shownText(outlook)).to.contain('Mucho más rápido que la media.');
    const similar = await inLang('es', html`<occ-similar src=${REFERENCE}></occ-similar>`);
    const education = texts(similar, 'td.education').map((cell) =>
      cell.replace('Nivel de estudios para empezar', '').trim(),
    );
    expect(education).to.include('Licenciatura');
    expect(education).to.include('Diploma de escuela secundaria o equivalente');
    expect(education.join(' ')).to.not.match(/degree/);
    // In English they are shown as the data gives them.
    const english = await inLang('en', html`<occ-quick-facts src=${REFERENCE}></occ-quick-facts>`);
    expect(rowValues(english)).to.include('Postsecondary nondegree award');
  });

  it('describes the charts in Spanish, with Spanish buttons and tables', async () => {
    const el = await inLang('es', html`<occ-pay-chart src=${REFERENCE}></occ-pay-chart>`);
    expect(texts(el, 'figcaption')[0]).to.equal('Salarios anuales medianos, May 2018');
    expect(texts(el, 'button.toggle')[0]).to.equal('Ver tabla');
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.equal('Gráfico de barras');
    const description = svg.querySelector('desc')!.textContent!;
    expect(description).to.match(/^Health technologists and technicians: 44\.700\s?US\$;/);
    expect(description).to.contain('Valor más alto: Health technologists and technicians.');
    expect(el.shadowRoot!.querySelector('[part="sentence"]')!.textContent).to.match(
      /^El 10 por ciento con menores ingresos ganó menos de 26\.550\s?US\$/,
    );
    await expect(el).to.be.accessible();
  });

  it('follows a lang attribute on the element itself', async () => {
    const box = await fixture(
      html`<div lang="en"><occ-outlook lang="es-MX" src=${REFERENCE}></occ-outlook></div>`,
    );
    const el = box.querySelector('occ-outlook')!;
    await loaded(el);
    expect(texts(el, 'figcaption')[0]).to.equal(
      'Cambio porcentual en el empleo, proyectado 2018–\u206028',
    );
  });

  it('shows errors in the page’s language, while the event keeps the English message', async () => {
    const box = await fixture(
      html`<div lang="es"><occ-quick-facts src="/__fixtures/status/404"></occ-quick-facts></div>`,
    );
    const el = box.querySelector('occ-quick-facts')!;
    const event = await failed(el);
    expect(event.detail.error.message).to.match(/^HTTP 404 Not Found for /);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('No se pudo mostrar este perfil de ocupación');
    expect(alert).to.contain('El servidor respondió HTTP 404');
  });

  it('lets a page override any text, page-wide or for one element', async () => {
    OccQuickFacts.setStrings('en', { noQuickFacts: 'Nothing to show yet.' });
    const page = await fixture<OccQuickFacts>(
      html`<occ-quick-facts src="/test/fixtures/title-only.json"></occ-quick-facts>`,
    );
    await loaded(page);
    expect(shownText(page)).to.equal('Nothing to show yet.');

    const one = await fixture<OccQuickFacts>(
      html`<occ-quick-facts
        .messages=${{ quickFactsTitle: (title: string) => `At a glance: ${title}` }}
        src=${REFERENCE}
      ></occ-quick-facts>`,
    );
    await loaded(one);
    expect(shownText(one)).to.contain('At a glance: Medical Records');
  });

  it('shows a one-line source note with the data’s vintage, unless hide-source', async () => {
    const el = await atWidth<OccElement>(
      900,
      html`<occ-quick-facts src=${REFERENCE}></occ-quick-facts>`,
    );
    await loaded(el);
    const note = el.shadowRoot!.querySelector('[part="source"]')!;
    expect(note.textContent).to.equal(
      'Source: BLS Occupational Outlook Handbook, 2019-20; projections 2018–\u206028; wages May 2018',
    );
    expect(note.getBoundingClientRect().height).to.be.below(25);

    const generated = await fixture<OccElement>(
      html`<occ-pay-chart src="/data/53-7071.json"></occ-pay-chart>`,
    );
    await loaded(generated);
    expect(generated.shadowRoot!.querySelector('[part="source"]')!.textContent).to.equal(
      'Source: BLS Employment Projections and OEWS wage estimates; projections 2024–\u206034; wages May 2024',
    );

    const hidden = await fixture<OccElement>(
      html`<occ-outlook hide-source src=${REFERENCE}></occ-outlook>`,
    );
    await loaded(hidden);
    expect(hidden.shadowRoot!.querySelector('[part="source"]')).to.equal(null);

    const spanish = await inLang('es', html`<occ-employers src=${REFERENCE}></occ-employers>`);
    expect(spanish.shadowRoot!.querySelector('[part="source"]')!.textContent).to.equal(
      'Fuente: BLS Occupational Outlook Handbook, 2019-20; proyecciones 2018–\u206028; salarios May 2018',
    );
  });
});

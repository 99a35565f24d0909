import { expect } from '@open-wc/testing';
import { linkHref } from '../../src/data/links.js';

const base = 'https://cdn.example.org/occ/data/29-2072.json';
const page = 'https://college.example.edu/careers/index.html';
const bls = 'https://www.bls.gov/ooh/healthcare/medical-assistants.htm';

describe('linkHref', () => {
  it('goes to BLS’s page by default, even when the link names our profile', () => {
    expect(linkHref({ href: bls, slug: 'medical-assistants' }, { base, page })).to.equal(bls);
  });

  it('goes to the site’s own page through the href-template when the link has a slug', () => {
    const options = { template: '/careers/{slug}', base, page };
    expect(linkHref({ href: bls, slug: 'medical-assistants' }, options)).to.equal(
      'https://college.example.edu/careers/medical-assistants',
    );
    expect(
      linkHref({ href: bls, slug: '29-2072' }, { ...options, template: 'p.html?soc={slug}' }),
    ).to.equal('https://college.example.edu/careers/p.html?soc=29-2072');
  });

  it('keeps BLS’s href for a link without a slug, and with a template that has no {slug}', () => {
    expect(
      linkHref(
        { href: 'https://www.onetonline.org/' },
        { template: '/careers/{slug}', base, page },
      ),
    ).to.equal('https://www.onetonline.org/');
    expect(
      linkHref({ href: bls, slug: 'medical-assistants' }, { template: '/careers/', base, page }),
    ).to.equal(bls);
  });

  it('resolves the data’s relative hrefs against the data file, the template against the page', () => {
    expect(linkHref({ href: '../guide.html' }, { base, page })).to.equal(
      'https://cdn.example.org/occ/guide.html',
    );
    expect(
      linkHref({ href: bls, slug: 'x' }, { template: 'careers/{slug}.html', base, page }),
    ).to.equal('https://college.example.edu/careers/careers/x.html');
  });

  it('never makes a link of javascript:, data: or a slug that is a path or a URL', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
    ]) {
      expect(linkHref({ href }, { base, page }), href).to.equal(undefined);
    }
    for (const slug of ['javascript:alert(1)', '../../admin', '//evil.example/x', 'a b', '']) {
      expect(
        linkHref({ href: bls, slug }, { template: '/careers/{slug}', base, page }),
        slug,
      ).to.equal(bls);
    }
    // A template that is itself unsafe falls back to BLS's page.
    expect(
      linkHref({ href: bls, slug: 'x' }, { template: 'javascript:alert("{slug}")', base, page }),
    ).to.equal(bls);
    expect(
      linkHref({ href: 'javascript:x', slug: 'x' }, { template: 'javascript:{slug}', base, page }),
    ).to.equal(undefined);
  });
});

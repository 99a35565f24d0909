import { expect } from '@open-wc/testing';
import { loadProfile } from '../../src/data/loader.js';
import { OccDataError } from '../../src/data/errors.js';
import { countedUrl, requestsFor, sleep, uniqueKey } from '../helpers.js';

async function failure(promise: Promise<unknown>): Promise<OccDataError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(OccDataError);
    return error as OccDataError;
  }
  throw new Error('expected the load to fail');
}

describe('loadProfile', () => {
  it('makes one request and returns one parsed profile for many callers of a URL', async () => {
    const key = uniqueKey('loader-shared');
    const url = countedUrl(key, { delay: 50 });
    const results = await Promise.all([loadProfile(url), loadProfile(url), loadProfile(url)]);
    expect(results[0]!.occupation.title).to.equal(
      'Medical Records and Health Information Technicians',
    );
    expect(results[1]).to.equal(results[0]);
    expect(await loadProfile(url)).to.equal(results[0]);
    expect((await requestsFor(key)).hits).to.equal(1);
  });

  it('resolves relative URLs against the page, so two spellings share one request', async () => {
    const key = uniqueKey('loader-relative');
    const absolute = new URL(countedUrl(key), location.href).href;
    await Promise.all([loadProfile(countedUrl(key)), loadProfile(absolute)]);
    expect((await requestsFor(key)).hits).to.equal(1);
  });

  it('aborts the request when the only caller stops waiting', async () => {
    const key = uniqueKey('loader-abort');
    const controller = new AbortController();
    const pending = loadProfile(countedUrl(key, { delay: 2000 }), { signal: controller.signal });
    await sleep(100);
    controller.abort();
    let rejected: unknown;
    await pending.catch((error) => (rejected = error));
    expect((rejected as DOMException).name).to.equal('AbortError');
    await sleep(100);
    expect(await requestsFor(key)).to.deep.equal({ hits: 1, aborts: 1 });
  });

  it('keeps the request going while another caller still waits', async () => {
    const key = uniqueKey('loader-keep');
    const url = countedUrl(key, { delay: 300 });
    const leaving = new AbortController();
    const first = loadProfile(url, { signal: leaving.signal }).catch(() => 'left');
    const second = loadProfile(url, { signal: new AbortController().signal });
    await sleep(50);
    leaving.abort();
    expect(await first).to.equal('left');
    expect((await second).occupation.soc).to.deep.equal(['29-2071']);
    expect(await requestsFor(key)).to.deep.equal({ hits: 1, aborts: 0 });
  });

  it('asks again after a failure, and with reload', async () => {
    const key = uniqueKey('loader-reload');
    const url = countedUrl(key);
    await loadProfile(url);
    await loadProfile(url, { reload: true });
    expect((await requestsFor(key)).hits).to.equal(2);
    await failure(loadProfile('/__fixtures/status/503'));
    const again = await failure(loadProfile('/__fixtures/status/503'));
    expect(again.details.status).to.equal(503);
  });

  it('reports an HTTP status with the URL', async () => {
    const error = await failure(loadProfile('/__fixtures/status/404'));
    expect(error.kind).to.equal('http');
    expect(error.message).to.equal(
      `HTTP 404 Not Found for ${location.origin}/__fixtures/status/404`,
    );
  });

  it('reports a network failure', async () => {
    const error = await failure(loadProfile('/__fixtures/reset'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('Could not reach');
  });

  it('reports a timeout', async () => {
    const error = await failure(
      loadProfile(countedUrl(uniqueKey('t'), { delay: 3000 }), { timeout: 200 }),
    );
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.match(/^No answer from .+ within 0\.2 s$/);
  });

  it('reports bodies that are not JSON: broken JSON, an HTML page, an empty body', async () => {
    const broken = await failure(loadProfile('/test/fixtures/not-json.txt'));
    expect(broken.kind).to.equal('parse');
    expect(broken.message).to.contain('is not valid JSON');
    expect((await failure(loadProfile('/__fixtures/html'))).message).to.contain(
      'returned an HTML page, not JSON',
    );
    expect((await failure(loadProfile('/__fixtures/empty'))).message).to.contain(
      'returned an empty body',
    );
  });

  it('reports a contract fault with its path', async () => {
    const error = await failure(loadProfile('/test/fixtures/bad-money.json'));
    expect(error.kind).to.equal('contract');
    expect(error.details.path).to.equal('quickFacts.medianPay.annual');
    expect(error.message).to.equal(
      'quickFacts.medianPay.annual: expected a number or {atLeast}, got "40,350"',
    );
  });
});

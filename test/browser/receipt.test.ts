// Every decision in the browser yields a signed receipt that verifies with the same code a server uses, holds
// the digest of the exact text shown, and chains to the previous receipt.
import { expect, oneEvent } from '@open-wc/testing';
import { verifyReceipt } from '../../src/core/receipt/verify.js';
import { digestJws, digestText } from '../../src/core/receipt/digest.js';
import { annualReport, renderPrompt, action, toggle, trustedClick } from './helpers.js';

describe('receipts from <consent-prompt>', () => {
  afterEach(() => document.querySelectorAll('consent-prompt').forEach((el) => el.remove()));

  it('signs each decision with the device key: ES256, verifiable, with the digest of every clause shown', async () => {
    const config = await annualReport();
    const element = await renderPrompt(config);
    await trustedClick(toggle(element, 'partner-sharing'));
    const decision = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'save'));
    const { detail } = await decision;
    const receipt = detail.receipt!;
    expect(receipt.jws.split('.')).to.have.length(3);
    const header = JSON.parse(atob(receipt.jws.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/')));
    expect(header.alg).to.equal('ES256');
    expect(header.typ).to.equal('consent-receipt+jwt');

    const untrusted = await verifyReceipt(receipt.jws);
    expect(untrusted.valid, 'no key given: not trusted').to.equal(false);
    const result = await verifyReceipt(receipt.jws, { allowSelfSigned: true, publicJwk: receipt.publicJwk!, config });
    expect(result.failures).to.deep.equal([]);
    expect(result.valid).to.equal(true);
    expect(result.selfSigned).to.equal(true);

    const extension = receipt.payload['urn:unticked:consent'];
    expect(extension.startedUnticked).to.equal(true);
    expect(extension.source).to.equal('visitor');
    expect(extension.action).to.equal('save');
    expect(extension.policy).to.deep.equal({ id: 'annual-report', version: '2018-01-03' });
    for (const purpose of config.purposes) {
      const entry = extension.decisions.find((d: { purpose: string }) => d.purpose === purpose.id)!;
      expect(entry.language).to.equal('en');
      expect(entry.digest).to.equal(await digestText(purpose.clause.en!));
    }
    expect(extension.decisions.find((d: { purpose: string }) => d.purpose === 'partner-sharing')!.granted).to.equal(
      true,
    );
    expect(extension.decisions.find((d: { purpose: string }) => d.purpose === 'offers')!.granted).to.equal(false);
    expect(extension.decisions.find((d: { purpose: string }) => d.purpose === 'bill')!.granted).to.equal(null);
    expect(receipt.payload.services[0]!.purposes.map((p: { purpose: string }) => p.purpose)).to.deep.equal([
      'Sharing your credit analysis with partner institutions',
    ]);
    expect(receipt.payload.iss).to.equal(location.origin);
    expect(detail.chainHead!.digest).to.equal(await digestJws(receipt.jws));
  });

  it('chains receipts: each names the digest of the one before, across prompts on the site', async () => {
    const first = await renderPrompt(await annualReport());
    const one = oneEvent(first, 'consent-decision');
    await trustedClick(action(first, 'reject-all'));
    const a = (await one).detail;
    first.remove();
    const second = await renderPrompt(await annualReport());
    const two = oneEvent(second, 'consent-decision');
    second.recordHostDecision({ action: 'accept-all' });
    const b = (await two).detail;
    const chainA = a.receipt!.payload['urn:unticked:consent'].chain;
    const chainB = b.receipt!.payload['urn:unticked:consent'].chain;
    expect(chainB.sequence).to.equal(chainA.sequence + 1);
    expect(chainB.previous).to.equal(await digestJws(a.receipt!.jws));
    expect(b.receipt!.payload['urn:unticked:consent'].source).to.equal('host');
    expect(b.receipt!.payload.sub).to.equal(a.receipt!.payload.sub);
  });

  it('any change to a receipt is detected', async () => {
    const element = await renderPrompt(await annualReport());
    const decision = oneEvent(element, 'consent-decision');
    await trustedClick(action(element, 'accept-all'));
    const { receipt } = (await decision).detail;
    const [h, p, s] = receipt!.jws.split('.') as [string, string, string];
    const payload = JSON.parse(atob(p.replace(/-/g, '+').replace(/_/g, '/')));
    payload['urn:unticked:consent'].decisions[2].granted = false;
    const forged = btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const result = await verifyReceipt(`${h}.${forged}.${s}`, {
      allowSelfSigned: true,
      publicJwk: receipt!.publicJwk!,
    });
    expect(result.valid).to.equal(false);
    expect(result.failures.map((f) => f.code)).to.include('signature');
  });
});

// The receipt panel's "flip a byte" position: its label promises 0–63 or empty for random, so a position it cannot
// use flips nothing and says why, instead of flipping a random byte the designer did not ask for.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ReceiptPanel, flipByte } from '../../demo/playground/receipt-panel.js';

// A 64-byte signature, as ES256 makes; the panel only needs the JWS's shape to tamper with it.
const jws = ['eyJhbGciOiJFUzI1NiJ9', 'eyJhIjoxfQ', 'A'.repeat(86)].join('.');

describe('receipt panel: the position of the byte to flip', () => {
  let root: HTMLElement;
  let panel: ReceiptPanel;
  const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => root.querySelector<T>(selector)!;
  const description = () => $('#flip-description').textContent!.trim();
  const shownJws = () => $('.receipt-jws').textContent!.trim();

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    panel = new ReceiptPanel(root);
    panel.setReceipt({ jws, publicJwk: null });
  });
  afterEach(() => root.remove());

  function flipAt(position: string): void {
    $<HTMLInputElement>('#flip-position').value = position;
    $('#flip-byte').click();
  }

  it('flipByte never swaps a position it cannot use for a random one', () => {
    for (const index of [64, -1, 1.5, Number.NaN, Infinity]) {
      expect(flipByte(jws, 'signature', index), String(index)).to.equal(undefined);
    }
    expect(flipByte(jws, 'signature', 63)!.flip.index).to.equal(63);
    expect(flipByte(jws, 'payload', 7)).to.equal(undefined);
  });

  for (const position of ['64', '-1', '1.5', '1e1', '999999999999999999999']) {
    it(`flips nothing for ${position}, and names the positions allowed`, () => {
      flipAt(position);
      expect(shownJws()).to.equal(jws);
      expect(description()).to.equal(
        'No byte flipped: the position must be a whole number from 0 to 63, or empty for a random byte. The receipt is as the prompt signed it.',
      );
      expect($<HTMLButtonElement>('#restore-receipt').disabled).to.equal(true);
    });
  }

  it('names the payload’s own range, and keeps a byte flipped before', () => {
    flipAt('5');
    expect(description()).to.match(/^Flipped byte 5 of 64 in the signature: /);
    const tampered = shownJws();
    const part = $<HTMLSelectElement>('#flip-part');
    part.value = 'payload';
    part.dispatchEvent(new Event('change'));
    flipAt('7');
    expect(shownJws()).to.equal(tampered);
    expect(description()).to.equal(
      'No byte flipped: the position must be a whole number from 0 to 6, or empty for a random byte. Byte 5 of the signature is still flipped.',
    );
    expect($<HTMLButtonElement>('#restore-receipt').disabled).to.equal(false);
  });

  it('flips the last byte asked for, and a random one when the field is empty', () => {
    flipAt('63');
    expect(description()).to.match(/^Flipped byte 63 of 64 in the signature: 0x00 → 0x01\.$/);
    panel.restore();
    flipAt('');
    expect(description()).to.match(/^Flipped byte \d+ of 64 in the signature: /);
    expect(shownJws()).not.to.equal(jws);
  });

  it('flips nothing for typed text the number field cannot read (it reads as empty)', async () => {
    const input = $<HTMLInputElement>('#flip-position');
    input.focus();
    await sendKeys({ type: '1e' });
    expect(input.validity.badInput, 'the browser could not read "1e"').to.equal(true);
    expect(input.value).to.equal('');
    $('#flip-byte').click();
    expect(shownJws()).to.equal(jws);
    expect(description()).to.match(/^No byte flipped: the position must be a whole number from 0 to 63/);
  });
});

/**
 * Builds a receipt payload from a decision: the Kantara fields, the JWT claims and the `urn:unticked:consent`
 * extension. Pure apart from the clock, a random receipt id and SHA-256.
 *
 * @module
 */
import type { ConsentConfig, LanguageTag, PurposeConfig } from '../config/types.js';
import type { DecisionAction, Decisions } from '../consent/decisions.js';
import { DEFAULT_COLLECTION_METHOD, HOST_COLLECTION_METHOD, KANTARA_VERSION, RECEIPT_CLAIM } from './constants.js';
import { digestText } from './digest.js';
import { kantaraPurpose, shownBeside } from './kantara-purpose.js';
import type {
  ChainReason,
  ConsentExtension,
  KantaraController,
  ReceiptChain,
  ReceiptDecision,
  ReceiptPayload,
  ReceiptSource,
} from './types.js';
import { siteAddress } from '../site-address.js';

/** The clause text exactly as displayed for one purpose, and the language it was displayed in. */
export interface DisplayedClause {
  readonly language: LanguageTag;
  readonly text: string;
}

/** The head of a visitor's receipt chain: the last receipt's sequence and the digest of its compact JWS. */
export interface ChainHead {
  readonly sequence: number;
  readonly digest: string;
}

/** What a receipt records. */
export interface ReceiptInput {
  readonly config: ConsentConfig;
  /** The decision on every optional purpose; a missing entry counts as refused. */
  readonly decisions: Decisions;
  readonly action: DecisionAction;
  readonly source: ReceiptSource;
  /** The prompt's UI language. */
  readonly language: LanguageTag;
  /** The exact clause text displayed for every purpose, necessary ones included, keyed by purpose id. */
  readonly shown: Readonly<Record<string, DisplayedClause>>;
  /** A random id for the visitor, not derived from anything about them. */
  readonly principalId: string;
  /** The site origin, e.g. `https://pay.example`. */
  readonly issuer: string;
  /** The chain head, or `null` when this receipt starts a chain. */
  readonly previous: ChainHead | null;
  /** Why the chain starts here. `forget` starts a new chain even when `previous` is given. Default `first`. */
  readonly newChain?: ChainReason;
  /** Default `web form: <consent-prompt>`, or for `source: "host"`, `host API: recordHostDecision(), …`. */
  readonly collectionMethod?: string;
  readonly now?: Date;
  /** Whether the browser sent a Global Privacy Control signal; left out of the receipt when not given. */
  readonly gpc?: boolean;
}

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

function shownFor(input: ReceiptInput, purpose: PurposeConfig): DisplayedClause {
  const shown = has(input.shown, purpose.id) ? input.shown[purpose.id] : undefined;
  // A receipt must say what the visitor read; without it there is nothing honest to record.
  if (!shown || typeof shown.text !== 'string' || typeof shown.language !== 'string') {
    throw new TypeError(`No shown clause text for purpose "${purpose.id}"`);
  }
  return shown;
}

/**
 * Builds the payload of a receipt for a decision. Only granted purposes appear in the Kantara `services`; the
 * extension lists every purpose with its decision and the digest of the clause text shown.
 *
 * @throws TypeError when a purpose has no entry in `shown`, or `now` is not a valid date.
 */
export async function buildReceiptPayload(input: ReceiptInput): Promise<ReceiptPayload> {
  const { config } = input;
  const now = input.now ?? new Date();
  const seconds = Math.floor(now.getTime() / 1000);
  if (!Number.isSafeInteger(seconds)) throw new TypeError('`now` is not a valid date');
  const receiptId = globalThis.crypto.randomUUID();

  const decisions: ReceiptDecision[] = [];
  const granted: PurposeConfig[] = [];
  for (const purpose of config.purposes) {
    const shown = shownFor(input, purpose);
    const necessary = purpose.necessary === true;
    const isGranted = !necessary && has(input.decisions, purpose.id) && input.decisions[purpose.id] === true;
    if (isGranted) granted.push(purpose);
    decisions.push({
      purpose: purpose.id,
      granted: necessary ? null : isGranted,
      necessary,
      separateConsent: purpose.separateConsent === true,
      saleOrSharing: purpose.saleOrSharing === true,
      ...shownBeside(purpose),
      language: shown.language,
      digest: await digestText(shown.text),
    });
  }

  const chain: ReceiptChain =
    input.previous === null || input.newChain !== undefined
      ? { sequence: 0, previous: null, reason: input.newChain ?? 'first' }
      : { sequence: input.previous.sequence + 1, previous: input.previous.digest };

  const extension: ConsentExtension = {
    policy: { id: config.policy.id, version: config.policy.version },
    action: input.action,
    source: input.source,
    startedUnticked: true,
    decisions,
    ...(typeof input.gpc === 'boolean' ? { gpc: input.gpc } : {}),
    chain,
  };

  const { controller } = config;
  const piiController: KantaraController = {
    piiController: controller.name,
    contact: controller.contact,
    address: { ...controller.address },
    email: controller.email,
    phone: controller.phone,
    ...(controller.url ? { piiControllerUrl: siteAddress(controller.url, input.issuer) } : {}),
  };

  const spiCat = new Set<string>();
  for (const purpose of granted) for (const category of purpose.sensitiveCategories ?? []) spiCat.add(category);

  return {
    version: KANTARA_VERSION,
    jurisdiction: config.jurisdiction,
    consentTimestamp: seconds,
    collectionMethod:
      input.collectionMethod ?? (input.source === 'host' ? HOST_COLLECTION_METHOD : DEFAULT_COLLECTION_METHOD),
    consentReceiptID: receiptId,
    language: input.language,
    piiPrincipalId: input.principalId,
    piiControllers: [piiController],
    // A policy path such as `/privacy` resolved against the issuer (as the controller's, above), so the receipt
    // stands on its own.
    policyUrl: siteAddress(config.policy.url, input.issuer),
    services: [
      {
        service: config.policy.id,
        purposes: granted.map((purpose) => kantaraPurpose(config, purpose, shownFor(input, purpose).language)),
      },
    ],
    sensitive: granted.some((purpose) => purpose.sensitive === true),
    spiCat: [...spiCat],
    iss: input.issuer,
    sub: input.principalId,
    iat: seconds,
    jti: receiptId,
    [RECEIPT_CLAIM]: extension,
  };
}

import { beforeAll, describe, expect, it } from 'vitest';
import type { PracticeEntry } from '../practice/entry';
import { testPracticeEntry } from '../../test/support/entry';
import { signoffRequestSchema, signoffResponseSchema } from './files';
import { buildRequest } from './request';
import {
  signResponse,
  verifyResponse,
  type DecisionInput,
  type LocalEntry,
  type RegisteredSupervisor,
} from './response';
import { signoffState } from './state';
import { makeTestSigner, type TestSigner } from '../../test/support/signing';

const entry = (id: string): PracticeEntry =>
  testPracticeEntry({ id, criterionRefs: ['pack/BOS-01.1.1'], supervisorId: 'sup-1' });

interface Signer extends TestSigner {
  registered: RegisteredSupervisor;
}

async function makeSigner(id: string, name: string): Promise<Signer> {
  const signer = await makeTestSigner(id, name);
  return { ...signer, registered: { id, name, publicKey: signer.card.publicKey } };
}

let ani: Signer;
let budi: Signer;
beforeAll(async () => {
  ani = await makeSigner('sup-1', 'Ani Suryani');
  budi = await makeSigner('sup-2', 'Budi Santoso');
});

/** A candidate who asked Ani to sign e1 and e2; e3 was never sent. */
function candidate() {
  const entries = [entry('e1'), entry('e2'), entry('e3')];
  const { request, marks } = buildRequest({
    requestId: '6f1c2a4e-3b7d-4c1a-9e2f-0a1b2c3d4e5f',
    entries: entries.slice(0, 2),
    candidate: { name: 'Siti Rahmawati', strNumber: '' },
    supervisor: { id: 'sup-1', name: 'Ani Suryani', fingerprint: ani.card.fingerprint },
    fieldLabels: { anak: 'ignored: not custom but harmless', kebun: 'Pertanian' },
    now: new Date('2026-11-03T08:00:00Z'),
  });
  const local = new Map<string, LocalEntry>(entries.map((e) => [e.id, e]));
  for (const { entryId, signoff } of marks) {
    local.set(entryId, { ...(local.get(entryId) as LocalEntry), signoff });
  }
  return { request, local };
}

const decide = (
  decisions: DecisionInput[] = [
    { entryId: 'e1', decision: 'approved', comment: '' },
    { entryId: 'e2', decision: 'returned', comment: 'Jam selesai perlu dicek.' },
  ],
  signer: Signer = ani,
  request = candidate().request,
) =>
  signResponse({
    request,
    decisions,
    supervisor: signer.card,
    privateKey: signer.keys.privateKey,
    now: new Date('2026-11-04T10:00:00Z'),
  });

const supervisors = () => [ani.registered, budi.registered];

describe('a sign-off request', () => {
  it('carries the chosen entries, passes its own schema and marks them as requested', () => {
    const { request, local } = candidate();
    expect(signoffRequestSchema.safeParse(request).success).toBe(true);
    expect(request.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
    // Only the labels of fields actually used travel; nothing local like the supervisor id.
    expect(request.fieldLabels).toEqual({ anak: 'ignored: not custom but harmless' });
    expect(Object.keys(request.entries[0] ?? {})).not.toContain('supervisorId');
    expect([...local.values()].map(signoffState)).toEqual(['requested', 'requested', 'unsigned']);
  });
});

describe('importing a response', () => {
  it('signs approved entries and shows the comment of returned ones', async () => {
    const { request, local } = candidate();
    const response = await decide(undefined, ani, request);
    expect(signoffResponseSchema.safeParse(response).success).toBe(true);
    const result = await verifyResponse(response, { entries: local, supervisors: supervisors() });
    if (!result.ok) throw new Error(JSON.stringify(result.rejection));
    const [first, second] = result.updates;
    expect(first).toMatchObject({
      entryId: 'e1',
      signoff: { kind: 'signed', supervisorName: 'Ani Suryani', at: '2026-11-04T10:00:00.000Z' },
    });
    expect(second).toMatchObject({
      entryId: 'e2',
      signoff: { kind: 'returned', comment: 'Jam selesai perlu dicek.' },
    });
    const signed = { ...(local.get('e1') as LocalEntry), signoff: first?.signoff };
    expect(signoffState(signed)).toBe('signed');
    // Any later edit breaks it, visibly.
    expect(signoffState({ ...signed, minutes: 180 })).toBe('broken');
    expect(signoffState({ ...signed, narrative: 'Diubah.' })).toBe('broken');
  });

  it('marks an entry edited between request and response as broken once signed', async () => {
    const { request, local } = candidate();
    const e1 = local.get('e1') as LocalEntry;
    local.set('e1', { ...e1, agency: 'Panti lain' });
    const result = await verifyResponse(await decide(undefined, ani, request), {
      entries: local,
      supervisors: supervisors(),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.rejection));
    const signoff = result.updates[0]?.signoff;
    expect(signoffState({ ...(local.get('e1') as LocalEntry), signoff })).toBe('broken');
  });

  it('refuses a response whose decision, comment, time or signature was changed', async () => {
    const { request, local } = candidate();
    const response = await decide(undefined, ani, request);
    const changes = [
      (r: typeof response) => {
        r.decisions[1]!.decision = 'approved';
      },
      (r: typeof response) => {
        r.decisions[1]!.comment = 'Bagus.';
      },
      (r: typeof response) => {
        r.decisions[0]!.signedAt = '2026-11-05T10:00:00.000Z';
      },
      (r: typeof response) => {
        r.decisions[0]!.signature = r.decisions[1]!.signature;
      },
      (r: typeof response) => {
        r.decisions[0]!.entryId = 'e2';
        r.decisions[1]!.entryId = 'e1';
      },
    ];
    for (const change of changes) {
      const copy = structuredClone(response);
      change(copy);
      const result = await verifyResponse(copy, { entries: local, supervisors: supervisors() });
      expect(result).toMatchObject({ ok: false, rejection: { reason: 'tampered' } });
    }
  });

  it('refuses a genuine response from a supervisor the request was not meant for', async () => {
    const { request, local } = candidate();
    const fromBudi = await decide(undefined, budi, request);
    expect(
      await verifyResponse(fromBudi, { entries: local, supervisors: supervisors() }),
    ).toMatchObject({
      ok: false,
      rejection: { reason: 'other-supervisor', expected: 'Ani Suryani', actual: 'Budi Santoso' },
    });
  });

  it('refuses a response whose key was swapped or whose fingerprint does not match its key', async () => {
    const { request, local } = candidate();
    // Ani's signatures under Budi's card: they do not hold for Budi's key.
    const swapped = await decide(undefined, ani, request);
    swapped.supervisor = { ...budi.card };
    expect(
      await verifyResponse(swapped, { entries: local, supervisors: supervisors() }),
    ).toMatchObject({ ok: false, rejection: { reason: 'tampered', entryId: null } });
    const relabelled = await decide(undefined, ani, request);
    relabelled.supervisor.fingerprint = budi.card.fingerprint;
    expect(
      await verifyResponse(relabelled, { entries: local, supervisors: supervisors() }),
    ).toMatchObject({
      ok: false,
      rejection: { reason: 'tampered', entryId: null },
    });
  });

  it('refuses a response that lost, gained or reordered a decision, each still signed', async () => {
    const { request, local } = candidate();
    const check = (response: Awaited<ReturnType<typeof decide>>) =>
      verifyResponse(response, { entries: local, supervisors: supervisors() });
    // The candidate removes the returned entry's decision, so the objection disappears.
    const dropped = await decide(undefined, ani, request);
    dropped.decisions = dropped.decisions.filter((d) => d.decision !== 'returned');
    expect(await check(dropped)).toMatchObject({
      ok: false,
      rejection: { reason: 'tampered', entryId: null },
    });
    const reordered = await decide(undefined, ani, request);
    reordered.decisions.reverse();
    expect(await check(reordered)).toMatchObject({ ok: false, rejection: { reason: 'tampered' } });
    // The whole, untouched: accepted.
    expect(await check(await decide(undefined, ani, request))).toMatchObject({ ok: true });
  });

  it('refuses a key nobody registered, even when it signed correctly', async () => {
    const { request, local } = candidate();
    const stranger = await makeSigner('sup-x', 'Orang Asing');
    const response = await decide(undefined, stranger, request);
    expect(
      await verifyResponse(response, { entries: local, supervisors: supervisors() }),
    ).toMatchObject({
      ok: false,
      rejection: {
        reason: 'unknown-key',
        name: 'Orang Asing',
        fingerprint: stranger.card.fingerprint,
      },
    });
  });

  it('refuses a response for other entries or another request, and one already imported', async () => {
    const { request, local } = candidate();
    const other = { ...request, requestId: '11111111-2222-4333-8444-555555555555' };
    expect(
      await verifyResponse(await decide(undefined, ani, other), {
        entries: local,
        supervisors: supervisors(),
      }),
    ).toMatchObject({
      ok: false,
      rejection: { reason: 'other-entries', count: 2 },
    });
    const withUnsent = {
      ...request,
      entries: [...request.entries, { ...request.entries[0]!, id: 'e3' }],
    };
    const response = await decide(
      [{ entryId: 'e3', decision: 'approved', comment: '' }],
      ani,
      withUnsent,
    );
    expect(
      await verifyResponse(response, { entries: local, supervisors: supervisors() }),
    ).toMatchObject({
      ok: false,
      rejection: { reason: 'other-entries', count: 1 },
    });

    const good = await decide(undefined, ani, request);
    const result = await verifyResponse(good, { entries: local, supervisors: supervisors() });
    if (!result.ok) throw new Error('expected a good response');
    for (const { entryId, signoff } of result.updates) {
      local.set(entryId, { ...(local.get(entryId) as LocalEntry), signoff });
    }
    expect(
      await verifyResponse(good, { entries: local, supervisors: supervisors() }),
    ).toMatchObject({
      ok: false,
      rejection: { reason: 'already-imported' },
    });
  });

  it('refuses a signature made for another candidate', async () => {
    const { request, local } = candidate();
    const response = await decide(undefined, ani, request);
    for (const id of ['e1', 'e2']) {
      const e = local.get(id) as LocalEntry;
      if (e.signoff?.kind !== 'requested') throw new Error('expected a waiting entry');
      local.set(id, {
        ...e,
        signoff: { ...e.signoff, candidate: { name: 'Orang Lain', strNumber: '' } },
      });
    }
    expect(
      await verifyResponse(response, { entries: local, supervisors: supervisors() }),
    ).toMatchObject({
      ok: false,
      rejection: { reason: 'tampered' },
    });
  });

  it('refuses a response listing one entry twice', async () => {
    const { request, local } = candidate();
    const response = await decide(undefined, ani, request);
    response.decisions[1] = { ...response.decisions[0]! };
    expect(
      await verifyResponse(response, { entries: local, supervisors: supervisors() }),
    ).toMatchObject({
      ok: false,
      rejection: { reason: 'tampered' },
    });
  });
});

import { generateKeyPair, SignJWT } from 'jose';
import { devApp, seededUser, type EntraFakes } from '../../../server/test-support/entra-fakes.js';
import { contosoCast } from './world.js';

/** The columns of the matrix, in table order. */
export const kinds = [
  'none',
  'bad',
  'otherTenant',
  'outsider',
  'member',
  'owner',
  'participant',
  'facilitator',
] as const;
export type Kind = (typeof kinds)[number];

/** One way of calling: a kind of caller with a token (or none). Bad tokens come in several variants. */
export type Caller = { kind: Kind; label: string; token: string | null };

export const people = {
  owner: contosoCast.owner,
  facilitator: contosoCast.facilitator,
  participant: contosoCast.participant,
  member: seededUser('Wei Zhang').id, // Platform member, in neither matrix meeting
  outsider: seededUser('Patti Fernandez').id, // Contoso, in no team and no meeting
  otherTenant: seededUser('Ravi Shankar').id, // Fabrikam owner, facilitator in Fabrikam
};

const seconds = () => Math.floor(Date.now() / 1000);

/**
 * Every caller of the matrix. The bad tokens all carry the team owner's identity, so a token
 * check that let any of them through would show as that owner's access.
 */
export async function matrixCallers(fakes: EntraFakes): Promise<Caller[]> {
  const { idp } = fakes;
  const issue = (userId: string, overrides?: Parameters<typeof idp.issueUserToken>[1]) =>
    idp.issueUserToken(userId, overrides);
  const owner = people.owner;
  const tenantId = contosoCast.team.tenantId;
  const { privateKey } = await generateKeyPair('RS256');
  const unpublishedKey = await new SignJWT({
    aud: devApp.clientId,
    iss: `${idp.url}/${tenantId}/v2.0`,
    tid: tenantId,
    oid: owner,
    scp: 'access_as_user',
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'not-published' })
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);

  const bad: [string, string][] = [
    [
      'expired',
      await issue(owner, { iat: seconds() - 7200, nbf: seconds() - 7200, exp: seconds() - 3600 }),
    ],
    ['wrong audience', await issue(owner, { aud: `api://other.example/${devApp.clientId}` })],
    ['wrong issuer', await issue(owner, { iss: `https://login.evil.example/${tenantId}/v2.0` })],
    [
      "another tenant's issuer",
      await issue(owner, { iss: `${idp.url}/${seededUser('Ravi Shankar').tenantId}/v2.0` }),
    ],
    ['alg none', await issue(owner, { alg: 'none' })],
    ['alg HS256', await issue(owner, { alg: 'HS256' })],
    ['unpublished key', unpublishedKey],
    ['no access_as_user scope', await issue(owner, { scp: 'User.Read' })],
    [
      'app-only',
      await idp.issueAppToken({
        tenantId,
        resource: devApp.clientId,
        iss: `${idp.url}/${tenantId}/v2.0`,
      }),
    ],
    ['garbage', 'not-a-jwt'],
  ];

  const signedIn = await Promise.all(
    (['otherTenant', 'outsider', 'member', 'owner', 'participant', 'facilitator'] as const).map(
      async (kind): Promise<Caller> => ({ kind, label: kind, token: await issue(people[kind]) }),
    ),
  );
  return [
    { kind: 'none', label: 'no token', token: null },
    ...bad.map(([label, token]): Caller => ({ kind: 'bad', label: `bad token (${label})`, token })),
    ...signedIn,
  ];
}
